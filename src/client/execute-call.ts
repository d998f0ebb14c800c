import { TransportError } from '../errors.ts';
import { type CallResult, bodyCode, bodyRequestId, toResult } from './call-result.ts';
import { type ClientContext, requireToken } from './client-context.ts';
import type { Exchange } from './exchange.ts';
import { prepareCall, type Prepared } from './prepared-request.ts';
import { parseRetryAfter } from './rate-limiter.ts';
import { recoverByReference } from './recovery.ts';
import { decideRetry, isRetryableStatus, neverSent, referenceRule, type RetryDecision, type RetryLimits } from './retry-policy.ts';
import { sendAttempt, type Sent } from './send-attempt.ts';
import { NetworkFailure } from './transport.ts';

/** What one call has done so far, across its attempts. */
interface CallState {
  t0: number;
  exchanges: Exchange[];
  attempts: number;
  /** Retries made so far: after 429s (`rate`), after network errors and 5xx (`trouble`). */
  spent: { rate: number; trouble: number };
  refreshed: boolean;
  /** An attempt may have been applied and its answer lost (a retry may meet referenceExists). */
  mayHaveApplied: boolean;
}

/** The longest wait between two attempts after transport trouble, however many retries. */
const MAX_BACKOFF_MS = 2_000;

function limits(ctx: ClientContext): RetryLimits {
  const { retries, retryBackoffMs, maxRetryAfterMs } = ctx.opts;
  return { retries, backoffMs: retryBackoffMs, maxBackoffMs: Math.max(MAX_BACKOFF_MS, retryBackoffMs), maxRetryAfterMs };
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

/** Spends one retry of the decision's budget and waits it out: a 429 pauses every request of the client (rate-limiter.ts). */
async function waitToRetry(ctx: ClientContext, prep: Prepared, decision: RetryDecision, state: CallState): Promise<void> {
  state.spent[decision.budget]++;
  if (decision.mayHaveApplied) state.mayHaveApplied = true;
  if (decision.budget === 'rate') ctx.limiter.pause(decision.waitMs);
  else await ctx.clock.sleep(decision.waitMs, prep.signal);
}

/**
 * An answer to send again after: a 429 (Retry-After honoured), a 5xx where the request is safe to
 * repeat (retry-policy.ts), or a first 401 unauthorized (the token is refreshed).
 */
async function answerToRetry(
  ctx: ClientContext,
  prep: Prepared,
  sent: Sent,
  token: string | undefined,
  state: CallState,
): Promise<boolean> {
  const { raw, body } = sent;
  if (isRetryableStatus(raw.status)) {
    const trouble = { status: raw.status, retryAfterMs: parseRetryAfter(raw.headers['retry-after']) };
    const decision = decideRetry(prep.retryClass, trouble, state.spent, limits(ctx));
    if (!decision) return false;
    await waitToRetry(ctx, prep, decision, state);
    return true;
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
  if (state.mayHaveApplied && prep.recover && rule && raw.status === 400 && bodyCode(body) === 'referenceExists') {
    out = await recoverByReference(out, rule, prep.body, (operation, input) =>
      executeCall(ctx, prepareCall(operation, input, { signal: prep.signal }, true)),
    );
  }
  out.durationMs = Math.round(performance.now() - state.t0);
  return out;
}

/**
 * One call, attempt after attempt: the token (logging in when needed), retries after a network
 * error or a 5xx where safe, after a 429 (Retry-After) and after a first 401 (token refresh), and
 * recovery by reference. Any HTTP answer is a result; only "could not run" throws.
 */
export async function executeCall(ctx: ClientContext, prep: Prepared): Promise<CallResult> {
  const state: CallState = {
    t0: performance.now(),
    exchanges: [],
    attempts: 0,
    spent: { rate: 0, trouble: 0 },
    refreshed: false,
    mayHaveApplied: false,
  };
  for (;;) {
    const token = prep.auth ? await requireToken(ctx) : undefined;
    state.attempts++;
    let sent: Sent;
    try {
      sent = await sendAttempt(ctx, prep, state.attempts, token, state.exchanges);
    } catch (err) {
      if (!(err instanceof NetworkFailure)) throw err;
      const decision = decideRetry(prep.retryClass, { network: err.networkCode }, state.spent, limits(ctx));
      if (!decision) throw transportError(ctx, prep, err, state.attempts, state.spent.trouble > 0);
      await waitToRetry(ctx, prep, decision, state);
      continue;
    }
    if (!(await answerToRetry(ctx, prep, sent, token, state))) return result(ctx, prep, sent, state);
  }
}
