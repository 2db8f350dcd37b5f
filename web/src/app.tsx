/** The shell: header, routes, footer. Focus moves to the page on navigation for keyboard and screen-reader users. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { matchRoute, usePlace } from './router.js';
import { StoryList } from './pages/story-list.js';
import { StoryPage } from './pages/story.js';
import { ArticlePage } from './pages/article.js';
import { ComparePage } from './pages/compare.js';
import { EntityPage } from './pages/entity.js';
import { EntitiesPage } from './pages/entities.js';
import { ErrorBox } from './components/status.js';
import { TokenForm } from './components/token-form.js';
import { UNAUTHORIZED_EVENT } from './token.js';

function Route() {
  const place = usePlace();
  const { path, query } = place;
  let m: Record<string, string> | null;
  if (matchRoute('/', path)) return <StoryList place={place} />;
  if ((m = matchRoute('/story/:id', path))) return <StoryPage id={m.id!} />;
  if ((m = matchRoute('/article/:id', path))) {
    const s = Number.parseInt(query.get('s') ?? '', 10);
    return <ArticlePage id={m.id!} sentence={Number.isFinite(s) ? s : null} />;
  }
  if (matchRoute('/compare', path)) return <ComparePage />;
  if ((m = matchRoute('/entity/:key', path))) return <EntityPage entityKey={m.key!} />;
  if (matchRoute('/entities', path)) return <EntitiesPage q={query.get('q') ?? ''} />;
  return (
    <ErrorBox title="Page not found" message={`There is no page at ${path}.`}>
      <p>
        <a href="/">Go to the stories</a>
      </p>
    </ErrorBox>
  );
}

export function App() {
  const place = usePlace();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const [needsToken, setNeedsToken] = useState(false);
  useEffect(() => {
    const ask = () => setNeedsToken(true);
    window.addEventListener(UNAUTHORIZED_EVENT, ask);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, ask);
  }, []);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [place.path]);
  const section = place.path.startsWith('/compare') ? 'compare' : 'stories';
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="site-head">
        <div class="wrap">
          <a class="brand" href="/">
            <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path d="M7 24 15 8M13 24 21 8M19 24 27 8" stroke="var(--accent)" stroke-width="3" stroke-linecap="round" />
            </svg>
            Parallax
          </a>
          <nav aria-label="Main">
            <a href="/" aria-current={section === 'stories' ? 'page' : undefined}>
              Stories
            </a>
            <a href="/compare" aria-current={section === 'compare' ? 'page' : undefined}>
              Compare
            </a>
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} class="wrap">
        {needsToken && <TokenForm />}
        <Route />
      </main>
      <footer class="site-foot">
        <div class="wrap">
          Parallax shows one story from every side. Every statement links to the sentence it comes from. <a href="/api/openapi.json">API</a>
        </div>
      </footer>
    </>
  );
}
