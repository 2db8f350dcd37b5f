/** The story list: newest or largest stories, full-text search, filters by language, outlet and time. */
import { useEffect, useState } from 'preact/hooks';
import { api, type StoryQuery, type StorySummary } from '../api.js';
import { navigate, type Place } from '../router.js';
import { useFetch } from '../use-fetch.js';
import { languageName, plural } from '../format.js';
import { StoryCard } from '../components/story-card.js';
import { Empty, ErrorBox, Loading } from '../components/status.js';

const PAGE = 30;
const FILTERS = ['q', 'language', 'outlet', 'from', 'to', 'sort'] as const;

/** Languages and outlets to offer in the filters, from the most recent stories (fetched once). */
let choices: Promise<{ languages: string[]; outlets: string[] }> | null = null;
function filterChoices() {
  choices ??= api.stories({ limit: 500 }).then((page) => ({
    languages: [...new Set(page.items.flatMap((s) => s.languages))].sort(),
    outlets: [...new Set(page.items.flatMap((s) => s.outlets))].sort((a, b) => a.localeCompare(b)),
  }));
  return choices;
}

function hrefWith(place: Place, changes: Record<string, string>): string {
  const q = new URLSearchParams(place.query);
  for (const [k, v] of Object.entries(changes)) {
    if (v) q.set(k, v);
    else q.delete(k);
  }
  const s = q.toString();
  return s ? `/?${s}` : '/';
}

function EntityHits({ q }: { q: string }) {
  const found = useFetch(`entities:${q}`, () => api.findEntities(q, 8));
  if (found.state !== 'ready' || found.data.items.length === 0) return null;
  return (
    <p class="entity-hits">
      <span class="muted">People, places and organisations: </span>
      {found.data.items.map((e) => (
        <a key={e.key} class="entity-link" href={`/entity/${encodeURIComponent(e.key)}`}>
          {e.name} <span class="muted small">{plural(e.stories, 'story', 'stories')}</span>
        </a>
      ))}
    </p>
  );
}

export function StoryList({ place }: { place: Place }) {
  const get = (k: string) => place.query.get(k) ?? '';
  const filter: StoryQuery = {
    q: get('q') || undefined,
    language: get('language') || undefined,
    outlet: get('outlet') || undefined,
    from: get('from') || undefined,
    to: get('to') || undefined,
    sort: get('sort') === 'largest' ? 'largest' : 'recent',
  };
  const key = FILTERS.map((k) => get(k)).join('|');
  const [pages, setPages] = useState(1);
  const [extra, setExtra] = useState<StorySummary[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    setPages(1);
    setExtra([]);
  }, [key]);
  const first = useFetch(key, () => api.stories({ ...filter, limit: PAGE }));
  const [opts, setOpts] = useState<{ languages: string[]; outlets: string[] }>({ languages: [], outlets: [] });
  useEffect(() => {
    filterChoices().then(setOpts, () => undefined);
  }, []);
  const [text, setText] = useState(get('q'));
  useEffect(() => setText(get('q')), [get('q')]);
  useEffect(() => {
    document.title = filter.q ? `“${filter.q}” · Parallax` : 'Stories · Parallax';
  }, [filter.q]);

  const apply = (changes: Record<string, string>) => navigate(hrefWith(place, changes), { replace: true });
  const active = FILTERS.some((k) => k !== 'sort' && get(k));
  const more = async () => {
    setLoadingMore(true);
    try {
      const page = await api.stories({ ...filter, limit: PAGE, offset: pages * PAGE });
      setExtra((e) => [...e, ...page.items]);
      setPages((p) => p + 1);
    } finally {
      setLoadingMore(false);
    }
  };
  const languages = [...new Set([...opts.languages, ...(filter.language ? [filter.language] : [])])];
  const outlets = [...new Set([...opts.outlets, ...(filter.outlet ? [filter.outlet] : [])])];

  return (
    <div class="story-list" data-ready={first.state === 'ready' ? 'list' : undefined}>
      <header class="page-head">
        <h1>Stories</h1>
        <p class="muted">Each story gathers the articles of many outlets about one event. Open one to see what they agree on, what only one reports, and where they contradict each other.</p>
      </header>
      <form
        class="filters"
        role="search"
        aria-label="Find stories"
        onSubmit={(e) => {
          e.preventDefault();
          apply({ q: text.trim() });
        }}
      >
        <div class="search-row">
          <label class="sr" for="q">
            Search stories
          </label>
          <input id="q" name="q" type="search" placeholder="Search words, names, places…" value={text} onInput={(e) => setText(e.currentTarget.value)} />
          <button type="submit" class="primary">
            Search
          </button>
        </div>
        <div class="filter-row">
          <label>
            <span>Language</span>
            <select name="language" value={filter.language ?? ''} onChange={(e) => apply({ language: e.currentTarget.value })}>
              <option value="">any</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Outlet</span>
            <select name="outlet" value={filter.outlet ?? ''} onChange={(e) => apply({ outlet: e.currentTarget.value })}>
              <option value="">any</option>
              {outlets.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>From</span>
            <input type="date" name="from" value={filter.from ?? ''} onChange={(e) => apply({ from: e.currentTarget.value })} />
          </label>
          <label>
            <span>To</span>
            <input type="date" name="to" value={filter.to ?? ''} onChange={(e) => apply({ to: e.currentTarget.value })} />
          </label>
          {active && (
            <a class="clear" href={hrefWith(place, { q: '', language: '', outlet: '', from: '', to: '' })}>
              Clear filters
            </a>
          )}
        </div>
      </form>
      <div class="list-head">
        <nav class="sort" aria-label="Order">
          <a href={hrefWith(place, { sort: '' })} aria-current={filter.sort === 'recent' ? 'page' : undefined}>
            Newest
          </a>
          <a href={hrefWith(place, { sort: 'largest' })} aria-current={filter.sort === 'largest' ? 'page' : undefined}>
            Largest
          </a>
        </nav>
        <p class="muted small" aria-live="polite">
          {first.state === 'ready' ? plural(first.data.total, 'story', 'stories') : ''}
        </p>
      </div>
      {filter.q && <EntityHits q={filter.q} />}
      {first.state === 'loading' && <Loading what="stories" />}
      {first.state === 'error' && <ErrorBox title="The stories could not be loaded" message={first.message} />}
      {first.state === 'ready' &&
        (first.data.total === 0 ? (
          <Empty>{active ? 'No story matches these filters.' : 'No stories yet. Ingest articles with `parallax ingest`, or start with `parallax serve --demo`.'}</Empty>
        ) : (
          <>
            <div class="cards">
              {[...first.data.items, ...extra].map((s) => (
                <StoryCard key={s.id} story={s} />
              ))}
            </div>
            {first.data.total > first.data.items.length + extra.length && (
              <button type="button" class="more" onClick={more} disabled={loadingMore}>
                {loadingMore ? 'Loading…' : 'Show more stories'}
              </button>
            )}
          </>
        ))}
    </div>
  );
}
