/** Entity search: /entities?q=name. Goes straight to the page when the name matches one entity exactly. */
import { useEffect } from 'preact/hooks';
import { api } from '../api.js';
import { navigate } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { plural } from '../format.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';

export function EntitiesPage({ q }: { q: string }) {
  const found = useFetch(q ? `entities:${q}` : null, () => api.findEntities(q, 50));
  useEffect(() => {
    document.title = `${q || 'Entities'} · Parallax`;
    if (found.state !== 'ready') return;
    const exact = found.data.items.filter((e) => e.name.toLowerCase() === q.toLowerCase());
    const only = exact.length === 1 ? exact[0] : found.data.items.length === 1 ? found.data.items[0] : undefined;
    if (only) navigate(`/entity/${encodeURIComponent(only.key)}`, { replace: true });
  }, [found, q]);
  if (!q) return <Empty>Search for a person, place or organisation from the story list.</Empty>;
  if (found.state === 'loading') return <Loading what="entities" />;
  if (found.state === 'error') return <ErrorBox title="Search failed" message={found.message} />;
  return (
    <div class="entities-page">
      <header class="page-head">
        <h1>Entities named “{q}”</h1>
      </header>
      {found.data.items.length === 0 ? (
        <Empty>No person, place or organisation by that name is stored.</Empty>
      ) : (
        <ul class="entity-results">
          {found.data.items.map((e) => (
            <li key={e.key}>
              <a href={`/entity/${encodeURIComponent(e.key)}`}>{e.name}</a> <span class="muted small">{e.type} · {plural(e.articles, 'article')} · {plural(e.stories, 'story', 'stories')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
