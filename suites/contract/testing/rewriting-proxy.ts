import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP proxy in front of a real provider that rewrites chosen responses: a faulty
 * provider variant for showing that verification catches it, without touching the simulator.
 */
export interface ProxiedExchange {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/** Returns a replacement body, or undefined to pass the response through unchanged. */
export type Rewrite = (exchange: ProxiedExchange) => unknown;

export interface RewritingProxy {
  baseUrl: string;
  /** How many responses were rewritten. */
  rewritten(): number;
  close(): Promise<void>;
}

export async function startRewritingProxy(targetBaseUrl: string, rewrite: Rewrite): Promise<RewritingProxy> {
  let count = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    // relay answers 502 itself when the forward fails.
    const relay = async () => {
      try {
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k)),
        ) as Record<string, string>;
        const upstream = await fetch(`${targetBaseUrl}${req.url}`, {
          method: req.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
        });
        let text = await upstream.text();
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
        const replaced = rewrite({
          method: req.method ?? 'GET',
          path: (req.url ?? '/').split('?')[0],
          status: upstream.status,
          body: parsed,
        });
        if (replaced !== undefined) {
          count++;
          text = JSON.stringify(replaced);
        }
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
        res.end(text);
      } catch (err) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(err));
      }
    };
    req.on('end', () => void relay());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    rewritten: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
