/** Starts the HTTP server on a port (see createApp for the routes). */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/types.js';
import { createApp, type AppOptions } from './app.js';

export { createApp, upload, type AppOptions, type UploadResult } from './app.js';

/** Host names that mean the loopback interface. */
const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/**
 * Listens on host:port (port 0 picks a free one). On the loopback the Host header must name
 * the loopback too (a DNS-rebinding defence); on other interfaces any host is accepted.
 */
export function startServer(store: Store, opts: { port?: number; host?: string } & AppOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const allowedHosts = opts.allowedHosts !== undefined ? opts.allowedHosts : LOOPBACK.includes(host) ? LOOPBACK : null;
  const app = createApp(store, { ...opts, allowedHosts });
  return new Promise((resolve, reject) => {
    // HEAD is answered as GET without a body, keeping every header (the adapter's own HEAD path
    // dropped the security headers).
    const fetch = async (req: Request): Promise<Response> => {
      if (req.method !== 'HEAD') return app.fetch(req);
      const res = await app.fetch(new Request(req.url, { method: 'GET', headers: req.headers }));
      return new Response(null, { status: res.status, headers: res.headers });
    };
    const server = serve({ fetch, port: opts.port ?? 0, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((res, rej) => {
            server.close((err) => (err ? rej(err) : res()));
            // Idle keep-alive connections would hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
