/**
 * Is this a feed or an article? For `parallax ingest URL|FILE`, which takes
 * both: the Content-Type when it is specific, else a look at the first
 * bytes. Cheap and without parsing the whole document.
 */

const FEED_TYPES = /^(?:application\/(?:rss|atom|rdf|feed)\+(?:xml|json)|application\/rss|application\/x-rss\+xml)$/i;

/** True/false when the Content-Type decides, null when it does not (text/xml, application/json, …). */
export function isFeedContentType(contentType: string | null | undefined): boolean | null {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime === '') return null;
  if (FEED_TYPES.test(mime)) return true;
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || mime === 'text/plain') return false;
  return null;
}

/** Whether `text` starts like RSS, Atom, RDF or a JSON Feed (past the XML prolog, comments and stylesheets). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const t = head.replace(/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  if (/^<(?:rss|feed|rdf:RDF|RDF)\b/i.test(t)) return true;
  return /^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(t);
}
