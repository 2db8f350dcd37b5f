/** Entity × outlet coverage: who names whom, how often, and who leaves someone out. */
import { useState } from 'preact/hooks';
import { labelOf } from '../../../src/present/view.js';
import { useReport } from '../report-context.js';
import { Empty } from './status.js';

const FIRST_ROWS = 25;

export function EntityMatrix() {
  const { view, colorOf } = useReport();
  const [all, setAll] = useState(false);
  const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  const entities = [...view.report.entities].sort((a, b) => Object.keys(b.mentions).length - Object.keys(a.mentions).length || total(b.mentions) - total(a.mentions));
  if (entities.length === 0) return <Empty>No people, places or organisations recognised.</Empty>;
  const rows = all ? entities : entities.slice(0, FIRST_ROWS);
  let max = 1;
  for (const e of entities) for (const n of Object.values(e.mentions)) max = Math.max(max, n);
  const narrow = view.articles.length > 5;
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Entity coverage table (scrolls sideways)">
        <table class={`matrix${narrow ? ' narrow' : ''}`}>
          <caption class="sr">Mentions of each entity per article; a dash: the outlet never names it.</caption>
          <thead>
            <tr>
              <th scope="col" class="ent-col">Entity</th>
              {view.articles.map((a) => (
                <th scope="col" key={a.article.id} class="outlet-col" title={a.label}>
                  <span class="col-label" style={{ '--c': colorOf(a.article.id) }}>
                    {a.label}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id}>
                <th scope="row" class="ent-col">
                  <a href={`/entities?q=${encodeURIComponent(e.name)}`}>{e.name}</a>
                  <span class={`etype ${e.type}`}>{e.institution ? 'institution' : e.type}</span>
                </th>
                {view.articles.map((a) => {
                  const n = e.mentions[a.article.id];
                  return n === undefined ? (
                    <td key={a.article.id} class="omitted" title={`${labelOf(view, a.article.id)} does not name ${e.name}`}>
                      <span aria-hidden="true">–</span>
                      <span class="sr">not named</span>
                    </td>
                  ) : (
                    <td key={a.article.id} class="n" style={{ '--h': (0.15 + (0.85 * n) / max).toFixed(2) }} title={`${labelOf(view, a.article.id)}: ${n}`}>
                      {n}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entities.length > FIRST_ROWS && (
        <button type="button" class="more" onClick={() => setAll(!all)}>
          {all ? 'Show the main entities only' : `Show all ${entities.length} entities`}
        </button>
      )}
      <p class="legend">Numbers: mentions in each article. A dash: the outlet never names the entity.</p>
    </>
  );
}
