/** When each outlet published: a strip scaled to the story's time span and the list in order. */
import type { ReportArticle } from '../../../src/core/model/report.js';
import { useReport } from '../report-context.js';
import { formatDateTime, time } from '../format.js';
import { ArticleChip } from './chip.js';

export function Timeline({ linkArticles }: { linkArticles: boolean }) {
  const { view, colorOf } = useReport();
  const dated = view.report.articles.map((a) => ({ a, t: time(a.published) }));
  const sorted = [...dated].sort((x, y) => (x.t ?? Infinity) - (y.t ?? Infinity));
  const times = dated.map((d) => d.t).filter((t): t is number => t !== null);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const title = (a: ReportArticle) => a.title ?? '(no title)';
  return (
    <>
      {times.length > 1 && max > min && (
        <div class="strip" aria-hidden="true">
          {sorted
            .filter((d) => d.t !== null)
            .map((d) => (
              <span key={d.a.id} class="dot" style={{ left: `${(100 * (d.t! - min)) / (max - min)}%`, '--c': colorOf(d.a.id) }} title={`${d.a.outlet}: ${formatDateTime(d.a.published)}`} />
            ))}
          <span class="end start">{formatDateTime(new Date(min).toISOString())}</span>
          <span class="end stop">{formatDateTime(new Date(max).toISOString())}</span>
        </div>
      )}
      <ol class="timeline">
        {sorted.map(({ a }) => (
          <li key={a.id}>
            <time dateTime={a.published ?? undefined}>{formatDateTime(a.published)}</time>
            <span class="tl-body">
              <ArticleChip id={a.id} />{' '}
              {linkArticles ? (
                <a href={`/article/${encodeURIComponent(a.id)}`} lang={a.language !== 'und' ? a.language : undefined}>
                  {title(a)}
                </a>
              ) : (
                <span lang={a.language !== 'und' ? a.language : undefined}>{title(a)}</span>
              )}
              {!a.languageSupported && <span class="badge warn">language not analysed</span>}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
