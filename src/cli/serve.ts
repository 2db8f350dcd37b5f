import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { intFlag, openService, outboundPolicy, withDbOption, withOutboundOption, type OutboundFlags } from './open-service.js';
import { checkExposure, isLoopbackHost, parseAllowedHosts } from '../server/security-hosts.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../server/security.js';

/** At most this long between opening the store and listening (see keepAssigning). */
const WARM_UP_MS = 10_000;

/** The built web app (npm run build:web); the API runs without it. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

interface ServeFlags extends OutboundFlags {
  db?: string;
  port?: string;
  host: string;
  demo?: boolean;
  json?: boolean;
  allowedHosts?: string;
  privateReads?: boolean;
  trustProxy?: boolean;
  rateLimit?: string;
  insecureNoAuth?: boolean;
  threads?: string;
  jobSeconds?: string;
  jobMemory?: string;
}

/** The thread pool for extraction, analysis and comparison, and each job's budget (docs/SECURITY.md, limits). */
function workSettings(flags: ServeFlags) {
  const pick = (flag: string | undefined, name: string, env: string, min: number, max: number) =>
    flag !== undefined ? intFlag(name, flag, min, max) : intFlag(name, process.env[env], min, max);
  const seconds = pick(flags.jobSeconds, 'job-seconds', 'PARALLAX_JOB_SECONDS', 1, 3600);
  return {
    threads: pick(flags.threads, 'threads', 'PARALLAX_THREADS', 0, 64),
    jobTimeLimitMs: seconds === undefined ? undefined : seconds * 1000,
    jobMemoryMb: pick(flags.jobMemory, 'job-memory', 'PARALLAX_JOB_MEMORY_MB', 64, 65_536),
  };
}

/** A yes/no environment variable, or a clear error naming it. */
function envFlag(name: string): boolean {
  const v = (process.env[name] ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(v)) return false;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  throw new CliError(`${name}: expected 1 or 0, got "${process.env[name]}"`);
}

