import fc from 'fast-check';
import type { ConnectFiClient } from '../client/client.ts';
import type { CallResult } from '../client/call-result.ts';
import { toCurl } from '../client/exchange.ts';
import { REDACTED } from '../client/redact.ts';
import { isRetryableStatus } from '../client/retry-policy.ts';
import { TransportError } from '../errors.ts';
import { getOperation, validateRequest, type OperationSpec } from '../api/index.ts';
import { bindBody, createResources, SetupError, type LiveFixtures } from './live-bindings.ts';
import { NULL_NOT_NULLABLE } from './leaf-mutations.ts';
import { confirmsMutation, invalidMutation, type Mutation, type MutationSpec } from './mutations.ts';
import { seedFor, toSeed } from './seed.ts';
import { validBody } from './valid-arbitrary.ts';

/**
 * The live property checks (README.md "Error envelope": connectFi validates with Ajv and
 * answers 400 requestValidateError with the Ajv errors as context):
 *   rejects-invalid: every generated mutation gets HTTP 400 requestValidateError whose context
 *                    contains the stated keyword at the stated instancePath;
 *   accepts-valid:   no generated valid body (ids, references bound to live values) is refused with
 *                    requestValidateError or a 5xx; other refusals are business rules, tallied apart.
 * A failure is shrunk by fast-check; each shrink candidate is first re-checked against the local
 * validator (fc.pre), so the minimal counterexample is still invalid (or valid) for the stated reason.
 */

export type PropertyKind = 'rejects-invalid' | 'accepts-valid';

export interface PropertyCheckOptions {
  client: ConnectFiClient;
  operation: string;
  kind: PropertyKind;
  runs: number;
  /** The run's seed (CONNECTFI_SEED); each operation and kind derives its own stream from it. */
  seed: string | number;
  fixtures: LiveFixtures;
  /** Fresh alphanumeric references (t.ref in the live suites). */
  ref?: (tag?: string) => string;
  log?: (line: string) => void;
  /** HTTP calls allowed while shrinking a failure (default 60). */
  shrinkBudget?: number;
}

export interface PropertyCheckResult {
  ok: boolean;
  operation: string;
  kind: PropertyKind;
  /** The fast-check seed of this check (replay: same run seed, or fc seed + path). */
  seed: number;
  numRuns: number;
  numShrinks: number;
  /** The minimal failing body, as sent (unredacted: for programs, not for reports). */
  counterexample?: unknown;
  /** The same, redacted by the client (a PIN becomes "[REDACTED]"), with the shape of each redacted value. */
  shownCounterexample?: unknown;
  redactedShapes?: string[];
  description?: string;
  expected?: unknown;
  actual?: unknown;
  curl?: string;
  /** Answers by class until the first failure: "accepted", "rejected as expected", a business refusal "<status> <code>[/<subCode>]", or "failed: ...". */
  outcomes: Record<string, number>;
  /** Could not run: a setup step was refused. */
  error?: string;
}

interface Failure {
  body: unknown;
  description: string;
  expected: unknown;
  actual: unknown;
  curl: string;
}

let localCounter = 0;
/** References for runs outside the live suites (tests): alphanumeric, unique, ≤ 32. */
export function localRef(tag = ''): string {
  localCounter += 1;
  return `pt${Date.now().toString(36)}${tag.replace(/[^0-9a-zA-Z]/g, '').slice(0, 8)}${localCounter.toString(36)}`.slice(0, 32);
}

function actualOf(r: CallResult): Record<string, unknown> {
  const context = r.error?.context;
  return {
    status: r.status,
    code: r.ok ? '0' : (r.error?.code ?? null),
    ...(r.error?.subCode ? { subCode: r.error.subCode } : {}),
    ...(context !== undefined ? { context } : {}),
  };
}

/** "5 characters, digits only": what a redacted value looked like, without the value. */
function shape(v: unknown): string {
  if (typeof v !== 'string') return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
  const kind = /^\d+$/.test(v) ? ', digits only' : /^[0-9A-Za-z]+$/.test(v) ? ', alphanumeric' : '';
  return `${[...v].length} character${[...v].length === 1 ? '' : 's'}${kind}`;
}

