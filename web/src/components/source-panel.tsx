/**
 * The sources of the selected fact: every outlet's sentence, and, for stored
 * articles, that sentence highlighted inside the full article text, scrolled
 * into view. This is where "every statement traced to its source" is visible.
 * A fact's near matches in other articles ("possibly also in") are sources too,
 * marked as such with how likely they state the fact.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Fact, NearMatch, Statement } from '../../../src/core/model/report.js';
import { confidencePercent, factCategory, labelOf, languageOf, oneLine, sentenceNumber, statementPlace, type FactCategory } from '../../../src/present/view.js';
import { loadArticle } from '../article-cache.js';
import type { ArticleResponse } from '../api.js';
import { useReport } from '../report-context.js';
import { plural } from '../format.js';
import { ArticleChip } from './chip.js';
import { ConflictLine } from './facts.js';

/** More sources than this: a picker instead of one button per outlet. */
const MAX_TABS = 6;

const STATUS_TEXT: Record<FactCategory, string> = {
  shared: 'Shared',
  exclusive: 'Only one outlet',
  uncertain: 'Possibly also elsewhere',
  conflict: 'Conflicting',
  update: 'Changed over time',
};

/** A source of the panel: one of the fact's statements, or a near match that may state it. */
type Source = Statement | NearMatch;

function isNear(s: Source): s is NearMatch {
  return 'confidence' in s;
}

