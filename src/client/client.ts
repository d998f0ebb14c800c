import { ConfigurationError, TransportError } from '../errors.ts';
import { ROOT, concretePath, findOperation, getOperation, readJson } from '../api/index.ts';
import { type CallResult, bodyCode, bodyRequestId, parseBody, toResult } from './call-result.ts';
import { type ClientOptions, resolveOptions } from './client-options.ts';
import { type Exchange, TOKEN_HEADER, recordExchange } from './exchange.ts';
import type { DataOf, OperationKey, RequestOf } from './operation-types.ts';
import { RateLimiter, parseRetryAfter, realClock } from './rate-limiter.ts';
import { redact } from './redact.ts';
import { recoverByReference } from './recovery.ts';
import { type RetryClass, neverSent, referenceRule, retryClass } from './retry-policy.ts';
import { TokenSource } from './token-source.ts';
import { NetworkFailure, type RawResponse, Transport } from './transport.ts';

export interface CallOptions {
  signal?: AbortSignal;
  /** Extra request headers; null removes a default one (e.g. content-type); undefined is ignored. */
  headers?: Record<string, string | null | undefined>;
}

export interface RequestOptions extends CallOptions {
  /** Send the client's token (default false: raw requests are for unauthenticated probes). */
  auth?: boolean;
}

export interface ConnectFiClient {
  readonly baseUrl: string;
  /** Calls a documented operation with a body (or, for GET application, path parameters). */
  call(operation: string, input?: unknown, options?: CallOptions): Promise<CallResult>;
  /** `call`, typed from generated/types.ts. */
  op<K extends OperationKey>(operation: K, input: RequestOf<K>, options?: CallOptions): Promise<CallResult<DataOf<K>>>;
  /** A raw request: a string body is sent verbatim, anything else as JSON; no token unless `auth`. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string | null | undefined>,
    options?: RequestOptions,
  ): Promise<CallResult>;
  /** The current token, logging in when needed. */
  getToken(): Promise<string>;
  /** Every secret the client knows (password, tokens), for redacting reports. */
  secrets(): string[];
  /** Redacts a value with this client's secrets. */
  redact<T>(value: T): T;
  close(): Promise<void>;
}

interface Prepared {
  operation: string | null;
  method: string;
  path: string;
  payload: string | undefined;
  recordedBody: unknown;
  headers: Record<string, string | null | undefined>;
  auth: boolean;
  retryClass: RetryClass;
  body: unknown;
  signal?: AbortSignal;
}

const VERSION = readJson<{ version: string }>(`${ROOT}/package.json`).version;
const AUTH_OPERATION = '/auth/get-token';

