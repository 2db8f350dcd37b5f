/**
 * robots.txt (RFC 9309): groups of user-agent lines with allow/disallow rules.
 * Our group is the one naming our product token, else the "*" group; the
 * longest matching rule decides, "allow" winning a tie. Crawl-delay is not in
 * the RFC but widely used, so we honour it too.
 */
import { maxOf } from '../../core/collections.js';

export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written: may hold "*" wildcards and end in "$". */
  pattern: string;
}

export interface RobotsPolicy {
  rules: RobotsRule[];
  /** Seconds between requests the site asks for, or null. */
  crawlDelaySeconds: number | null;
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
}

/** Everything allowed: what a missing robots.txt (404) means. */
export const ALLOW_ALL: RobotsPolicy = { rules: [], crawlDelaySeconds: null };
/** Everything disallowed: what an unreachable robots.txt (5xx) means for now. */
export const DISALLOW_ALL: RobotsPolicy = { rules: [{ allow: false, pattern: '/' }], crawlDelaySeconds: null };

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any user-agent line belong to no one
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelaySeconds = n;
    }
  }
  return groups;
}

/** The agent name on a user-agent line matches our token ("Parallax" ~ "parallax/1.0"). */
function agentMatches(agent: string, token: string): boolean {
  const name = agent.split('/')[0]!.trim();
  return name !== '' && name !== '*' && name === token;
}

/** The policy robots.txt `text` sets for the crawler named `token` (its product token, e.g. "parallax"). */
export function parseRobotsTxt(text: string, token: string): RobotsPolicy {
  const t = token.toLowerCase();
  const groups = parseGroups(text);
  let chosen = groups.filter((g) => g.agents.some((a) => agentMatches(a, t)));
  if (chosen.length === 0) chosen = groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== null);
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelaySeconds: delays.length > 0 ? maxOf(delays) : null,
  };
}

/** Percent-encoding differences must not decide a match: "%7E" and "~" are the same path. */
function normalisePath(p: string): string {
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

const patternCache = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let re = patternCache.get(pattern);
  if (!re) {
    const anchored = pattern.endsWith('$');
    const body = normalisePath(anchored ? pattern.slice(0, -1) : pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    re = new RegExp(`^${body}${anchored ? '$' : ''}`);
    if (patternCache.size > 10_000) patternCache.clear();
    patternCache.set(pattern, re);
  }
  return re;
}

/** Whether `policy` lets us fetch `pathAndQuery` ("/news/1?x=2"). robots.txt itself is always allowed. */
export function isAllowed(policy: RobotsPolicy, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  const path = normalisePath(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    if (
      best === null ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best === null || best.allow;
}
