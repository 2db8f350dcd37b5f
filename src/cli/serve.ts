import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError } from './errors.js';
import { intFlag, openService, withDbOption } from './open-service.js';

/** The built web app (npm run build:web); the API runs without it. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

interface ServeFlags {
  db?: string;
  port?: string;
  host: string;
  demo?: boolean;
  json?: boolean;
}

export function registerServe(program: Command): void {
  withDbOption(program.command('serve').description('run the HTTP API and the web app on the store'))
    .option('-p, --port <n>', 'port (default: $PORT or 8787; 0 picks a free one)')
    .option('--host <host>', 'address to bind; anything but 127.0.0.1 exposes the server to the network', '127.0.0.1')
    .option('--demo', 'fill an empty store with the demo stories first')
    .option('--json', 'print where it listens as one JSON line')
    .addHelpText(
      'after',
      `
Writes (POST/DELETE) need "Authorization: Bearer <token>" when PARALLAX_TOKEN is set.
The API is described at /api/openapi.json.

Examples:
  $ parallax serve
  $ parallax serve --port 9000 --db news.db
  $ PARALLAX_TOKEN=secret parallax serve --host 0.0.0.0`,
    )
    .action(async (flags: ServeFlags) => {
      const port = intFlag('port', flags.port ?? process.env.PORT, 0, 65535) ?? 8787;
      const service = await openService(flags);
      if (flags.demo && (await service.store.countArticles()) === 0) {
        const { loadDemo } = await import('../service/demo.js');
        const n = await loadDemo(service);
        process.stderr.write(`parallax: first run: loaded the demo corpus (${n} articles) into ${service.store.location}\n`);
      }
      const { startServer } = await import('../server/serve.js');
      const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : null;
      let server;
      try {
        server = await startServer(service, { port, host: flags.host, token: process.env.PARALLAX_TOKEN || null, webRoot });
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
          `API: ${server.url}/api/openapi.json · store: ${service.store.location} · stop with Ctrl+C\n`,
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
