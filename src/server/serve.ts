/** Starts the HTTP server on the service; resolves once it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { ParallaxService } from '../service/service.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(service: ParallaxService, options: AppOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(service, options);
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
