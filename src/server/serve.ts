/** Starts the HTTP server on the service; resolves once it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { ParallaxService } from '../service/service.js';
import { createApp, type AppOptions } from './app.js';
import { checkExposure } from './security-hosts.js';
import { WorkPool, siblingModule } from './work-pool.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions extends AppOptions {
  port: number;
  host: string;
  /** Threads for the heavy API work and their budgets (work-pool.ts); 0 threads: run it on the event loop. */
  threads?: number;
  jobTimeLimitMs?: number;
  jobMemoryMb?: number;
  /** Start on a non-loopback address without a token (the CLI's --insecure-no-auth). */
  insecureNoAuth?: boolean;
}

/** Refused: binding beyond loopback without a token (security-hosts.ts says why). */
export class ExposureError extends Error {
  override readonly name = 'ExposureError';
}

export function startServer(service: ParallaxService, options: ServeOptions): Promise<RunningServer> {
  const exposure = checkExposure({ host: options.host, token: options.token ?? null, insecureNoAuth: options.insecureNoAuth === true });
  if (!exposure.ok) return Promise.reject(new ExposureError(exposure.error));
  const work =
    options.work !== undefined
      ? options.work
      : options.threads === 0
        ? null
        : new WorkPool({ workerUrl: siblingModule(import.meta.url, 'work-thread'), size: options.threads, timeLimitMs: options.jobTimeLimitMs, memoryLimitMb: options.jobMemoryMb });
  // The first analysis loads models: do it before the first request needs it.
  work?.warm();
  const app = createApp(service, { ...options, work, bindHost: options.bindHost ?? options.host });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        const host = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: async () => {
            await new Promise<void>((done) => {
              server.close(() => done());
              // Keep-alive and half-read uploads would hold close() open forever.
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            });
            // A pool the caller passed in is the caller's to close.
            if (options.work === undefined) await work?.close();
          },
        });
      });
      server.once('error', (err) => {
        if (options.work === undefined) void work?.close();
        reject(err);
      });
    } catch (err) {
      if (options.work === undefined) void work?.close();
      reject(err);
    }
  });
}