function redactedShapes(raw: unknown, shown: unknown, path = ''): string[] {
  if (shown === REDACTED && raw !== REDACTED) return [`${path || 'body'} = ${shape(raw)}`];
  if (raw === null || typeof raw !== 'object' || shown === null || typeof shown !== 'object') return [];
  return Object.keys(raw).flatMap((k) =>
    redactedShapes((raw as Record<string, unknown>)[k], (shown as Record<string, unknown>)[k], `${path}/${k}`),
  );
}

function outcomeClass(r: CallResult): string {
  if (r.ok) return 'accepted';
  return `${r.status} ${r.error?.code ?? '(no code)'}${r.error?.subCode ? `/${r.error.subCode}` : ''}`;
}

/**
 * Mutations that can reach a validator over HTTP. GET application: only a value that still names
 * a URL path segment (a pattern or length fault). A body: only a JSON object or array, since the
 * client sends no body for null and a JSON API's body parser may refuse a bare scalar before
 * validation (the docs say nothing about scalar bodies).
 */
function sendableSpec(op: OperationSpec): (m: MutationSpec) => boolean {
  if (op.requestIn === 'path') return (m) => m.instancePath !== '' && (m.keyword === 'pattern' || m.keyword === 'maxLength');
  return (m) => !(m.instancePath === '' && m.description.endsWith(NULL_NOT_NULLABLE));
}

function sendableBody(op: OperationSpec, body: unknown): boolean {
  if (op.requestIn !== 'path') return body !== null && typeof body === 'object';
  return Object.values(body as Record<string, unknown>).every((v) => typeof v === 'string' && v !== '' && v !== '.' && v !== '..');
}

export function judgeRejection(m: Mutation, r: CallResult): { ok: boolean; expected: unknown; actual: unknown } {
  const context = Array.isArray(r.error?.context) ? (r.error.context as { keyword?: unknown; instancePath?: unknown }[]) : [];
  const ok =
    r.status === 400 &&
    r.error?.code === 'requestValidateError' &&
    context.some((e) => e?.keyword === m.keyword && e?.instancePath === m.instancePath);
  return {
    ok,
    expected: { status: 400, code: 'requestValidateError', contextContains: { keyword: m.keyword, instancePath: m.instancePath } },
    actual: actualOf(r),
  };
}

export function judgeAcceptance(r: CallResult): { ok: boolean; expected: unknown; actual: unknown } {
  const ok = r.error?.code !== 'requestValidateError' && r.status < 500;
  return { ok, expected: 'not refused with requestValidateError (and no 5xx): a business refusal is fine', actual: actualOf(r) };
}

