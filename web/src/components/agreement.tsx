/** Agreement overview: how much of each outlet's reporting others confirm, report alone, may report too, contradict, or update. */
import { agreement } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { plural, percent } from '../format.js';
import { ArticleChip } from './chip.js';
import { LazyDetails } from './lazy.js';

interface Counts {
  shared: number;
  exclusive: number;
  uncertain: number;
  conflict: number;
  update: number;
}

const ORDER = ['shared', 'exclusive', 'uncertain', 'conflict', 'update'] as const;

function Bar({ counts, label }: { counts: Counts; label: string }) {
  const total = ORDER.reduce((n, k) => n + counts[k], 0);
  const w = (n: number) => `${total === 0 ? 0 : (100 * n) / total}%`;
  return (
    <div class="bar" role="img" aria-label={label}>
      {ORDER.map((k) => (
        <span key={k} class={`seg ${k}`} style={{ width: w(counts[k]) }} />
      ))}
    </div>
  );
}

function describe(c: Counts): string {
  return `${c.shared} shared, ${c.exclusive} only one outlet, ${c.uncertain} possibly also elsewhere, ${c.conflict} conflicting, ${c.update} changed over time`;
}

export function Agreement() {
  const { view } = useReport();
  const facts = view.report.facts;
  const totals: Counts = {
    shared: view.shared.length,
    exclusive: view.exclusive.length,
    uncertain: view.uncertain.length,
    conflict: view.conflicting.length,
    update: view.updated.length,
  };
  const rows = agreement(view);
  return (
    <div class="agreement">
      <div class="totals">
        <a class="total shared" href="#facts-shared">
          <strong>{totals.shared}</strong> shared <span class="muted">{percent(totals.shared, facts.length)}</span>
          {view.tentativeShared.length > 0 && <span class="muted small"> ({view.tentativeShared.length} tentative)</span>}
        </a>
        <a class="total exclusive" href="#facts-exclusive">
          <strong>{totals.exclusive}</strong> only one outlet <span class="muted">{percent(totals.exclusive, facts.length)}</span>
        </a>
        {totals.uncertain > 0 && (
          <a class="total uncertain" href="#facts-uncertain">
            <strong>{totals.uncertain}</strong> possibly also elsewhere <span class="muted">{percent(totals.uncertain, facts.length)}</span>
          </a>
        )}
        <a class="total conflict" href="#facts-conflict">
          <strong>{totals.conflict}</strong> conflicting <span class="muted">{percent(totals.conflict, facts.length)}</span>
        </a>
        {totals.update > 0 && (
          <a class="total update" href="#facts-update">
            <strong>{totals.update}</strong> changed over time <span class="muted">{percent(totals.update, facts.length)}</span>
          </a>
        )}
      </div>
      <Bar counts={totals} label={`${plural(facts.length, 'fact')}: ${describe(totals)}`} />
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
              <th scope="col" class="n" title="Possibly also elsewhere">Maybe</th>
              <th scope="col" class="n">Conflict</th>
              <th scope="col" class="n" title="Changed over time">Update</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.view.article.id}>
                <th scope="row">
                  <ArticleChip id={r.view.article.id} />
                </th>
                <td class="wide">
                  <Bar counts={r} label={describe(r)} />
                </td>
                <td class="n">{r.shared}</td>
                <td class="n">{r.exclusive}</td>
                <td class="n">{r.uncertain}</td>
                <td class="n">{r.conflict}</td>
                <td class="n">{r.update}</td>
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
          <span class="key uncertain" />
          possibly also elsewhere: another outlet has a similar sentence
        </span>
        <span>
          <span class="key conflict" />
          outlets give different numbers, dates, times, places or actors
        </span>
        <span>
          <span class="key update" />
          a figure changed between earlier and later articles
        </span>
      </p>
    </div>
  );
}
