import { TransportError } from '../errors.ts';
import { type CallResult, bodyCode, bodyRequestId, toResult } from './call-result.ts';
import { type ClientContext, requireToken } from './client-context.ts';
import type { Exchange } from './exchange.ts';
import { prepareCall, type Prepared } from './prepared-request.ts';
import { parseRetryAfter } from './rate-limiter.ts';
import { recoverByReference } from './recovery.ts';
import { neverSent, referenceRule } from './retry-policy.ts';
import { sendAttempt, type Sent } from './send-attempt.ts';
import { NetworkFailure } from './transport.ts';

/** What one call has done so far, across its attempts. */
interface CallState {
  t0: number;
  exchanges: Exchange[];
  attempts: number;
  networkRetries: number;
  rateRetries: number;
  refreshed: boolean;
  /** An attempt may have reached the server and its answer was lost (a retry may meet referenceExists). */
  answerLost: boolean;
}

function transportError(ctx: ClientContext, prep: Prepared, failure: NetworkFailure, attempts: number, retried: boolean): TransportError {
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`;
  if (failure.networkCode === 'TIMEOUT') {
    return new TransportError(
      'TIMEOUT',
      `no answer from ${ctx.transport.url(prep.path)} within ${ctx.opts.timeoutMs} ms (${tries})`,
      failure,
    );
  }
  const why =
    !retried && prep.retryClass === 'unsafe' && !neverSent(failure.networkCode)
      ? `; not retried: ${prep.operation ?? prep.path} is not idempotent and the request may have reached the server`
      : ` (${tries})`;
  return new TransportError('UNREACHABLE', `cannot reach ${ctx.baseUrl}: ${failure.networkCode}${why}`, failure);
}

/**
 * No answer: waits out the backoff before a retry where the retry policy allows one
 * (src/client/retry-policy.ts), else throws the TransportError that ends the call.
 */
async function backOffOrThrow(ctx: ClientContext, prep: Prepared, failure: NetworkFailure, state: CallState): Promise<void> {
  const safe = prep.retryClass !== 'unsafe' || neverSent(failure.networkCode);
  if (!safe || state.networkRetries >= ctx.opts.retries) throw transportError(ctx, prep, failure, state.attempts, state.networkRetries > 0);
  if (!neverSent(failure.networkCode)) state.answerLost = true;
  await ctx.clock.sleep(ctx.opts.retryBackoffMs * 2 ** state.networkRetries, prep.signal);
  state.networkRetries++;
}

/** An answer to send again after: a 429 whose Retry-After is honoured, or a first 401 unauthorized (the token is refreshed). */
async function answerToRetry(
  ctx: ClientContext,
  prep: Prepared,
  sent: Sent,
  token: string | undefined,
  state: CallState,
): Promise<boolean> {
  const { raw, body } = sent;
  if (raw.status === 429 && state.rateRetries < ctx.opts.retries) {
    const waitMs = parseRetryAfter(raw.headers['retry-after']) ?? 1000;
    if (waitMs <= ctx.opts.maxRetryAfterMs) {
      ctx.limiter.pause(waitMs);
      state.rateRetries++;
      return true;
    }
  }
  if (raw.status === 401 && prep.auth && !state.refreshed && ctx.tokens.canRefresh && bodyCode(body) === 'unauthorized') {
    state.refreshed = true;
    await ctx.tokens.refresh(token);
    return true;
  }
  return false;
}

/** The call's result from its last answer; a referenceExists after a lost answer is recovered (src/client/recovery.ts). */
async function result(ctx: ClientContext, prep: Prepared, sent: Sent, state: CallState): Promise<CallResult> {
  const { raw, body, exchange } = sent;
  const base = {
    operation: prep.operation,
    status: raw.status,
    headers: raw.headers,
    requestId: bodyRequestId(body),
    durationMs: 0,
    exchange,
    exchanges: state.exchanges,
    attempts: state.attempts,
  };
  let out = toResult(base, body);
  const rule = referenceRule(prep.operation, prep.body);
  if (state.answerLost && rule && raw.status === 400 && bodyCode(body) === 'referenceExists') {
    out = await recoverByReference(out, rule, prep.body, (operation, input) =>
      executeCall(ctx, prepareCall(operation, input, { signal: prep.signal }, true)),
    );
  }
  out.durationMs = Math.round(performance.now() - state.t0);
  return out;
}

/**
 * One call, attempt after attempt: the token (logging in when needed), retries after a network
 * error where safe, after a 429 (Retry-After) and after a first 401 (token refresh), and recovery
 * by reference. Any HTTP answer is a result; only "could not run" throws.
 */
export async function executeCall(ctx: ClientContext, prep: Prepared): Promise<CallResult> {
  const state: CallState = {
    t0: performance.now(),
    exchanges: [],
    attempts: 0,
    networkRetries: 0,
    rateRetries: 0,
    refreshed: false,
    answerLost: false,
  };
  for (;;) {
    const token = prep.auth ? await requireToken(ctx) : undefined;
    state.attempts++;
    let sent: Sent;
    try {
      sent = await sendAttempt(ctx, prep, state.attempts, token, state.exchanges);
    } catch (err) {
      if (!(err instanceof NetworkFailure)) throw err;
      await backOffOrThrow(ctx, prep, err, state);
      continue;
    }
    if (!(await answerToRetry(ctx, prep, sent, token, state))) return result(ctx, prep, sent, state);
  }
}