/** The security settings from flags and environment, checked before anything is opened. */
function securitySettings(flags: ServeFlags) {
  const token = process.env.PARALLAX_TOKEN || null;
  const exposure = checkExposure({ host: flags.host, token, insecureNoAuth: flags.insecureNoAuth === true });
  if (!exposure.ok) throw new CliError(exposure.error);
  let allowedHosts: string[];
  try {
    allowedHosts = flags.allowedHosts !== undefined ? parseAllowedHosts(flags.allowedHosts, '--allowed-hosts') : parseAllowedHosts(process.env.PARALLAX_ALLOWED_HOSTS ?? '', 'PARALLAX_ALLOWED_HOSTS');
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const privateReads = flags.privateReads === true || envFlag('PARALLAX_PRIVATE_READS');
  if (privateReads && !token) throw new CliError('--private-reads: set PARALLAX_TOKEN too (the token readers must send)');
  const rateLimitPerMinute =
    flags.rateLimit !== undefined ? intFlag('rate-limit', flags.rateLimit, 0, 1_000_000)! : (intFlag('rate-limit', process.env.PARALLAX_RATE_LIMIT, 0, 1_000_000) ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
  const trustProxy = flags.trustProxy === true || envFlag('PARALLAX_TRUST_PROXY');
  const warnings = [...exposure.warnings];
  if (trustProxy && !isLoopbackHost(flags.host)) {
    warnings.push(`warning: --trust-proxy with --host ${flags.host}: clients that reach the server directly can choose the address they are rate-limited by; bind to 127.0.0.1 behind the proxy.`);
  }
  return { token, allowedHosts, privateReads, rateLimitPerMinute, trustProxy, insecureNoAuth: flags.insecureNoAuth === true, warnings };
}

export function registerServe(program: Command): void {
  withOutboundOption(withDbOption(program.command('serve').description('run the HTTP API and the web app on the store')))
    .option('-p, --port <n>', 'port (default: $PORT or 8787; 0 picks a free one)')
    .option('--host <host>', 'address to bind; anything but loopback exposes the server to the network and needs PARALLAX_TOKEN', '127.0.0.1')
    .option('--allowed-hosts <names>', 'more names the Host header may carry, comma-separated, e.g. a reverse proxy\'s public name (default: $PARALLAX_ALLOWED_HOSTS)')
    .option('--private-reads', 'every /api route but /api/health needs the token too (or PARALLAX_PRIVATE_READS=1)')
    .option('--trust-proxy', 'rate-limit by the last X-Forwarded-For hop: only behind a reverse proxy that sets it (or PARALLAX_TRUST_PROXY=1)')
    .option('--rate-limit <n>', `requests a minute per client on the routes that fetch or analyse; 0: no limit (default: $PARALLAX_RATE_LIMIT or ${DEFAULT_RATE_LIMIT_PER_MINUTE})`)
    .option('--insecure-no-auth', 'allow a non-loopback --host without PARALLAX_TOKEN: anyone who can reach it may write')
    .option('--threads <n>', 'threads that extract, analyse and compare for the API; 0: on the request thread (default: $PARALLAX_THREADS or cores − 1, at most 4)')
    .option('--job-seconds <s>', 'time one API request may analyse and compare before it gets 503 (default: $PARALLAX_JOB_SECONDS or 60)')
    .option('--job-memory <MB>', 'heap of each analysis thread; a request that needs more gets 413 (default: $PARALLAX_JOB_MEMORY_MB or 1536)')
    .option('--demo', 'fill an empty store with the demo stories first')
    .option('--json', 'print where it listens as one JSON line')
    .addHelpText(
      'after',
      `
Writes (POST/DELETE) need "Authorization: Bearer <token>" when PARALLAX_TOKEN is set;
with --private-reads, reads too (the web app asks for the token once).
Binding to anything but 127.0.0.1, ::1 or localhost refuses to start without
PARALLAX_TOKEN. Requests whose Host is not a loopback name, the bound address or
an --allowed-hosts name get 421. Feed URLs are shown with their keys masked.
The API is described at /api/openapi.json; security in docs/SECURITY.md.

Examples:
  $ parallax serve
  $ parallax serve --port 9000 --db news.db
  $ PARALLAX_TOKEN=$(openssl rand -hex 32) parallax serve --host 0.0.0.0 --private-reads
  $ parallax serve --allowed-hosts news.example.org --trust-proxy   # behind a reverse proxy`,
    )
    .action(async (flags: ServeFlags) => {
      const port = intFlag('port', flags.port ?? process.env.PORT, 0, 65535) ?? 8787;
      const { warnings, ...security } = securitySettings(flags);
      for (const w of warnings) process.stderr.write(`parallax: ${w}\n`);
      const work = workSettings(flags);
      const outbound = await outboundPolicy(flags);
      if (flags.allowPrivateHosts) process.stderr.write('parallax: --allow-private-hosts: API clients can make this server fetch from loopback and private addresses\n');
      const service = await openService(flags);
      // PostgreSQL: writes enqueue what they cause for the workers (an article left pending → its assignment, a feed → its first poll).
      await (await import('./jobs.js')).attachJobQueueFor(service, flags).catch(async (err: unknown) => {
        await service.close();
        throw err;
      });
      if (flags.demo && (await service.store.countArticles()) === 0) {
        const { loadDemo } = await import('../service/demo.js');
        const n = await loadDemo(service);
        process.stderr.write(`parallax: first run: loaded the demo corpus (${n} articles) into ${service.store.location}\n`);
      }
      // Articles that ingest or watch store beside the server are put into stories here (or by whoever holds the assignment lease).
      // The first round restores the assigner's saved state (a second or more on a big store): done before the
      // server says it is ready, so the first requests do not wait behind it; a long replay goes on in the background.
      await Promise.race([service.keepAssigning(), new Promise((resolve) => setTimeout(resolve, WARM_UP_MS).unref())]);
      const { startServer } = await import('../server/serve.js');
      const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : null;
      let server;
      try {
        server = await startServer(service, { port, host: flags.host, webRoot, outbound, ...security, ...work });
      } catch (err) {
        await service.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`port ${port} is in use (try --port 0 or another port)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`${flags.host}: cannot bind to this address`);
        if (code === 'EACCES') throw new CliError(`port ${port}: permission denied`);
        throw err;
      }
      if (flags.json) process.stdout.write(`${JSON.stringify({ url: server.url, api: `${server.url}/api/openapi.json`, db: service.store.location, web: webRoot !== null })}\n`);
      else process.stdout.write(
        `Parallax is running: open ${server.url}/ in your browser${webRoot ? '' : ' (web app not built: npm run build:web; the API works)'}\n` +
          `API: ${server.url}/api/openapi.json · store: ${service.store.location} · stop with Ctrl+C\n` +
          `Writes ${security.token ? 'need the token' : 'are open'} · reads ${security.privateReads ? 'need the token' : 'are open'} · ` +
          `${security.rateLimitPerMinute > 0 ? `at most ${security.rateLimitPerMinute} fetch/analyse requests a minute per client` : 'no rate limit'} (docs/SECURITY.md)\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(() => service.close()).then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