/** Marks the conflicting values inside the highlighted sentence. */
function valueSpans(fact: Fact, statement: Statement): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const c of fact.conflicts) {
    for (const v of c.values) {
      if (v.article === statement.article && v.sentence === statement.sentence && v.end > v.start) spans.push({ start: v.start, end: v.end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function Highlighted({ text, offset, spans }: { text: string; offset: number; spans: { start: number; end: number }[] }) {
  const out = [];
  let at = 0;
  for (const s of spans) {
    const a = s.start - offset;
    const b = s.end - offset;
    if (a < at || b > text.length) continue;
    out.push(text.slice(at, a), <strong class="value">{text.slice(a, b)}</strong>);
    at = b;
  }
  out.push(text.slice(at));
  return <>{out}</>;
}

function ArticleInContext({ fact, statement }: { fact: Fact; statement: Statement }) {
  const [loaded, setLoaded] = useState<{ id: string; data: ArticleResponse } | { id: string; error: string } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    loadArticle(statement.article).then(
      (data) => live && setLoaded({ id: statement.article, data }),
      (err: unknown) => live && setLoaded({ id: statement.article, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [statement.article]);
  useEffect(() => {
    const mark = box.current?.querySelector<HTMLElement>('mark.hit');
    const container = box.current;
    if (mark && container) container.scrollTop = Math.max(0, mark.offsetTop - container.offsetTop - container.clientHeight / 3);
  }, [loaded, statement.sentence, statement.article]);

  if (!loaded || loaded.id !== statement.article) return <p class="muted small">Loading the article…</p>;
  if ('error' in loaded) return <p class="muted small">The article text could not be loaded: {loaded.error}</p>;
  const { analysis } = loaded.data;
  const paragraphs = new Map<number, typeof analysis.sentences>();
  for (const s of analysis.sentences) {
    const list = paragraphs.get(s.paragraph) ?? [];
    list.push(s);
    paragraphs.set(s.paragraph, list);
  }
  const spans = valueSpans(fact, statement);
  const lang = analysis.article.language !== 'und' ? analysis.article.language : undefined;
  return (
    <div class="source-text" ref={box} lang={lang} tabIndex={0} aria-label="Article text with the source sentence highlighted">
      {[...paragraphs.values()].map((list, i) => {
        const Tag = list[0]?.headline ? 'h4' : 'p';
        return (
          <Tag key={i}>
            {list.map((s) =>
              s.index === statement.sentence ? (
                <mark class="hit" key={s.index} data-sentence={s.index}>
                  <Highlighted text={s.text} offset={s.start} spans={spans} />
                </mark>
              ) : (
                <span key={s.index}>{s.text}</span>
              ),
            ).flatMap((node, k) => (k === 0 ? [node] : [' ', node]))}
          </Tag>
        );
      })}
    </div>
  );
}

export function SourcePanel() {
  const { view, selected, select, statement: index, stored } = useReport();
  const fact = selected ? view.report.facts.find((f) => f.id === selected) : undefined;
  useEffect(() => {
    if (!fact) return;
    const close = (e: KeyboardEvent) => e.key === 'Escape' && select(null);
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [fact, select]);

  if (!fact) {
    return (
      <aside id="sources" class="sources idle" aria-label="Sources">
        <p class="muted">
          <strong>Sources.</strong> Choose a fact or a citation to read the sentences it comes from{stored ? ', highlighted in each article' : ''}.
        </p>
      </aside>
    );
  }
  const sources: Source[] = [...fact.statements, ...fact.possiblyAlso];
  const statement = sources[Math.min(index, sources.length - 1)];
  const number = view.report.facts.indexOf(fact) + 1;
  const category = factCategory(fact);
  const articles = new Set(fact.statements.map((s) => s.article)).size;
  return (
    <aside id="sources" class={`sources open ${category}`} aria-label="Sources of the selected fact">
      <div class="sources-head">
        <p class="sources-title" aria-live="polite">
          <span class={`status-dot ${category}`} aria-hidden="true" />
          Fact {number}: {STATUS_TEXT[category]}
          {!fact.firm && category !== 'uncertain' && <span class="badge">tentative</span>}
          {articles > 1 && (
            <span class="muted">
              {' '}
              · {plural(articles, 'article')} · {confidencePercent(fact.confidence)}
            </span>
          )}
        </p>
        <button type="button" class="close" onClick={() => select(null)} aria-label="Close the sources">
          ×
        </button>
      </div>
      {fact.conflicts.map((c, i) => (
        <p key={i} class="conflict-box">
          <ConflictLine conflict={c} />
        </p>
      ))}
      {sources.length > MAX_TABS && statement && (
        <div class="statement-picker">
          <button type="button" aria-label="Previous source" disabled={index === 0} onClick={() => select(fact.id, index - 1)}>
            ‹
          </button>
          <label>
            <span class="sr">Source sentence</span>
            <select value={String(sources.indexOf(statement))} onChange={(e) => select(fact.id, Number(e.currentTarget.value))}>
              {sources.map((s, i) => (
                <option key={i} value={String(i)}>
                  {isNear(s) ? `possibly: ${labelOf(view, s.article)} · ${confidencePercent(s.confidence)}` : labelOf(view, s.article)} · sentence {sentenceNumber(s.sentence)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-label="Next source" disabled={index >= sources.length - 1} onClick={() => select(fact.id, index + 1)}>
            ›
          </button>
          <span class="muted small">
            {sources.indexOf(statement) + 1} of {sources.length}
          </span>
        </div>
      )}
      {sources.length > 1 && sources.length <= MAX_TABS && (
        <div class="statement-tabs" role="group" aria-label="Source sentences">
          {sources.map((s, i) => (
            <button
              type="button"
              key={`${isNear(s) ? 'near' : 'own'}-${s.article}-${s.sentence}-${s.start}`}
              class={isNear(s) ? 'near' : undefined}
              aria-pressed={s === statement}
              onClick={() => select(fact.id, i)}
              title={isNear(s) ? `Possibly also in ${labelOf(view, s.article)} (${confidencePercent(s.confidence)})` : undefined}
            >
              {isNear(s) && <span class="maybe">maybe</span>}
              <ArticleChip id={s.article} />
            </button>
          ))}
        </div>
      )}
      {statement && (
        <>
          <p class="statement-meta">
            {isNear(statement) && (
              <>
                <span class="maybe">possibly also in</span>{' '}
              </>
            )}
            <ArticleChip id={statement.article} /> {statementPlace(statement)}
            {isNear(statement) && <> · {confidencePercent(statement.confidence)} likely the same fact</>} ·{' '}
            {stored ? <a href={`/article/${encodeURIComponent(statement.article)}?s=${statement.sentence}`}>open the article</a> : <span class="muted">{labelOf(view, statement.article)}</span>}
          </p>
          {stored ? (
            <ArticleInContext fact={fact} statement={statement} />
          ) : (
            <ul class="statement-list">
              {sources.map((s) => (
                <li key={`${isNear(s) ? 'near' : 'own'}-${s.article}-${s.sentence}-${s.start}`} class={`${s === statement ? 'current' : ''}${isNear(s) ? ' near' : ''}`}>
                  {isNear(s) && <span class="maybe">possibly also in </span>}
                  <ArticleChip id={s.article} />{' '}
                  <mark class={s === statement ? 'hit' : 'plain'} lang={languageOf(view, s.article) ?? undefined}>
                    {oneLine(s.text)}
                  </mark>{' '}
                  <span class="muted small">
                    {statementPlace(s)}
                    {isNear(s) && ` · ${confidencePercent(s.confidence)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}
