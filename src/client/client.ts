import { getOperation } from '../api/index.ts';
import type { CallResult } from './call-result.ts';
import type { ClientOptions } from './client-options.ts';
import { createContext, requireToken, type InFlightRequest } from './client-context.ts';
import { executeCall } from './execute-call.ts';
import { fetchToken } from './fetch-token.ts';
import type { DataOf, OperationKey, RequestOf } from './operation-types.ts';
import { AUTH_OPERATION, type CallOptions, prepareCall, prepareRequest, type RequestOptions } from './prepared-request.ts';
import { redact } from './redact.ts';

export type { CallOptions, RequestOptions } from './prepared-request.ts';
export type { InFlightRequest } from './client-context.ts';

/**
 * The typed connectFi client. Its parts, one job each: options and shared state
 * (client-context.ts), the token (token-source.ts, fetch-token.ts), the request to send
 * (prepared-request.ts), one attempt and its record (send-attempt.ts over transport.ts), the
 * attempts of a call (execute-call.ts, with retry-policy.ts and recovery.ts).
 */
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
  /** The requests sent and not yet answered: how many, and the oldest (for a run's progress line). */
  inFlight(): { count: number; oldest?: InFlightRequest };
  close(): Promise<void>;
}

export function createClient(options: ClientOptions): ConnectFiClient {
  const ctx = createContext(options, fetchToken);
  const secrets = () => [...ctx.known];
  return {
    baseUrl: ctx.baseUrl,
    call: (operation, input, call = {}) =>
      executeCall(ctx, prepareCall(operation, input, call, getOperation(operation).operation !== AUTH_OPERATION)),
    op<K extends OperationKey>(operation: K, input: RequestOf<K>, call: CallOptions = {}) {
      return executeCall(ctx, prepareCall(operation, input, call, operation !== AUTH_OPERATION)) as Promise<CallResult<DataOf<K>>>;
    },
    request: (method, path, body, headers = {}, request = {}) => executeCall(ctx, prepareRequest(method, path, body, headers, request)),
    getToken: () => requireToken(ctx),
    secrets,
    redact: (value) => redact(value, { secrets: secrets() }),
    inFlight: () => ({ count: ctx.inFlight.size, oldest: ctx.inFlight.values().next().value }),
    close: () => ctx.transport.close(),
  };
}
