/** Agreement overview: how much of each outlet's reporting others confirm, report alone, or contradict. */
import { agreement } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { plural, percent } from '../format.js';
import { ArticleChip } from './chip.js';
import { LazyDetails } from './lazy.js';

function Bar({ shared, exclusive, conflict, label }: { shared: number; exclusive: number; conflict: number; label: string }) {
  const total = shared + exclusive + conflict;
  const w = (n: number) => `${total === 0 ? 0 : (100 * n) / total}%`;
  return (
    <div class="bar" role="img" aria-label={label}>
      <span class="seg shared" style={{ width: w(shared) }} />
      <span class="seg exclusive" style={{ width: w(exclusive) }} />
      <span class="seg conflict" style={{ width: w(conflict) }} />
    </div>
  );
}

export function Agreement() {
  const { view } = useReport();
  const facts = view.report.facts;
  const s = view.shared.length;
  const e = view.exclusive.length;
  const c = view.conflicting.length;
  const rows = agreement(view);
  return (
    <div class="agreement">
      <div class="totals">
        <a class="total shared" href="#facts-shared">
          <strong>{s}</strong> shared <span class="muted">{percent(s, facts.length)}</span>
        </a>
        <a class="total exclusive" href="#facts-exclusive">
          <strong>{e}</strong> only one outlet <span class="muted">{percent(e, facts.length)}</span>
        </a>
        <a class="total conflict" href="#facts-conflict">
          <strong>{c}</strong> conflicting <span class="muted">{percent(c, facts.length)}</span>
        </a>
      </div>
      <Bar shared={s} exclusive={e} conflict={c} label={`${plural(facts.length, 'fact')}: ${s} shared, ${e} only one outlet, ${c} conflicting`} />
      <LazyDetails class="per-outlet" open={rows.length <= 8} summary="Per outlet">
        {() => (
        <table class="agree-table">
          <caption class="sr">Facts per outlet: shared with others, only in this outlet, conflicting</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col" class="wide">Its facts</th>
              <th scope="col" class="n">Shared</th>
              <th scope="col" class="n">Alone</th>
              <th scope="col" class="n">Conflict</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.view.article.id}>
                <th scope="row">
                  <ArticleChip id={r.view.article.id} />
                </th>
                <td class="wide">
                  <Bar shared={r.shared} exclusive={r.exclusive} conflict={r.conflict} label={`${r.shared} shared, ${r.exclusive} only here, ${r.conflict} conflicting`} />
                </td>
                <td class="n">{r.shared}</td>
                <td class="n">{r.exclusive}</td>
                <td class="n">{r.conflict}</td>
              </tr>
            ))}
          </tbody>
        </table>
        )}
      </LazyDetails>
      <p class="legend">
        <span>
          <span class="key shared" />
          shared: reported by more than one outlet
        </span>
        <span>
          <span class="key exclusive" />
          only one outlet reports it
        </span>
        <span>
          <span class="key conflict" />
          outlets give different numbers, dates, places or actors
        </span>
      </p>
    </div>
  );
}
