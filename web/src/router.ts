/**
 * A tiny history router: real URLs (/story/…, no hash), plain <a href> links.
 * One document-level click handler turns same-origin link clicks into
 * pushState navigation, so every link stays a real link (open in new tab,
 * copy address, keyboard Enter) without a Link component.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Place {
  path: string;
  query: URLSearchParams;
}

const listeners = new Set<() => void>();

function current(): Place {
  return { path: location.pathname, query: new URLSearchParams(location.search) };
}

function notify(): void {
  for (const fn of listeners) fn();
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  const samePage = url.pathname === location.pathname && url.search === location.search;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  notify();
  if (!samePage && !url.hash) window.scrollTo(0, 0);
}

/** The current path and query; re-renders the caller on navigation. */
export function usePlace(): Place {
  const [place, setPlace] = useState(current);
  useEffect(() => {
    const update = () => setPlace(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return place;
}

/** Intercepts clicks on same-origin links to app pages (not /api, not downloads, not modified clicks). */
export function installLinkHandler(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin) return;
    if (link.pathname.startsWith('/api/')) return;
    // In-page anchors (#facts) keep the browser's own scrolling.
    if (link.pathname === location.pathname && link.search === location.search && link.hash) return;
    event.preventDefault();
    navigate(link.href);
  });
}

/** Matches "/story/:id" against a path; returns the decoded parameters or null. */
export function matchRoute(pattern: string, path: string): Record<string, string> | null {
  // "/" and "" are the same place; so are "/compare" and "/compare/".
  const want = pattern.replace(/\/+$/, '').split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return params;
}
