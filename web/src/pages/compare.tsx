/**
 * Compare page: paste texts or URLs, or drop files, and get the comparison.
 * Nothing is stored unless the user ticks the box.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type ComparisonReport } from '../api.js';
import { draftFromFile, emptyDraft, EXAMPLE, toCompareItem, type Draft } from '../compare-input.js';
import { plural } from '../format.js';
import { ReportView } from '../components/report-view.js';
import { ErrorBox } from '../components/status.js';

const MAX = 50;

export function ComparePage() {
  const [drafts, setDrafts] = useState<Draft[]>([emptyDraft(), emptyDraft()]);
  const [store, setStore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ report: ComparisonReport; stored: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    document.title = 'Compare articles · Parallax';
  }, []);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const update = (i: number, change: Partial<Draft>) => setDrafts((ds) => ds.map((d, k) => (k === i ? { ...d, ...change } : d)));
  const addFiles = async (files: FileList | File[]) => {
    const list = [...files].slice(0, MAX);
    const read = await Promise.all(list.map(draftFromFile));
    setDrafts((ds) => {
      const out = [...ds];
      for (const d of read) {
        const free = out.findIndex((x) => !x.value.trim());
        if (free >= 0) out[free] = d;
        else if (out.length < MAX) out.push(d);
      }
      return out;
    });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const items = drafts.map(toCompareItem).filter((x) => x !== null);
    if (items.length < 2) {
      setError('Paste at least two articles (texts or URLs) to compare them.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setResult({ report: await api.compare(items, store), stored: store });
    } catch (err) {
      setResult(null);
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="compare-page">
      <header class="page-head">
        <h1>Compare articles</h1>
        <p class="muted">Paste two or more articles about the same event, or their web addresses, or drop text, HTML or JSON files here. Parallax shows what they share, what only one reports and where they conflict. Nothing is stored unless you ask.</p>
      </header>
      <form
        class={`compare-form${dragging ? ' dragging' : ''}`}
        onSubmit={submit}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer?.files.length) void addFiles(e.dataTransfer.files);
        }}
      >
        <div class="drafts">
          {drafts.map((d, i) => (
            <fieldset class="draft" key={i}>
              <legend>
                Article {i + 1}
                {d.fileName && <span class="muted small"> · {d.fileName}</span>}
              </legend>
              <label class="sr" for={`draft-${i}`}>
                Article {i + 1}: text, HTML or URL
              </label>
              <textarea
                id={`draft-${i}`}
                name={`article-${i + 1}`}
                rows={8}
                placeholder={i === 0 ? 'Paste the article text (headline first), or a URL such as https://…' : 'Paste another article or URL'}
                value={d.value}
                onInput={(e) => update(i, { value: e.currentTarget.value, fileName: null })}
              />
              <div class="draft-meta">
                <label>
                  <span>Outlet</span>
                  <input type="text" value={d.outlet} placeholder={`Article ${i + 1}`} onInput={(e) => update(i, { outlet: e.currentTarget.value })} />
                </label>
                {drafts.length > 2 && (
                  <button type="button" class="link-button" onClick={() => setDrafts((ds) => ds.filter((_, k) => k !== i))}>
                    Remove<span class="sr"> article {i + 1}</span>
                  </button>
                )}
              </div>
            </fieldset>
          ))}
        </div>
        <div class="compare-actions">
          <button type="button" onClick={() => setDrafts((ds) => (ds.length < MAX ? [...ds, emptyDraft()] : ds))} disabled={drafts.length >= MAX}>
            Add an article
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Choose files…
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            accept=".txt,.md,.html,.htm,.json,text/plain,text/html,application/json"
            class="sr"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              if (e.currentTarget.files) void addFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <button type="button" class="link-button" onClick={() => setDrafts(EXAMPLE.map((d) => ({ ...d })))}>
            Try an example
          </button>
          <label class="store">
            <input type="checkbox" checked={store} onChange={(e) => setStore(e.currentTarget.checked)} /> also add them to the library
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Comparing…' : 'Compare'}
          </button>
        </div>
        <p class="drop-hint muted small" aria-hidden="true">
          You can drop files anywhere on this form.
        </p>
      </form>
      {error && <ErrorBox title="Could not compare" message={error} />}
      {result && (
        <div class="compare-result" ref={resultRef} tabIndex={-1} aria-label="Comparison result" data-ready="compare">
          <ReportView
            report={result.report}
            stored={result.stored}
            before={
              <header class="result-head">
                <h2 class="result-title">Comparison of {plural(result.report.articles.length, 'article')}</h2>
                <p class="muted small">{result.stored ? 'The articles were added to the library.' : 'Nothing was stored.'}</p>
              </header>
            }
          />
        </div>
      )}
    </div>
  );
}
