/** Starts the HTTP server on the service; resolves once it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { ParallaxService } from '../service/service.js';
import { createApp, type AppOptions } from './app.js';
import { checkExposure } from './security-hosts.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions extends AppOptions {
  port: number;
  host: string;
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
  const app = createApp(service, { ...options, bindHost: options.bindHost ?? options.host });
  return new Promise((resolve, reject) => {
    let server: ServerType;
    try {
      server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        const host = info.address.includes(':') ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise<void>((done) => {
              server.close(() => done());
              // Keep-alive and half-read uploads would hold close() open forever.
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      });
      server.once('error', reject);
    } catch (err) {
      reject(err);
    }
  });
}
