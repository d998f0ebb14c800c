import { bodyRequestId, parseBody } from './call-result.ts';
import type { ClientContext } from './client-context.ts';
import { type Exchange, recordExchange } from './exchange.ts';
import { type Prepared, requestHeaders } from './prepared-request.ts';
import { NetworkFailure, type RawResponse } from './transport.ts';

/** One attempt's answer: the raw response, its parsed body, and its record. */
export interface Sent {
  raw: RawResponse;
  body: unknown;
  exchange: Exchange;
}

/**
 * One attempt of a call: waits for the rate limiter, sends, and records the exchange (redacted with
 * every secret known) into `exchanges` and to `onExchange`, answered or not. Throws the
 * NetworkFailure, once recorded, when no answer came.
 */
export async function sendAttempt(
  ctx: ClientContext,
  prep: Prepared,
  attempt: number,
  token: string | undefined,
  exchanges: Exchange[],
): Promise<Sent> {
  await ctx.limiter.acquire(prep.signal);
  const headers = requestHeaders(prep, token, ctx.opts.userAgent);
  const startedAt = new Date();
  const t0 = performance.now();
  let raw: RawResponse | undefined;
  let failure: NetworkFailure | undefined;
  const flight = { method: prep.method, path: prep.path, startedAt: startedAt.getTime(), attempt };
  ctx.inFlight.add(flight);
  try {
    raw = await ctx.transport.send({
      method: prep.method,
      path: prep.path,
      headers,
      body: prep.payload,
      timeoutMs: ctx.opts.timeoutMs,
      signal: prep.signal,
    });
  } catch (err) {
    if (!(err instanceof NetworkFailure)) throw err;
    failure = err;
  } finally {
    ctx.inFlight.delete(flight);
  }
  const body = raw ? parseBody(raw.text) : null;
  const exchange = recordExchange(
    {
      operation: prep.operation,
      method: prep.method,
      url: ctx.transport.url(prep.path),
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
    [...ctx.known],
  );
  exchanges.push(exchange);
  ctx.onExchange?.(exchange, { requestBody: prep.recordedBody, responseHeaders: raw?.headers ?? {}, responseBody: body });
  if (failure) throw failure;
  return { raw: raw!, body, exchange };
}
