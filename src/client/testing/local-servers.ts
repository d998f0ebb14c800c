import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import net from 'node:net';

/**
 * Test support for the client's tests: transport-level behaviour a real sandbox cannot be made to
 * produce on demand (a 429, a reset connection, a lost answer). Everything else is tested against
 * the simulator. Servers listen on 127.0.0.1, port 0.
 */
export interface LocalServer {
  baseUrl: string;
  port: number;
  /** Requests received, in order (the body as text). */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string; at: number }[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage & { body: string }, res: ServerResponse, index: number) => void;

export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, at: performance.now() });
      handler(Object.assign(req, { body }), res, requests.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with the connectFi success envelope. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export const ok = (data: unknown) => ({ code: '0', data, requestId: '0123456789abcdef0123456789abcdef' });

export interface DroppingProxy {
  baseUrl: string;
  /** Answers the proxy swallowed: the upstream processed these requests, the client never saw the result. */
  dropped: string[];
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of `upstream` that forwards every request, but for the first request whose
 * request line starts with `dropFirst` (e.g. "POST /ibis/financial/funds-credit") waits for the
 * upstream's answer and then closes the client connection without passing it on: the write
 * happened, its answer was lost.
 */
export async function startDroppingProxy(upstream: string, dropFirst: string): Promise<DroppingProxy> {
  const target = new URL(upstream);
  const dropped: string[] = [];
  const sockets = new Set<net.Socket>();
  let armed = true;
  const server = net.createServer((client) => {
    const up = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(up);
    let dropNextAnswer = false;
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (armed && text.startsWith(dropFirst)) {
        armed = false;
        dropNextAnswer = true;
        dropped.push(text.split('\r\n')[0]);
      }
      up.write(chunk);
    });
    up.on('data', (chunk: Buffer) => {
      if (dropNextAnswer) {
        client.destroy();
        up.destroy();
      } else client.write(chunk);
    });
    const end = () => {
      client.destroy();
      up.destroy();
    };
    client.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nobody listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
