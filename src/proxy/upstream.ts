import net from 'node:net';
import type { Readable } from 'node:stream';
import { Pool } from 'undici';

/**
 * The app's side can abort the upstream request: undici hands over its abort function once the
 * request is dispatched. (A plain object: an AbortController and its signal per request cost about
 * 50 µs of the proxy's CPU per exchange on a small machine.)
 */
export interface Abortable {
  aborted: boolean;
  abort?: (err: Error) => void;
}

export interface Forwarded {
  status: number;
  /** Names and values as the upstream sent them (case and order kept). */
  rawHeaders: string[];
  body: Buffer;
}

export interface ForwardOptions {
  method: string;
  /** The request target as the app sent it, query included (the upstream's path prefix is added). */
  url: string;
  headers: string[];
  body: Buffer | Readable | null;
}

/** The upstream end of the relay: keep-alive connections to one origin (undici Pool). */
export class Upstream {
  readonly origin: string;
  private readonly prefix: string;
  private readonly pool: Pool;

  /** `base`: scheme, host, port; a path prefix is kept. */
  constructor(base: URL) {
    this.origin = base.origin;
    this.prefix = base.pathname.replace(/\/+$/, '');
    // No timeouts of its own: the app decides when it gives up, and the proxy follows.
    this.pool = new Pool(base.origin, { connections: 128, headersTimeout: 0, bodyTimeout: 0, keepAliveTimeout: 10_000 });
  }

  /**
   * One request upstream through undici's dispatcher API: the raw response headers (case and order
   * as sent) and the body as one Buffer, without the stream machinery of `request` (the proxy
   * buffers every answer anyway, to validate it).
   */
  forward(options: ForwardOptions, abortable: Abortable): Promise<Forwarded> {
    return new Promise((resolve, reject) => {
      let status = 0;
      let rawHeaders: string[] = [];
      const chunks: Buffer[] = [];
      this.pool.dispatch(
        { method: options.method, path: this.prefix + options.url, headers: options.headers, body: options.body },
        {
          onConnect(abort) {
            if (abortable.aborted) abort(new Error('aborted by the client'));
            else abortable.abort = abort;
          },
          onHeaders(statusCode, headers) {
            status = statusCode;
            rawHeaders = (headers ?? []).map((h) => h.toString('latin1'));
            return true;
          },
          onData(chunk) {
            chunks.push(chunk);
            return true;
          },
          onComplete() {
            resolve({ status, rawHeaders, body: Buffer.concat(chunks) });
          },
          onError(err) {
            reject(err);
          },
        },
      );
    });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * Whether the upstream accepts a connection: undefined when it does, else why not (ECONNREFUSED,
 * ENOTFOUND, a timeout). A TCP connection only: nothing is sent that the upstream would have to
 * answer or could count.
 */
export function probeUpstream(base: URL, timeoutMs = 3000): Promise<string | undefined> {
  const port = Number(base.port) || (base.protocol === 'https:' ? 443 : 80);
  const host = base.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (problem: string | undefined) => {
      socket.destroy();
      resolve(problem);
    };
    socket.setTimeout(timeoutMs, () => done(`no connection within ${timeoutMs} ms`));
    socket.once('connect', () => done(undefined));
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code ?? err.message));
  });
}
