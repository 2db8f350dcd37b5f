/**
 * A comparison report as a page: section links, the brief, agreement, facts,
 * entities, quotes, framing and timeline on the left; the sources of the
 * selected fact beside them (a bottom sheet on phones).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { ComparisonReport } from '../../../src/core/model/report.js';
import { buildView } from '../../../src/present/view.js';
import { outletColors } from '../colors.js';
import { ReportContext, type ReportState } from '../report-context.js';
import { Agreement } from './agreement.js';
import { Brief } from './brief.js';
import { EntityMatrix } from './entity-matrix.js';
import { Facts } from './facts.js';
import { Framing } from './framing.js';
import { Quotes } from './quotes.js';
import { SourcePanel } from './source-panel.js';
import { Timeline } from './timeline.js';
import { Deferred } from './lazy.js';

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} class="report-section">
      <h2 id={`${id}-h`}>
        {title} {count !== undefined && <span class="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

export function ReportView({ report, stored, before }: { report: ComparisonReport; stored: boolean; before?: ComponentChildren }) {
  const view = useMemo(() => buildView(report), [report]);
  const colorOf = useMemo(() => {
    const byOutlet = outletColors(report.articles.map((a) => a.outlet));
    const outletOf = new Map(report.articles.map((a) => [a.id, a.outlet]));
    return (id: string) => byOutlet(outletOf.get(id) ?? '');
  }, [report]);
  const [selection, setSelection] = useState<{ fact: string | null; statement: number }>({ fact: null, statement: 0 });
  const select = useCallback((fact: string | null, statement = 0) => setSelection({ fact, statement }), []);
  const state: ReportState = { view, colorOf, selected: selection.fact, statement: selection.statement, select, stored };
  // Updates over time (a toll rising) are no disagreement.
  const conflicts = view.disagreements.length;
  const links: [string, string][] = [
    ['brief', 'Brief'],
    ['agreement', 'Agreement'],
    ['facts', `Facts ${report.facts.length}`],
    ['entities', 'Entities'],
    ['quotes', `Quotes ${report.quotes.length}`],
    ['framing', 'Framing'],
    ['timeline', 'Timeline'],
  ];
  return (
    <ReportContext.Provider value={state}>
      {before}
      {!report.story.sameStory && report.articles.length > 1 && (
        <p class="notice">These articles may not be about one event (average similarity {report.story.similarity.toFixed(2)}). Read the comparison with care.</p>
      )}
      {conflicts > 0 && (
        <p class="alert">
          <strong>Outlets disagree on {conflicts === 1 ? 'one point' : `${conflicts} points`}.</strong> <a href="#facts-conflict">See the conflicting facts</a>
        </p>
      )}
      <nav class="section-nav" aria-label="Sections of this comparison">
        <ul>
          {links.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div class={`report-layout${selection.fact ? ' has-selection' : ''}`}>
        <div class="report-main">
          <Section id="brief" title="Brief">
            <p class="lede muted small">Written only from facts more than one outlet reports for sure (tentative links are left out). The numbers cite the facts; choose one to read its sources.</p>
            <Brief />
          </Section>
          <Section id="agreement" title="Agreement">
            <Agreement />
          </Section>
          <Section id="facts" title="Facts" count={report.facts.length}>
            <Facts />
          </Section>
          <Section id="entities" title="Who is named" count={report.entities.length}>
            <Deferred>{() => <EntityMatrix />}</Deferred>
          </Section>
          <Section id="quotes" title="Quotes" count={report.quotes.length}>
            <Deferred>{() => <Quotes />}</Deferred>
          </Section>
          <Section id="framing" title="Framing">
            <Deferred>{() => <Framing />}</Deferred>
          </Section>
          <Section id="timeline" title="Timeline">
            <Deferred>{() => <Timeline linkArticles={stored} />}</Deferred>
          </Section>
          {report.warnings.length > 0 && (
            <Section id="warnings" title="Warnings" count={report.warnings.length}>
              <ul class="warnings">
                {report.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </Section>
          )}
        </div>
        <SourcePanel />
      </div>
    </ReportContext.Provider>
  );
}
