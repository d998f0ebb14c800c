import { concretePath, findOperation, getOperation } from '../api/index.ts';
import { TOKEN_HEADER } from './exchange.ts';
import { type RetryClass, retryClass } from './retry-policy.ts';

/** The login operation: called without a token. */
export const AUTH_OPERATION = '/auth/get-token';

export interface CallOptions {
  signal?: AbortSignal;
  /**
   * false: the call replays a reference on purpose, so a referenceExists after a lost answer is the
   * answer expected, not one to recover (recovery.ts). Default true.
   */
  recover?: boolean;
  /** Extra request headers; null removes a default one (e.g. content-type); undefined is ignored. */
  headers?: Record<string, string | null | undefined>;
}

export interface RequestOptions extends CallOptions {
  /** Send the client's token (default false: raw requests are for unauthenticated probes). */
  auth?: boolean;
}

/** A call made ready to send (and to send again): what goes on the wire and how it may be retried. */
export interface Prepared {
  operation: string | null;
  method: string;
  path: string;
  payload: string | undefined;
  recordedBody: unknown;
  headers: Record<string, string | null | undefined>;
  auth: boolean;
  retryClass: RetryClass;
  body: unknown;
  /** Recover a referenceExists met after a lost answer (CallOptions.recover). */
  recover: boolean;
  signal?: AbortSignal;
}

/** A documented operation with its body (or, for GET application, its path parameters). */
export function prepareCall(operation: string, input: unknown, call: CallOptions, auth: boolean): Prepared {
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
    recover: call.recover ?? true,
    signal: call.signal,
  };
}

/** A raw request: a string body is sent verbatim, anything else as JSON. */
export function prepareRequest(
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string | null | undefined>,
  request: RequestOptions,
): Prepared {
  const spec = findOperation(path.replace(/\?.*$/, ''));
  const upper = method.toUpperCase();
  const operation = spec && spec.operation === path && spec.method === upper ? spec.operation : null;
  return {
    operation,
    method: upper,
    path,
    payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    recordedBody: body,
    headers,
    auth: request.auth ?? false,
    retryClass: retryClass(operation, upper, body),
    body,
    recover: request.recover ?? true,
    signal: request.signal,
  };
}

/** The headers of one attempt: the defaults, the token, then the caller's (null removes one). */
export function requestHeaders(prep: Prepared, token: string | undefined, userAgent: string): Record<string, string> {
  const h: Record<string, string | null> = { accept: 'application/json', 'user-agent': userAgent };
  if (prep.payload !== undefined) h['content-type'] = 'application/json';
  if (token !== undefined) h[TOKEN_HEADER] = token;
  for (const [k, v] of Object.entries(prep.headers)) if (v !== undefined) h[k.toLowerCase()] = v;
  return Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== null));
}
