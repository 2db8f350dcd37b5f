/** How each outlet frames the actors: the verbs that introduce them, hedges, labels, loaded words. */
import type { OutletFraming } from '../../../src/core/model/report.js';
import { languageOf, sentenceNumber, stanceEntries, stanceSummary } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { ArticleChip } from './chip.js';
import { Empty } from './status.js';
import { ShowMore } from './lazy.js';

function Words({ list, cls, lang }: { list: { text: string; sentence: number }[]; cls: string; lang: string | undefined }) {
  if (list.length === 0) return <span class="muted">none</span>;
  return (
    <span class="words">
      {list.map((w, i) => (
        <mark key={i} class={cls} lang={lang} title={`sentence ${sentenceNumber(w.sentence)}`}>
          {w.text}
        </mark>
      ))}
    </span>
  );
}

function Card({ f }: { f: OutletFraming }) {
  const { view } = useReport();
  const l = languageOf(view, f.article);
  const lang = l && l !== 'und' ? l : undefined;
  return (
    <article class="frame">
      <h4>
        <ArticleChip id={f.article} />
      </h4>
      {f.actors.length === 0 ? (
        <p class="muted small">No attributed statements.</p>
      ) : (
        <ul class="actors">
          {f.actors.map((a, i) => {
            const entries = stanceEntries(a.stances);
            const total = entries.reduce((n, [, c]) => n + c, 0);
            return (
              <li key={i}>
                <div class="actor">
                  <strong>{a.actorName}</strong>
                  {a.labels.length > 0 && (
                    <span class="labels" lang={lang}>
                      {a.labels.join(' · ')}
                    </span>
                  )}
                </div>
                <div class="sbar" role="img" aria-label={stanceSummary(a.stances)}>
                  {entries.map(([s, n]) => (
                    <span key={s} class={`st-${s}`} style={{ width: `${(100 * n) / total}%` }} />
                  ))}
                </div>
                <div class="cues small">
                  {a.cues.length > 0 && (
                    <span lang={lang}>
                      <span class="muted">cues </span>
                      {a.cues.map((c) => (
                        <em key={c}>{c} </em>
                      ))}
                    </span>
                  )}
                  <span class="muted">{stanceSummary(a.stances)}</span>
                  {a.hedges.length > 0 && (
                    <span>
                      {' '}
                      · <Words list={a.hedges.map((h) => ({ text: h, sentence: -1 }))} cls="hedge" lang={lang} />
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <dl>
        <dt>Hedges</dt>
        <dd>
          <Words list={f.hedges} cls="hedge" lang={lang} />
        </dd>
        <dt>Loaded words</dt>
        <dd>
          <Words list={f.loadedWords} cls="loaded" lang={lang} />
        </dd>
        <dt>Last word</dt>
        <dd>{f.lastWord ?? <span class="muted">nobody quoted</span>}</dd>
      </dl>
    </article>
  );
}

export function Framing() {
  const { view } = useReport();
  const framing = view.report.framing;
  if (framing.length === 0) return <Empty>No framing analysis.</Empty>;
  const used = new Set<string>();
  for (const f of framing) for (const a of f.actors) for (const [s] of stanceEntries(a.stances)) used.add(s);
  return (
    <>
      <p class="legend">
        How each outlet introduces what actors say.{' '}
        {[...used].map((s) => (
          <span key={s}>
            <span class={`key st-${s}`} />
            {s}
          </span>
        ))}
      </p>
      <p class="legend">
        <span>
          <mark class="hedge">hedge</mark> softens a claim
        </span>
        <span>
          <mark class="loaded">loaded word</mark> carries a judgement
        </span>
      </p>
      <div class="framing">
        <ShowMore items={framing} first={6} what="outlets" render={(f) => <Card key={f.article} f={f} />} />
      </div>
    </>
  );
}
