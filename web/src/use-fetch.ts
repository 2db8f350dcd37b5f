/** Loads data for a page and re-loads when the key changes; stale answers are dropped. */
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string; status: number } | { state: 'ready'; data: T };

export function useFetch<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (err: unknown) =>
        live &&
        setResult({
          state: 'error',
          message: err instanceof Error ? err.message : String(err),
          status: (err as { status?: number }).status ?? 0,
        }),
    );
    return () => {
      live = false;
    };
    // The key stands for everything `load` depends on.
  }, [key]);
  return result;
}
