/**
 * One article, its text marked by what the comparison found: sentences by fact
 * status (shared, only here, possibly also elsewhere, conflicting, changed over
 * time), quotes, entities (linked to their pages), hedges and loaded words.
 * ?s=N highlights sentence N and scrolls to it.
 */
import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { factCategory, type FactCategory } from '../../../src/present/view.js';
import { api, type ArticleResponse, type StoryResponse } from '../api.js';
import { loadArticle } from '../article-cache.js';
import { useFetch } from '../use-fetch.js';
import { formatDateTime, languageName, plural } from '../format.js';
import { cutPieces, type Layer } from '../highlight.js';
import { Chip } from '../components/chip.js';
import { ErrorBox, Loading } from '../components/status.js';

interface Data {
  article: ArticleResponse;
  story: StoryResponse | null;
}

/** A sentence in several facts shows the most telling one. */
const RANK: Record<FactCategory, number> = { exclusive: 1, uncertain: 2, shared: 3, update: 4, conflict: 5 };
const STATUS_LABEL: Record<FactCategory, string> = {
  shared: 'shared with other outlets',
  exclusive: 'only this outlet',
  uncertain: 'possibly also in another outlet: a similar sentence there',
  conflict: 'conflicts with another outlet',
  update: 'a figure that changed over time between outlets',
};

async function load(id: string): Promise<Data> {
  const article = await loadArticle(id);
  const storyId = article.article.storyId;
  const story = storyId ? await api.story(storyId).catch(() => null) : null;
  return { article, story };
}