export function createClient(options: ClientOptions): ConnectFiClient {
  const opts = resolveOptions(options, `connectfi-conformance/${VERSION}`);
  const baseUrl = opts.baseUrl.href.replace(/\/+$/, '');
  const clock = options.clock ?? realClock;
  const limiter = new RateLimiter(options.rateLimit, clock);
  const transport = new Transport(opts.baseUrl, { connections: options.connections, connectTimeoutMs: Math.min(opts.timeoutMs, 10_000) });
  const known = new Set<string>([options.token, options.password].filter((s): s is string => !!s));
  const secrets = () => [...known];

  const login = options.login !== undefined ? () => fetchToken(options.login!, options.password!) : undefined;
  const tokens = new TokenSource(options.token, login);

  async function fetchToken(user: string, password: string): Promise<string> {
    const res = await execute(prepare(AUTH_OPERATION, { user: { login: user, password } }, {}, false));
    const token = res.ok ? (res.data as { token?: unknown }).token : undefined;
    if (res.ok && typeof token === 'string' && token !== '') {
      known.add(token);
      return token;
    }
    const detail = `HTTP ${res.status}${res.error ? ` ${res.error.code}` : ''}${res.error?.message ? ` "${res.error.message}"` : ''}`;
    if (res.status >= 400 && res.status < 500) {
      throw new ConfigurationError(
        'AUTH_REFUSED',
        `authentication refused by ${baseUrl}: ${detail} for login "${user}" (check CONNECTFI_LOGIN and CONNECTFI_PASSWORD)`,
      );
    }
    throw new TransportError('AUTH_UNAVAILABLE', `cannot obtain a token from ${baseUrl}/auth/get-token: ${detail}`);
  }

  function prepare(operation: string, input: unknown, call: CallOptions, auth: boolean): Prepared {
    const spec = getOperation(operation);
    const params = spec.requestIn === 'path' ? ((input ?? {}) as Record<string, string>) : {};
    const hasBody = spec.method !== 'GET';
    return {
      operation: spec.operation,
      method: spec.method,
      path: concretePath(spec, params),
      payload: hasBody ? JSON.stringify(input ?? {}) : undefined,
      recordedBody: hasBody ? (input ?? {}) : undefined,
      headers: call.headers ?? {},
      auth,
      retryClass: retryClass(spec.operation, spec.method, input),
      body: input,
      signal: call.signal,
    };
  }

  function headersFor(prep: Prepared, token: string | undefined): Record<string, string> {
    const h: Record<string, string | null> = { accept: 'application/json', 'user-agent': opts.userAgent };
    if (prep.payload !== undefined) h['content-type'] = 'application/json';
    if (token !== undefined) h[TOKEN_HEADER] = token;
    for (const [k, v] of Object.entries(prep.headers)) if (v !== undefined) h[k.toLowerCase()] = v;
    return Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== null));
  }

  async function sendOnce(prep: Prepared, attempt: number, token: string | undefined, exchanges: Exchange[]) {
    await limiter.acquire(prep.signal);
    const headers = headersFor(prep, token);
    const startedAt = new Date();
    const t0 = performance.now();
    let raw: RawResponse | undefined;
    let failure: NetworkFailure | undefined;
    try {
      raw = await transport.send({
        method: prep.method,
        path: prep.path,
        headers,
        body: prep.payload,
        timeoutMs: opts.timeoutMs,
        signal: prep.signal,
      });
    } catch (err) {
      if (!(err instanceof NetworkFailure)) throw err;
      failure = err;
    }
    const body = raw ? parseBody(raw.text) : null;
    const exchange = recordExchange(
      {
        operation: prep.operation,
        method: prep.method,
        url: transport.url(prep.path),
        requestHeaders: headers,
        requestBody: prep.recordedBody,
        status: raw?.status ?? null,
        responseHeaders: raw?.headers ?? {},
        responseBody: body,
        requestId: bodyRequestId(body),
        durationMs: Math.round(performance.now() - t0),
        startedAt: startedAt.toISOString(),
        attempt,
        ...(failure ? { error: `${failure.networkCode}: ${failure.message}` } : {}),
      },
      secrets(),
    );
    exchanges.push(exchange);
    options.onExchange?.(exchange, { requestBody: prep.recordedBody, responseHeaders: raw?.headers ?? {}, responseBody: body });
    if (failure) throw failure;
    return { raw: raw!, body, exchange };
  }

  function transportError(prep: Prepared, failure: NetworkFailure, attempts: number, retried: boolean): TransportError {
    const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
    if (failure.networkCode === 'TIMEOUT') {
      return new TransportError('TIMEOUT', `no answer from ${transport.url(prep.path)} within ${opts.timeoutMs} ms (${tries})`, failure);
    }
    const why =
      !retried && prep.retryClass === 'unsafe' && !neverSent(failure.networkCode)
        ? `; not retried: ${prep.operation ?? prep.path} is not idempotent and the request may have reached the server`
        : ` (${tries})`;
    return new TransportError('UNREACHABLE', `cannot reach ${baseUrl}: ${failure.networkCode}${why}`, failure);
  }

  async function execute(prep: Prepared): Promise<CallResult> {
    const t0 = performance.now();
    const exchanges: Exchange[] = [];
    let attempts = 0;
    let networkRetries = 0;
    let rateRetries = 0;
    let refreshed = false;
    let answerLost = false;
    for (;;) {
      let token: string | undefined;
      if (prep.auth) {
        token = await tokens.get();
        if (token === undefined) {
          throw new ConfigurationError(
            'MISSING_CREDENTIALS',
            `no credentials for ${baseUrl}: set CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD`,
          );
        }
      }
      attempts++;
      let sent: Awaited<ReturnType<typeof sendOnce>>;
      try {
        sent = await sendOnce(prep, attempts, token, exchanges);
      } catch (err) {
        if (!(err instanceof NetworkFailure)) throw err;
        const safe = prep.retryClass !== 'unsafe' || neverSent(err.networkCode);
        if (!safe || networkRetries >= opts.retries) throw transportError(prep, err, attempts, networkRetries > 0);
        if (!neverSent(err.networkCode)) answerLost = true;
        await clock.sleep(opts.retryBackoffMs * 2 ** networkRetries, prep.signal);
        networkRetries++;
        continue;
      }
      const { raw, body, exchange } = sent;
      if (raw.status === 429 && rateRetries < opts.retries) {
        const waitMs = parseRetryAfter(raw.headers['retry-after']) ?? 1000;
        if (waitMs <= opts.maxRetryAfterMs) {
          limiter.pause(waitMs);
          rateRetries++;
          continue;
        }
      }
      if (raw.status === 401 && prep.auth && !refreshed && tokens.canRefresh && bodyCode(body) === 'unauthorized') {
        refreshed = true;
        await tokens.refresh(token);
        continue;
      }
      const base = {
        operation: prep.operation,
        status: raw.status,
        headers: raw.headers,
        requestId: bodyRequestId(body),
        durationMs: 0,
        exchange,
        exchanges,
        attempts,
      };
      let result = toResult(base, body);
      const rule = referenceRule(prep.operation, prep.body);
      if (answerLost && rule && raw.status === 400 && bodyCode(body) === 'referenceExists') {
        result = await recoverByReference(result, rule, prep.body, (operation, input) =>
          execute(prepare(operation, input, { signal: prep.signal }, true)),
        );
      }
      result.durationMs = Math.round(performance.now() - t0);
      return result;
    }
  }

  return {
    baseUrl,
    call: (operation, input, call = {}) => execute(prepare(operation, input, call, getOperation(operation).operation !== AUTH_OPERATION)),
    op<K extends OperationKey>(operation: K, input: RequestOf<K>, call: CallOptions = {}) {
      return execute(prepare(operation, input, call, operation !== AUTH_OPERATION)) as Promise<CallResult<DataOf<K>>>;
    },
    request(method, path, body, headers = {}, request = {}) {
      const spec = findOperation(path.replace(/\?.*$/, ''));
      const upper = method.toUpperCase();
      const operation = spec && spec.operation === path && spec.method === upper ? spec.operation : null;
      return execute({
        operation,
        method: upper,
        path,
        payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        recordedBody: body,
        headers,
        auth: request.auth ?? false,
        retryClass: retryClass(operation, upper, body),
        body,
        signal: request.signal,
      });
    },
    async getToken() {
      const token = await tokens.get();
      if (token === undefined)
        throw new ConfigurationError(
          'MISSING_CREDENTIALS',
          `no credentials for ${baseUrl}: set CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD`,
        );
      return token;
    },
    secrets,
    redact: (value) => redact(value, { secrets: secrets() }),
    close: () => transport.close(),
  };
}
