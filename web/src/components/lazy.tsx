/**
 * Rendering only what is looked at: a 50-article story has hundreds of facts,
 * quotes and framing cards, and building all of them at once would delay the
 * first paint by seconds.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** <details> whose content is built the first time it is opened. */
export function LazyDetails({ open, class: cls, summary, children }: { open: boolean; class?: string; summary: ComponentChildren; children: () => ComponentChildren }) {
  const [seen, setSeen] = useState(open);
  return (
    <details class={cls} open={open} onToggle={(e) => e.currentTarget.open && setSeen(true)}>
      <summary>{summary}</summary>
      {seen && children()}
    </details>
  );
}

/** The first `first` items, and a button for the rest. */
export function ShowMore<T>({ items, first, render, what }: { items: readonly T[]; first: number; render: (item: T, index: number) => ComponentChildren; what: string }) {
  const [all, setAll] = useState(false);
  const shown = all || items.length <= first ? items : items.slice(0, first);
  return (
    <>
      {shown.map(render)}
      {items.length > first && (
        <button type="button" class="more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show fewer ${what}` : `Show all ${items.length} ${what}`}
        </button>
      )}
    </>
  );
}

/**
 * Content built when it comes near the screen or when the browser is idle,
 * whichever is first (and before printing): the sections below the fold of a
 * large story do not hold up the first paint or the first click.
 */
export function Deferred({ children, minHeight = '12rem' }: { children: () => ComponentChildren; minHeight?: string }) {
  const [shown, setShown] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) return;
    const show = () => setShown(true);
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '800px 0px' });
    if (box.current) seen.observe(box.current);
    const idle = 'requestIdleCallback' in window ? requestIdleCallback(show, { timeout: 4000 }) : setTimeout(show, 300);
    window.addEventListener('beforeprint', show);
    return () => {
      seen.disconnect();
      if ('cancelIdleCallback' in window) cancelIdleCallback(idle as number);
      else clearTimeout(idle as ReturnType<typeof setTimeout>);
      window.removeEventListener('beforeprint', show);
    };
  }, [shown]);
  if (shown) return <>{children()}</>;
  return <div ref={box} class="deferred" style={{ minHeight }} aria-busy="true" />;
}
