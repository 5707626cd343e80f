/** A small HTTP server on 127.0.0.1 for the bench pages, their scripts and the generated data. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Resource {
  type: string;
  body: string | Buffer | (() => string | Buffer);
}

export interface BenchServer {
  origin: string;
  /** Adds or replaces what a path serves. */
  set(path: string, resource: Resource): void;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const resources = new Map<string, Resource>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const resource = resources.get(path);
    if (!resource) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    try {
      const body = typeof resource.body === 'function' ? resource.body() : resource.body;
      // Extension pages fetch the generated data from here too.
      res.writeHead(200, { 'content-type': resource.type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (path, resource) => void resources.set(path, resource),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
