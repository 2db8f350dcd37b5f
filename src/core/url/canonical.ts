/**
 * URL canonicalisation for duplicate detection: the same article reached
 * through a newsletter, a feed and a share button should give one URL.
 * Lower-case scheme and host, no default port, no fragment, no tracking
 * parameters, the remaining parameters sorted. `urlKey` goes one step further
 * for comparison only (no scheme, no "www.").
 */

/** Parameters that only say how a reader arrived, never which page they see. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'vero_id',
  'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'cmpid', 'cmp', 'ocid', 'icid', 'ito', 'xtor', 'wt_mc',
  'wt.mc_id', 'wt_zmc', 'wt_zz', 'ns_source', 'ns_mchannel', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'at_format', 'at_bbc_team',
  'ref', 'ref_src', 'ref_url', 'referrer', 'share', 'sharing', 'smid', 'sr_share', 'spm', 'trk', 'trkcampaign',
  '__twitter_impression', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  // Not here on purpose: "id", "cid", "source", "from", "p", "page": some sites choose the article by them.
]);

/** Prefixes of tracking parameter families (utm_source, utm_medium, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_', 'hmb_', 'at_custom', 'ga_', 'stm_', 'oft_', 'vgo_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/**
 * The canonical form of an http(s) URL, or null when it is not one. A relative
 * reference is resolved against `base` when given.
 */
export function canonicalUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  let u: URL;
  try {
    u = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // URL already lower-cases scheme and host and drops the port when it is the default.
  if (u.port === DEFAULT_PORTS[u.protocol]) u.port = '';
  u.hostname = u.hostname.replace(/\.$/, '');
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = '';
  for (const [name, v] of kept) u.searchParams.append(name, v);
  let href = u.href;
  // "https://x.example/a?" → no empty query.
  if (href.endsWith('?')) href = href.slice(0, -1);
  return href;
}

/**
 * A key under which the same article at http/https, with/without "www." and
 * with/without a trailing slash compares equal. For comparison only: it is
 * not a URL anyone can open.
 */
export function urlKey(value: string | null | undefined, base?: string | null): string | null {
  const c = canonicalUrl(value, base);
  if (c === null) return null;
  const u = new URL(c);
  const host = u.host.replace(/^www\./, '');
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${host}${path}${u.search}`;
}
