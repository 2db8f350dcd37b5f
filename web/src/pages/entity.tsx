/** An entity: the stories and outlets that name it, and the labels each outlet gives it. */
import { useEffect } from 'preact/hooks';
import { api } from '../api.js';
import { useFetch } from '../use-fetch.js';
import { plural } from '../format.js';
import { StoryCard } from '../components/story-card.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';

export function EntityPage({ entityKey }: { entityKey: string }) {
  const loaded = useFetch(`entity:${entityKey}`, () => api.entity(entityKey));
  useEffect(() => {
    if (loaded.state === 'ready') document.title = `${loaded.data.entity.name} · Parallax`;
  }, [loaded]);
  if (loaded.state === 'loading') return <Loading what="the entity" />;
  if (loaded.state === 'error') return <ErrorBox title={loaded.status === 404 ? 'Nobody by that name' : 'The entity could not be loaded'} message={loaded.message} />;
  const { entity, stories, labels, outlets } = loaded.data;
  const max = Math.max(1, ...outlets.map((o) => o.articles));
  const byOutlet = new Map<string, { label: string; count: number }[]>();
  for (const l of labels) byOutlet.set(l.outlet, [...(byOutlet.get(l.outlet) ?? []), { label: l.label, count: l.count }]);
  return (
    <div class="entity-page" data-ready="entity">
      <header class="page-head">
        <p class="eyebrow">
          <a href="/">Stories</a> <span aria-hidden="true">›</span> {entity.type}
        </p>
        <h1>{entity.name}</h1>
        <p class="meta">
          <span>named in {plural(entity.articles, 'article')}</span>
          <span>{plural(entity.stories, 'story', 'stories')}</span>
          <span>{plural(outlets.length, 'outlet')}</span>
        </p>
      </header>
      <div class="entity-grid">
        <section aria-labelledby="outlets-h">
          <h2 id="outlets-h">Outlets naming {entity.name}</h2>
          {outlets.length === 0 ? (
            <Empty>No outlet.</Empty>
          ) : (
            <ul class="hbars">
              {outlets.map((o) => (
                <li key={o.outlet}>
                  <a href={`/?outlet=${encodeURIComponent(o.outlet)}&q=${encodeURIComponent(entity.name)}`}>{o.outlet}</a>
                  <span class="hbar" style={{ width: `${(100 * o.articles) / max}%` }} aria-hidden="true" />
                  <span class="n">{plural(o.articles, 'article')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="labels-h">
          <h2 id="labels-h">How outlets describe {entity.name}</h2>
          {byOutlet.size === 0 ? (
            <Empty>No outlet attaches a label (such as a title or role) to this name.</Empty>
          ) : (
            <table class="labels-table">
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Labels (times used)</th>
                </tr>
              </thead>
              <tbody>
                {[...byOutlet].map(([outlet, list]) => (
                  <tr key={outlet}>
                    <th scope="row">{outlet}</th>
                    <td>
                      {list.map((l) => (
                        <span key={l.label} class="label-tag">
                          {l.label} <span class="muted">{l.count}</span>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section aria-labelledby="stories-h">
        <h2 id="stories-h">Stories</h2>
        {stories.length === 0 ? (
          <Empty>No stories.</Empty>
        ) : (
          <div class="cards">
            {stories.map((s) => (
              <StoryCard key={s.id} story={s} />
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
