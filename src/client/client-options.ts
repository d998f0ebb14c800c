import { ConfigurationError } from '../errors.ts';
import type { Exchange } from './exchange.ts';
import type { Clock } from './rate-limiter.ts';

/** The unredacted parts of an exchange, as sent and received (`onExchange`). */
export interface RawExchange {
  requestBody: unknown;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
}

export interface ClientOptions {
  /** e.g. "https://sandbox.example.com" or "http://127.0.0.1:4010"; a path prefix is kept. */
  baseUrl: string;
  /** A ready x-connectfi-token (CONNECTFI_TOKEN). */
  token?: string;
  /** Credentials for /auth/get-token (CONNECTFI_LOGIN, CONNECTFI_PASSWORD). */
  login?: string;
  password?: string;
  /** Per request (each attempt), from sending to the last byte of the answer. Default 30 000. */
  timeoutMs?: number;
  /** Requests per second, shared by every call of this client. Default: no limit. */
  rateLimit?: number;
  /** Retries after a network error (where safe) and after a 429. Default 2. */
  retries?: number;
  /** Default "connectfi-conformance/<version>". */
  userAgent?: string;
  /**
   * Called with every exchange (every attempt), already redacted, and with the unredacted request
   * and response for checks that must see the real answer (a masked PAN no longer matches its
   * schema), and to read ids without redacting a record nobody else may read. Never record `raw`.
   */
  onExchange?: (exchange: Exchange, raw: RawExchange) => void;
  /** Longest Retry-After honoured; a longer one returns the 429 as it is. Default 60 000. */
  maxRetryAfterMs?: number;
  /** First backoff after a network error, doubled for each retry. Default 100. */
  retryBackoffMs?: number;
  /** Keep-alive connections to the target. Default 16. */
  connections?: number;
  /** For tests: the clock of the rate limiter and the backoffs. */
  clock?: Clock;
}

export interface ResolvedOptions extends Required<
  Pick<ClientOptions, 'timeoutMs' | 'retries' | 'userAgent' | 'maxRetryAfterMs' | 'retryBackoffMs'>
> {
  baseUrl: URL;
}

function invalid(field: string, value: unknown, expected: string): never {
  throw new ConfigurationError(
    'INVALID_OPTION',
    `client option ${field}: expected ${expected}, got ${JSON.stringify(value) ?? String(value)}`,
  );
}

function positive(field: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) invalid(field, value, 'a positive number');
  return value;
}

/** Checks every option up front and names the field and the value (docs/architecture.md, "Validate options early"). */
export function resolveOptions(options: ClientOptions, defaultUserAgent: string): ResolvedOptions {
  let baseUrl: URL;
  try {
    baseUrl = new URL(options.baseUrl);
  } catch {
    invalid('baseUrl', options.baseUrl, 'an http(s) URL');
  }
  if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') invalid('baseUrl', options.baseUrl, 'an http(s) URL');
  if (baseUrl.search || baseUrl.hash) invalid('baseUrl', options.baseUrl, 'a URL without query or fragment');
  const retries = options.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) invalid('retries', options.retries, 'an integer from 0 to 10');
  if (options.rateLimit !== undefined) positive('rateLimit', options.rateLimit, 0);
  if (options.connections !== undefined && (!Number.isInteger(options.connections) || options.connections < 1)) {
    invalid('connections', options.connections, 'a positive integer');
  }
  for (const field of ['token', 'login', 'password'] as const) {
    const v = options[field];
    if (v !== undefined && (typeof v !== 'string' || v === '')) invalid(field, field === 'login' ? v : '[REDACTED]', 'a non-empty string');
  }
  if ((options.login === undefined) !== (options.password === undefined)) {
    throw new ConfigurationError(
      'MISSING_CREDENTIALS',
      options.login === undefined
        ? 'a password is set but no login (CONNECTFI_LOGIN)'
        : `login "${options.login}" is set but no password (CONNECTFI_PASSWORD)`,
    );
  }
  return {
    baseUrl,
    timeoutMs: positive('timeoutMs', options.timeoutMs, 30_000),
    retries,
    userAgent: options.userAgent ?? defaultUserAgent,
    maxRetryAfterMs: positive('maxRetryAfterMs', options.maxRetryAfterMs, 60_000),
    retryBackoffMs: positive('retryBackoffMs', options.retryBackoffMs, 100),
  };
}
