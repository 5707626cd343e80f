/**
 * An HTTP proxy on 127.0.0.1 that forwards nothing: the browsers under test send every
 * non-loopback request to it, it records the target and refuses. Saved real pages reference
 * remote scripts and fonts; this keeps them off the network and shows whether anything else
 * (the extension above all) tried to go out.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** Every target asked for so far (`http://host/path` or `host:port` for tunnels), in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('Blocked: tests never use the network');
  });
  server.on('connect', (req, socket) => {
    requests.push(req.url ?? '?');
    // A tunnel socket is ours alone (Node's server no longer watches it): a browser that resets
    // the refused tunnel before reading the refusal is expected, and already recorded above.
    socket.on('error', () => socket.destroy());
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