export async function runPropertyCheck(o: PropertyCheckOptions): Promise<PropertyCheckResult> {
  const op = getOperation(o.operation);
  const seed = seedFor(toSeed(o.seed), op.operation, o.kind);
  const log = o.log ?? (() => undefined);
  const env = { client: o.client, fixtures: o.fixtures, ref: o.ref ?? localRef };
  const base = { operation: op.operation, kind: o.kind, seed, numRuns: 0, numShrinks: 0 };
  const outcomes: Record<string, number> = {};
  log(`${op.operation} ${o.kind}: ${o.runs} cases, run seed ${o.seed}, fast-check seed ${seed}`);

  let resources = {};
  if (o.kind === 'accepts-valid') {
    try {
      resources = await createResources(op.operation, env);
    } catch (err) {
      if (!(err instanceof SetupError)) throw err;
      log(`could not run: ${err.message}; ${toCurl(err.result.exchange)}`);
      return { ...base, ok: false, outcomes, error: err.message };
    }
  }

  let last: Failure | undefined;
  let fatal: Error | undefined;
  let shrinkCalls = 0;
  let skipped = 0;
  const budget = o.shrinkBudget ?? 60;
  // After the first failure every call is a shrink attempt; past the budget, candidates count as
  // passing (no request sent), so fast-check stops at the last failure actually observed.
  const exhausted = () => fatal !== undefined || (last !== undefined && ++shrinkCalls > budget);

  // An invalid body the target has already answered gets the same validation answer again (README.md,
  // "Error envelope": validation depends on the body alone): fast-check may draw it twice, the
  // target sees it once.
  const answered = new Map<string, Failure | null>();
  const send = async (
    body: unknown,
    description: string,
    judge: (r: CallResult) => { ok: boolean; expected: unknown; actual: unknown },
  ) => {
    const key = o.kind === 'rejects-invalid' ? JSON.stringify(body) : undefined;
    if (key !== undefined && answered.has(key)) {
      const failure = answered.get(key)!;
      if (failure === null) return true;
      last = failure; // shrinking came back to a body that failed: it is again the latest failure
      return false;
    }
    try {
      const r = await o.client.call(op.operation, body);
      if (!isRetryableStatus(r.status)) {
        const verdict = judge(r);
        // Tallied until the first failure (shrinking would count the same case again and again).
        const cls = !verdict.ok ? `failed: ${outcomeClass(r)}` : o.kind === 'rejects-invalid' ? 'rejected as expected' : outcomeClass(r);
        if (last === undefined) outcomes[cls] = (outcomes[cls] ?? 0) + 1;
        if (!verdict.ok) last = { body, description, expected: verdict.expected, actual: verdict.actual, curl: toCurl(r.exchange) };
        if (key !== undefined) answered.set(key, verdict.ok ? null : last!);
        return verdict.ok;
      }
    } catch (err) {
      if (!(err instanceof TransportError)) {
        // A ConfigurationError: the check could not run.
        fatal = err instanceof Error ? err : new Error(String(err));
        return true;
      }
    }
    // No answer, a 5xx or a 429 after the client's retries: transport trouble, not an answer to
    // grade (docs/ci.md, "Transport trouble"). Each case stands alone, so fast-check skips this one
    // and draws another; a target that is always in trouble fails the property on too many skips.
    skipped += 1;
    fc.pre(false);
    return true;
  };

  const property =
    o.kind === 'rejects-invalid'
      ? fc.asyncProperty(invalidMutation(op.operation, sendableSpec(op)), async (m) => {
          fc.pre(confirmsMutation(op.operation, m) && sendableBody(op, m.body));
          if (exhausted()) return true;
          return send(m.body, `${m.description} → expected ${m.keyword} at "${m.instancePath}"`, (r) => judgeRejection(m, r));
        })
      : fc.asyncProperty(validBody(op.operation), async (generated) => {
          const body = bindBody(op.operation, generated, env, resources);
          fc.pre(validateRequest(op.operation, body).valid);
          if (exhausted()) return true;
          return send(body, 'a valid body', judgeAcceptance);
        });

  const details = await fc.check(property, { numRuns: o.runs, seed });
  if (fatal !== undefined) throw fatal;
  const result: PropertyCheckResult = { ...base, ok: !details.failed, numRuns: details.numRuns, numShrinks: details.numShrinks, outcomes };
  const tally = (keys: string[]) => keys.map((k) => `${k} ×${outcomes[k]}`).join(', ');
  const refusals = Object.keys(outcomes).filter((k) => k !== 'accepted' && k !== 'rejected as expected' && !k.startsWith('failed'));
  const settled = Object.keys(outcomes).filter((k) => !refusals.includes(k));
  if (skipped > 0) log(`${skipped} cases met transport trouble and were not graded (drawn again)`);
  log(
    `outcomes: ${tally(settled) || 'none'}${refusals.length ? `; ${o.kind === 'accepts-valid' ? 'business refusals (not failures)' : 'other answers'}: ${tally(refusals)}` : ''}`,
  );
  if (!details.failed) return result;
  if (!last) {
    const thrown = details.errorInstance;
    const why =
      thrown instanceof Error
        ? thrown.message
        : thrown === null || thrown === undefined
          ? 'unknown'
          : (JSON.stringify(thrown) ?? 'unknown');
    return { ...result, error: `property failed without a recorded exchange: ${why}` };
  }
  log(
    `FAILED after ${details.numRuns} cases, shrunk ${details.numShrinks} times (replay: fc seed ${seed}, path "${details.counterexamplePath}")`,
  );
  const shown = o.client.redact(last.body);
  const shapes = redactedShapes(last.body, shown);
  log(`minimal case: ${last.description}`);
  log(`minimal body: ${JSON.stringify(shown)}${shapes.length ? ` (redacted: ${shapes.join('; ')})` : ''}`);
  log(`expected: ${JSON.stringify(last.expected)}`);
  log(`actual: ${JSON.stringify(last.actual)}`);
  log(`reproduce: ${last.curl}`);
  return {
    ...result,
    counterexample: last.body,
    shownCounterexample: shown,
    redactedShapes: shapes,
    description: last.description,
    expected: last.expected,
    actual: last.actual,
    curl: last.curl,
  };
}
