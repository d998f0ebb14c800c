import { Pool } from 'undici';
import { TransportError } from '../errors.ts';

/** One HTTP answer, body not yet parsed. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface SendOptions {
  method: string;
  /** Path below the base URL, e.g. "/ibis/card/status". */
  path: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * No answer arrived. `networkCode` is the system or undici code ("ECONNREFUSED", "ECONNRESET",
 * "TIMEOUT"...): the client decides from it whether a retry is safe and which TransportError to throw.
 */
export class NetworkFailure extends Error {
  constructor(
    readonly networkCode: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'NetworkFailure';
  }
}

// undici reports a peer that closed the socket mid-request as UND_ERR_SOCKET ("other side closed").
const CODE_LABELS: Record<string, string> = {
  UND_ERR_SOCKET: 'ECONNRESET',
  UND_ERR_HEADERS_TIMEOUT: 'TIMEOUT',
  UND_ERR_BODY_TIMEOUT: 'TIMEOUT',
};

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; cause?: unknown; errors?: unknown[] } | null;
  if (e && typeof e.code === 'string') return CODE_LABELS[e.code] ?? e.code;
  // Happy-eyeballs connects (localhost → ::1 and 127.0.0.1) fail with an AggregateError.
  if (e && Array.isArray(e.errors) && e.errors.length > 0) return errorCode(e.errors[0]);
  if (e && e.cause) return errorCode(e.cause);
  return 'ENETWORK';
}

/** A keep-alive connection pool to one origin (undici Pool). */
export class Transport {
  readonly origin: string;
  private readonly prefix: string;
  private readonly pool: Pool;

  constructor(baseUrl: URL, options: { connections?: number; connectTimeoutMs: number }) {
    this.origin = baseUrl.origin;
    this.prefix = baseUrl.pathname.replace(/\/+$/, '');
    this.pool = new Pool(this.origin, {
      connections: options.connections ?? 16,
      keepAliveTimeout: 10_000,
      connect: { timeout: options.connectTimeoutMs },
    });
  }

  url(path: string): string {
    return this.origin + this.prefix + path;
  }

  /**
   * Sends one request and reads the whole answer within `timeoutMs`. Throws NetworkFailure when no
   * complete answer arrived, or the caller's abort reason when the caller aborted.
   */
  async send(options: SendOptions): Promise<RawResponse> {
    const timer = new AbortController();
    const timeout = setTimeout(
      () => timer.abort(new NetworkFailure('TIMEOUT', `no answer within ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
    try {
      const response = await this.pool.request({
        path: this.prefix + options.path,
        method: options.method,
        headers: options.headers,
        body: options.body,
        signal,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
      const text = await response.body.text();
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      return { status: response.statusCode, headers, text };
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason ?? err;
      if (timer.signal.aborted) throw timer.signal.reason as NetworkFailure;
      const code = errorCode(err);
      if (/^(UND_ERR_INVALID_ARG|UND_ERR_NOT_SUPPORTED|ERR_INVALID_)/.test(code)) {
        // Not the network: this request cannot be sent at all (e.g. a header value with a line break).
        throw new TransportError('INVALID_REQUEST', `cannot send ${options.method} ${options.path}: ${(err as Error).message}`, err);
      }
      throw new NetworkFailure(code, (err as Error)?.message || code, err);
    } finally {
      clearTimeout(timeout);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Drops every connection now (used by tests and by a client closed mid-flight). */
  async destroy(): Promise<void> {
    await this.pool.destroy();
  }
}
