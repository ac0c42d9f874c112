/** A test server on the loopback address: pages and scripts by path, and every request it was asked for. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  status?: number;
  type?: string;
  body: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** `host path` of every request received (the Host header says which mapped host it was meant for). */
  hits: string[];
  close(): Promise<void>;
}

/** `routes` by path (`/banner.html`) or by `host/path` for a third party mapped here (`www.google-analytics.com/ga.js`). */
export async function startServer(routes: Record<string, Served | ((request: IncomingMessage) => Served)>): Promise<TestServer> {
  const hits: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', 'http://x');
    hits.push(`${host} ${url.pathname}`);
    const route = routes[`${host}${url.pathname}`] ?? routes[url.pathname];
    const served = typeof route === 'function' ? route(request) : route;
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(served.status ?? 200, { 'content-type': served.type ?? 'text/html; charset=utf-8', ...(served.headers ?? {}) }).end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
