/** The neutral brief: sentences built from shared facts, each citing the facts it rests on. */
import { useReport } from '../report-context.js';
import { ArticleChips, Chip } from './chip.js';
import { dominantLanguage } from '../../../src/present/view.js';

export function Brief() {
  const { view, select, selected, colorOf } = useReport();
  const brief = view.report.brief;
  const lang = dominantLanguage(view.report);
  const number = new Map(view.report.facts.map((f, i) => [f.id, i + 1]));
  const outletColor = (outlet: string) => {
    const a = view.articles.find((x) => x.article.outlet === outlet);
    return a ? colorOf(a.article.id) : undefined;
  };
  if (brief.length === 0) return <p class="muted">No brief: the articles share too few facts to write one neutrally.</p>;
  return (
    <ol class="brief">
      {brief.map((b, i) => (
        <li key={i}>
          <span class="brief-text" lang={lang === 'und' ? undefined : lang}>
            {b.text}
          </span>{' '}
          <span class="cites">
            {b.facts.map((id) => (
              <button type="button" key={id} class="cite" aria-pressed={selected === id} aria-controls="sources" onClick={() => select(id)} title="Show the source sentences">
                <span class="sr">source: fact </span>
                {number.get(id) ?? id}
              </button>
            ))}
          </span>{' '}
          {b.outlets.length > 0 ? (
            <span class="chips">
              {b.outlets.slice(0, b.outlets.length > 6 ? 5 : 6).map((o) => (
                <Chip key={o} label={o} color={outletColor(o)} />
              ))}
              {b.outlets.length > 6 && (
                <span class="chip more-chip" title={b.outlets.slice(5).join(', ')}>
                  +{b.outlets.length - 5} more
                </span>
              )}
            </span>
          ) : (
            <ArticleChips ids={b.articles} />
          )}
        </li>
      ))}
    </ol>
  );
}
