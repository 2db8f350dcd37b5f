/**
 * OPML subscription lists: read the feeds out of one (nested folders become a
 * category path; duplicates and outlines without a feed URL are skipped), and
 * write one for export.
 */
import { feedsmith } from './feedsmith.js';
import type { Opml } from 'feedsmith';
import { InputError } from '../errors.js';
import { cleanField, normaliseUrl } from '../normalize.js';

export interface OpmlSubscription {
  /** The feed's URL (xmlUrl). */
  url: string;
  title: string | null;
  /** The site's URL (htmlUrl), when given. */
  homeUrl: string | null;
  /** The folders the outline sits in, outermost first ("Regional"). */
  categories: string[];
}

export interface OpmlList {
  title: string | null;
  subscriptions: OpmlSubscription[];
}

type Outline = Opml.Outline<string>;

/** The feeds in an OPML document. Throws InputError naming `source` when it is not OPML. */
export function parseOpmlList(text: string, source: string): OpmlList {
  let doc: Opml.Document<string>;
  try {
    doc = feedsmith().parseOpml(text);
  } catch (e) {
    const why =
      e instanceof feedsmith().MalformedError
        ? `malformed OPML: invalid XML${e.cause instanceof Error ? ` (${e.cause.message})` : ''}`
        : e instanceof feedsmith().ParseError || e instanceof feedsmith().DetectError
          ? 'not an OPML subscription list'
          : `could not parse OPML (${e instanceof Error ? e.message : String(e)})`;
    throw new InputError(source, why, { cause: e });
  }
  const subscriptions: OpmlSubscription[] = [];
  const seen = new Set<string>();
  const visit = (outlines: Outline[] | undefined, path: string[]): void => {
    for (const o of outlines ?? []) {
      const url = normaliseUrl(o.xmlUrl ?? null);
      const label = cleanField(o.title ?? null) ?? cleanField(o.text ?? null);
      if (url !== null) {
        if (!seen.has(url)) {
          seen.add(url);
          subscriptions.push({ url, title: label, homeUrl: normaliseUrl(o.htmlUrl ?? null), categories: path });
        }
      }
      if (o.outlines?.length) visit(o.outlines, label !== null && url === null ? [...path, label] : path);
    }
  };
  visit(doc.body?.outlines, []);
  return { title: cleanField(doc.head?.title ?? null), subscriptions };
}

/** An OPML 2.0 document listing `subscriptions`, grouped into folders by their first category. */
export function generateOpmlList(subscriptions: readonly OpmlSubscription[], options: { title?: string } = {}): string {
  const toOutline = (s: OpmlSubscription): Outline => {
    const o: Outline = { text: s.title ?? s.url, type: 'rss', xmlUrl: s.url };
    if (s.title) o.title = s.title;
    if (s.homeUrl) o.htmlUrl = s.homeUrl;
    return o;
  };
  const top: Outline[] = [];
  const folders = new Map<string, Outline>();
  for (const s of subscriptions) {
    const folder = s.categories[0];
    if (folder === undefined) {
      top.push(toOutline(s));
      continue;
    }
    let f = folders.get(folder);
    if (!f) {
      f = { text: folder, outlines: [] };
      folders.set(folder, f);
      top.push(f);
    }
    f.outlines!.push(toOutline(s));
  }
  return feedsmith().generateOpml({ head: { title: options.title ?? 'Parallax subscriptions' }, body: { outlines: top } });
}