export function ArticlePage({ id, sentence }: { id: string; sentence: number | null }) {
  const loaded = useFetch(`article:${id}`, () => load(id));
  const [layers, setLayers] = useState({ facts: true, quotes: true, entities: true, words: true });
  useEffect(() => {
    if (loaded.state === 'ready') document.title = `${loaded.data.article.article.title ?? 'Article'} · Parallax`;
  }, [loaded]);
  useEffect(() => {
    if (loaded.state !== 'ready' || sentence === null) return;
    document.querySelector(`[data-sentence="${sentence}"]`)?.scrollIntoView({ block: 'center' });
  }, [loaded, sentence]);

  const statusOf = useMemo(() => {
    const map = new Map<number, FactCategory>();
    if (loaded.state !== 'ready' || !loaded.data.story?.report) return map;
    for (const f of loaded.data.story.report.facts) {
      for (const s of f.statements) {
        if (s.article !== id) continue;
        const had = map.get(s.sentence);
        const category = factCategory(f);
        if (!had || RANK[category] > RANK[had]) map.set(s.sentence, category);
      }
    }
    return map;
  }, [loaded, id]);

  if (loaded.state === 'loading') return <Loading what="the article" />;
  if (loaded.state === 'error') return <ErrorBox title={loaded.status === 404 ? 'No such article' : 'The article could not be loaded'} message={loaded.message} />;
  const { article, analysis } = loaded.data.article;
  const story = loaded.data.story;
  const keyOf = new Map(analysis.entities.map((e) => [e.id, e.keys[0] ?? null]));
  const all: Layer[] = [];
  if (layers.quotes) for (const q of analysis.quotes) all.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id });
  if (layers.entities) for (const m of analysis.mentions) all.push({ start: m.start, end: m.end, kind: 'entity', ref: keyOf.get(m.entity) ?? undefined });
  if (layers.words) {
    for (const h of analysis.hedges) all.push({ start: h.start, end: h.end, kind: 'hedge' });
    for (const w of analysis.loaded) all.push({ start: w.start, end: w.end, kind: 'loaded' });
  }
  const paragraphs = new Map<number, typeof analysis.sentences>();
  for (const s of analysis.sentences) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
  const lang = article.language !== 'und' ? article.language : undefined;
  const counts: Record<FactCategory, number> = { shared: 0, exclusive: 0, uncertain: 0, conflict: 0, update: 0 };
  for (const st of statusOf.values()) counts[st]++;
  const toggle = (k: keyof typeof layers) => setLayers({ ...layers, [k]: !layers[k] });

  return (
    <div class="article-page" data-ready="article">
      <header class="page-head">
        <p class="eyebrow">
          <a href="/">Stories</a>
          {story && (
            <>
              {' '}
              <span aria-hidden="true">›</span> <a href={`/story/${encodeURIComponent(story.story.id)}`}>{story.story.title}</a>
            </>
          )}{' '}
          <span aria-hidden="true">›</span> Article
        </p>
        <h1 lang={lang}>{article.title ?? '(no title)'}</h1>
        <p class="meta">
          <Chip label={article.outlet} />
          <span>{formatDateTime(article.published)}</span>
          {article.author && <span>{article.author}</span>}
          <span>{languageName(article.language)}</span>
          <span>{plural(article.words, 'word')}</span>
          {article.url && /^https?:\/\//i.test(article.url) && (
            <a href={article.url} rel="noopener noreferrer" target="_blank">
              original<span class="sr"> (opens the outlet’s page)</span>
            </a>
          )}
        </p>
      </header>
      <div class="article-layout">
        <div class={`article-text${layers.facts ? ' show-facts' : ''}`} lang={lang}>
          {[...paragraphs.values()].map((list, i) => {
            const Tag = list[0]?.headline ? 'h2' : 'p';
            return (
              <Tag key={i} class={list[0]?.headline ? 'headline' : undefined}>
                {list.map((s, k) => {
                  const status = statusOf.get(s.index);
                  return (
                    <Fragment key={s.index}>
                      {k > 0 && ' '}
                      <span data-sentence={s.index} class={`sent${status ? ` st-${status}` : ''}${sentence === s.index ? ' hit' : ''}`} title={status ? STATUS_LABEL[status] : undefined}>
                        {cutPieces(s.text, s.start, all).map((p, j) => {
                          const kinds = p.layers.map((l) => l.kind);
                          const entity = p.layers.find((l) => l.kind === 'entity');
                          const cls = kinds.map((k2) => `m-${k2}`).join(' ');
                          if (entity?.ref) {
                            return (
                              <a key={j} class={cls} href={`/entity/${encodeURIComponent(entity.ref)}`}>
                                {p.text}
                              </a>
                            );
                          }
                          return kinds.length === 0 ? p.text : <span key={j} class={cls}>{p.text}</span>;
                        })}
                      </span>
                    </Fragment>
                  );
                })}
              </Tag>
            );
          })}
        </div>
        <aside class="article-side" aria-label="What is marked">
          <fieldset class="layers">
            <legend>Show</legend>
            <label class="lay">
              <input type="checkbox" checked={layers.facts} onChange={() => toggle('facts')} /> fact status
            </label>
            {layers.facts && (
              <ul class="legend-list small">
                <li>
                  <span class="key shared" /> shared ({counts.shared})
                </li>
                <li>
                  <span class="key exclusive" /> only here ({counts.exclusive})
                </li>
                <li>
                  <span class="key uncertain" /> possibly also elsewhere ({counts.uncertain})
                </li>
                <li>
                  <span class="key conflict" /> conflicting ({counts.conflict})
                </li>
                {counts.update > 0 && (
                  <li>
                    <span class="key update" /> changed over time ({counts.update})
                  </li>
                )}
              </ul>
            )}
            <label class="lay">
              <input type="checkbox" checked={layers.quotes} onChange={() => toggle('quotes')} /> <span class="m-quote">quotes</span> ({analysis.quotes.length})
            </label>
            <label class="lay">
              <input type="checkbox" checked={layers.entities} onChange={() => toggle('entities')} /> <span class="m-entity">entities</span> ({analysis.entities.length})
            </label>
            <label class="lay">
              <input type="checkbox" checked={layers.words} onChange={() => toggle('words')} /> <span class="m-hedge">hedges</span> and <span class="m-loaded">loaded words</span>
            </label>
          </fieldset>
          {!story?.report && <p class="muted small">Not part of a compared story: no fact status to show.</p>}
          {analysis.entities.length > 0 && (
            <>
              <h2 class="side-h">Named</h2>
              <ul class="entity-list">
                {[...analysis.entities]
                  .sort((a, b) => b.mentions - a.mentions)
                  .map((e) => (
                    <li key={e.id}>
                      {e.keys[0] ? <a href={`/entity/${encodeURIComponent(e.keys[0])}`}>{e.name}</a> : e.name} <span class="muted small">{e.type} · {e.mentions}×</span>
                    </li>
                  ))}
              </ul>
            </>
          )}
          {analysis.labels.length > 0 && (
            <>
              <h2 class="side-h">Labels</h2>
              <ul class="small">
                {analysis.labels.map((l, i) => (
                  <li key={i}>
                    <span lang={lang}>{l.label}</span> <span class="muted">for {analysis.entities.find((e) => e.id === l.entity)?.name ?? l.entity}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </div>
  );
}
