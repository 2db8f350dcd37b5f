/**
 * A real HTTP server on 127.0.0.1 (ephemeral port) for tests: routes by path,
 * a log of every request, and the most requests it ever had in flight at once
 * (to check politeness). Helpers serve fixture files with ETag/Last-Modified
 * and answer conditional requests with 304.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface LoggedRequest {
  path: string;
  headers: IncomingMessage['headers'];
}

export class FixtureServer {
  readonly requests: LoggedRequest[] = [];
  /** The most requests in flight at one time. */
  maxInFlight = 0;
  private inFlight = 0;

  private constructor(
    private readonly server: Server,
    /** "http://127.0.0.1:PORT" */
    readonly base: string,
    readonly routes: Map<string, RouteHandler>,
  ) {}

  static async start(routes: Record<string, RouteHandler> = {}): Promise<FixtureServer> {
    const table = new Map(Object.entries(routes));
    let self: FixtureServer | null = null;
    const server = createServer((req, res) => {
      const s = self!;
      const path = new URL(req.url ?? '/', s.base).pathname;
      s.requests.push({ path: req.url ?? '/', headers: req.headers });
      s.inFlight++;
      s.maxInFlight = Math.max(s.maxInFlight, s.inFlight);
      res.on('close', () => s.inFlight--);
      const route = table.get(path);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      Promise.resolve(route(req, res)).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new FixtureServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, table);
    return self;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  route(path: string, handler: RouteHandler): void {
    this.routes.set(path, handler);
  }

  /** Requests for one path (query ignored). */
  hits(path: string): LoggedRequest[] {
    return this.requests.filter((r) => r.path.split('?')[0] === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The text of a file under fixtures/feeds/. */
export function feedFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
}

export interface ServeOptions {
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** Milliseconds before answering. */
  delayMs?: number;
}

/** Serve `body`, answering If-None-Match / If-Modified-Since with 304 when they match. */
export function serveText(body: string | (() => string), options: ServeOptions = {}): RouteHandler {
  return async (req, res) => {
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/xml; charset=utf-8' };
    if (options.etag) headers.etag = options.etag;
    if (options.lastModified) headers['last-modified'] = options.lastModified;
    const etagMatches = options.etag !== undefined && req.headers['if-none-match'] === options.etag;
    const dateMatches = options.lastModified !== undefined && req.headers['if-modified-since'] === options.lastModified;
    if (etagMatches || (dateMatches && req.headers['if-none-match'] === undefined)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(typeof body === 'function' ? body() : body);
  };
}

/** Answer with `status` for the first `times` requests, then hand over to `then`. */
export function failFirst(times: number, status: number, then: RouteHandler): RouteHandler {
  let count = 0;
  return (req, res) => {
    if (count++ < times) {
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end('failing on purpose');
      return;
    }
    return then(req, res);
  };
}

export function status(code: number): RouteHandler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'text/plain' });
    res.end();
  };
}
