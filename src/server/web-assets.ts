/**
 * Serves the built web app from one folder: files by exact name only (no path
 * can leave the folder), long caching for hashed assets, and index.html for
 * the app's own routes so deep links work.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveWebAssets(app: Hono, webRoot: string): void {
  const root = resolve(webRoot);
  const indexPath = join(root, 'index.html');
  app.get('*', (c) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.json({ error: { status: 400, message: 'path: not valid percent-encoding', field: 'path' } }, 400);
    }
    const file = resolve(root, `.${normalize(`/${path}`)}`);
    const inside = file === root || file.startsWith(root + sep);
    if (inside && path !== '/' && existsSync(file) && statSync(file).isFile() && TYPES[extname(file)]) {
      const immutable = file.startsWith(join(root, 'assets') + sep);
      return c.body(readFileSync(file), 200, {
        'content-type': TYPES[extname(file)]!,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
    }
    // Paths that look like files but do not exist are 404s; app routes get the app.
    if (extname(path) || !existsSync(indexPath)) return c.json({ error: { status: 404, message: 'not found' } }, 404);
    return c.body(readFileSync(indexPath), 200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
  });
}
