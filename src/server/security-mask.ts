/**
 * Secrets in URLs (feed URLs with `?apikey=…`, `https://user:pass@host/…`)
 * are never shown in full: the values of secret-looking query, fragment and
 * path parameters and the whole userinfo become `***`. Everything else of
 * the URL stays byte for byte, so a masked URL still says which feed it is.
 * Works on the raw text (no URL parsing and re-serialising), so it also
 * masks URLs the WHATWG parser would reject.
 */

export const MASK = '***';

/** Parameter names that are secret as a whole word ("api_key", "X-Amz-Signature", "authToken"). */
const SECRET_WORDS = new Set([
  'key', 'apikey', 'token', 'secret', 'password', 'passwd', 'pwd', 'pass', 'passphrase', 'auth', 'authorization',
  'sig', 'signature', 'credential', 'credentials', 'session', 'sessionid', 'sid', 'jwt', 'bearer', 'hmac', 'otp',
]);
/** Names written as one word: "accesskey", "clientsecret", "xapikey", "authtoken". */
const SECRET_ENDINGS = ['apikey', 'accesskey', 'secretkey', 'privatekey', 'appkey', 'token', 'secret', 'password', 'passwd', 'signature', 'sessionid'];

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Whether a parameter name (raw, possibly percent-encoded) names a secret. */
export function isSecretKey(rawKey: string): boolean {
  const key = safeDecode(rawKey).replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (key.split(/[^a-z]+/).some((w) => SECRET_WORDS.has(w))) return true;
  const joined = key.replace(/[^a-z]/g, '');
  return SECRET_ENDINGS.some((e) => joined.endsWith(e));
}

/** Masks the secret values in `k=v` pairs separated by `&` or `;`. */
function maskPairs(s: string): string {
  return s
    .split(/([&;])/)
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq <= 0 || eq === part.length - 1) return part;
      return isSecretKey(part.slice(0, eq)) ? `${part.slice(0, eq + 1)}${MASK}` : part;
    })
    .join('');
}

/** Matrix parameters in the path: `/feed;jsessionid=…/rss`. */
function maskPathParams(path: string): string {
  return path.replace(/;([^/;=]*)=([^/;]+)/g, (whole, k: string) => (isSecretKey(k) ? `;${k}=${MASK}` : whole));
}

/** Splits off `scheme://authority`, masking the userinfo; the rest is path, query and fragment. */
function maskAuthority(url: string): { head: string; rest: string } {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (!scheme) return { head: '', rest: url };
  const after = url.slice(scheme[0].length);
  // As browsers read it: the authority ends at the first / \ ? #, the userinfo at its last @.
  const end = after.search(/[/\\?#]/);
  const authority = end === -1 ? after : after.slice(0, end);
  const at = authority.lastIndexOf('@');
  const shown = at === -1 ? authority : `${MASK}@${authority.slice(at + 1)}`;
  return { head: scheme[0] + shown, rest: end === -1 ? '' : after.slice(end) };
}

/** The URL with its userinfo and the values of secret-looking parameters replaced by `***`. */
export function maskUrlSecrets(url: string): string {
  const { head, rest } = maskAuthority(url);
  const hashAt = rest.indexOf('#');
  const beforeHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const q = beforeHash.indexOf('?');
  const path = q === -1 ? beforeHash : beforeHash.slice(0, q);
  let out = head + maskPathParams(path);
  if (q !== -1) out += `?${maskPairs(beforeHash.slice(q + 1))}`;
  // OAuth-style fragments carry tokens too ("#access_token=…").
  if (hashAt !== -1) out += `#${maskPairs(rest.slice(hashAt + 1))}`;
  return out;
}

/** A whole string that is a URL with something that may be secret: userinfo or parameters. */
const URL_WITH_PARAMS = /^[a-z][a-z0-9+.-]*:\/\/\S*[@?#;]\S*$/i;

/** For JSON.stringify and JSON.parse: every string value that is a URL comes out masked. */
export function maskingReviver(_key: string, value: unknown): unknown {
  return typeof value === 'string' && URL_WITH_PARAMS.test(value) ? maskUrlSecrets(value) : value;
}

/**
 * `value` with every string that is a URL masked, at any depth. Returns the
 * same object when nothing needed masking, and copies only the containers on
 * the way to a masked string, so a large answer costs one walk.
 */
export function maskSecretsDeep<T>(value: T): T {
  if (typeof value === 'string') return maskingReviver('', value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v: unknown, i) => {
      const m = maskSecretsDeep(v);
      if (m !== v) (out ??= value.slice())[i] = m;
    });
    return (out ?? value) as T;
  }
  // Only plain records: anything with its own JSON form (a Date) is left to it.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const m = maskSecretsDeep(v);
    if (m !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = m;
  }
  return (out ?? value) as T;
}
