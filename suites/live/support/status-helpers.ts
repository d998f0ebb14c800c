import { expect } from 'vitest';
import { validateRequest } from '../../../src/api/index.ts';
import {
  INITIAL_STATUS as INITIAL,
  SETTABLE_STATUSES,
  cardStatusRules,
  isAllowedTransition,
  transitionRefusal,
} from '../../../src/api/rules.ts';
import { check, type CheckContext } from '../../../src/harness/check.ts';
import { cardStatus, errorRule, expectContext, expectError } from './flows.ts';

/**
 * Helpers of the status, PIN and cards families: the card-status rule table read in full
 * (schemas/rules/card-status.json, transcribed from ibis-overview.txt, "Set the Status of a Card"),
 * a shortest route from the initial status to any status along documented edges only, and the
 * assertions the families share. Nothing here reads the simulator.
 */
export type DocRef = { file: string; heading: string; section?: string };

export const STATUS_TABLE = cardStatusRules;
export const STATUS_CODES: readonly string[] = STATUS_TABLE.statuses.map((s) => s.code);
export const INITIAL_STATUS: string = INITIAL;
/** The codes set-status accepts at all ("You may not set a card to this status value through this endpoint"). */
export const SETTABLE: readonly string[] = SETTABLE_STATUSES;
export const ACTIVATE = '/ibis/card/activate';
export const SET_STATUS = '/ibis/card/set-status';

/** A docRef for check metadata (file and heading only). */
export const docOf = (d: DocRef): { file: string; heading: string } => ({ file: d.file, heading: d.heading });

export { isAllowedTransition, transitionRefusal };

export type Step = { via: 'activate' | 'set-status'; to: string };

/**
 * The documented edges out of a status: activate where the permission table allows it (to B,
 * "Activate a Card"), then set-status along "Allowed Status Changes". Activate is listed first so
 * that a route to B uses the documented way to turn a card on rather than the set-status edge a
 * transition check may be grading.
 */
function edges(from: string): Step[] {
  const out: Step[] = [];
  if (STATUS_TABLE.permissions.operations[ACTIVATE]?.[from] === true) out.push({ via: 'activate', to: STATUS_TABLE.activation.to });
  for (const to of STATUS_TABLE.transitions.allowed[from] ?? []) out.push({ via: 'set-status', to });
  return out;
}

/** Shortest route (BFS) from `start` to `target` along documented edges; throws if unreachable. */
export function routeTo(target: string, start = INITIAL_STATUS): Step[] {
  const previous = new Map<string, { from: string; step: Step } | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === target) break;
    for (const step of edges(at)) {
      if (previous.has(step.to)) continue;
      previous.set(step.to, { from: at, step });
      queue.push(step.to);
    }
  }
  if (!previous.has(target)) throw new Error(`status ${target} cannot be reached from ${start} along the documented edges`);
  const route: Step[] = [];
  for (let at = target; previous.get(at); at = previous.get(at)!.from) route.unshift(previous.get(at)!.step);
  return route;
}

/** Drives a card from its initial status to `status` along `routeTo`, then reads the status back. */
export async function driveTo(t: CheckContext, cFiCardId: string, status: string): Promise<void> {
  for (const step of routeTo(status)) {
    const r =
      step.via === 'activate'
        ? await t.client.call(ACTIVATE, { cFiCardId })
        : await t.client.call(SET_STATUS, { cFiCardId, statusCode: step.to });
    if (!r.ok)
      throw new Error(`precondition failed: ${step.via} to ${step.to} answered HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    t.log(`${step.via} → ${step.to}`);
  }
  const now = await cardStatus(t, cFiCardId);
  if (now !== status)
    throw new Error(
      `precondition failed: card ${cFiCardId} should be in ${status} after ${
        routeTo(status)
          .map((s) => `${s.via}→${s.to}`)
          .join(', ') || 'issue'
      }, reads ${now}`,
    );
}

/** Asserts the card reads back in `status` (GET-like POST /ibis/card/status). */
export async function expectStatus(t: CheckContext, cFiCardId: string, status: string, why: string): Promise<void> {
  const now = await cardStatus(t, cFiCardId);
  t.log(`read back ${cFiCardId}: ${now} (${why})`);
  t.expectation({ status }, { status: now });
  expect(now, why).toBe(status);
}

/**
 * A requestValidateError as a conforming Ajv reports it (README.md, "Error envelope": "a conforming
 * validator reproduces the same keyword, instancePath and params"): the expected entries come from
 * the project's validator over schemas/operations, never from the target.
 */
export function expectValidationError(t: CheckContext, r: { status: number; body: unknown }, operation: string, body: unknown): void {
  const expected = validateRequest(operation, body).errors.map((e) => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    params: e.params,
  }));
  if (expected.length === 0) throw new Error(`the check's body is valid for ${operation}: it cannot expect a requestValidateError`);
  const b = (r.body ?? {}) as { code?: string; context?: unknown[] };
  t.expectation({ status: 400, code: 'requestValidateError', context: expected }, { status: r.status, code: b.code, context: b.context });
  expect(r.status).toBe(400);
  expect(b.code).toBe('requestValidateError');
  for (const entry of expected) expect(b.context).toContainEqual(expect.objectContaining(entry));
}

/**
 * Where the docs name no error and the errata resolve that the suite checks only a refusal (e.g.
 * business-holder-required, unknown-customer, set-status-same-status): HTTP 400 with an error
 * envelope whose code is not "0".
 */
export function expectRefusalEnvelope(t: CheckContext, r: { status: number; body: unknown }, erratum: string): void {
  const b = (r.body ?? {}) as { code?: unknown };
  t.expectation({ status: 400, code: `any error code (errata ${erratum})` }, { status: r.status, code: b.code });
  expect(r.status).toBe(400);
  expect(typeof b.code).toBe('string');
  expect(b.code).not.toBe('0');
}

/** The id a check uses for a card or application that does not exist: well-formed, never issued. */
export const unknownId = (prefix: string, t: CheckContext): string => `${prefix}_${t.ref('nx')}`.slice(0, 36);

/**
 * The check `<family>.<operation's last segment>.unknown-card`: the operation on a card id that was
 * never issued is cardNotFound (expectUnknownCard).
 */
export function checkUnknownCard(family: string, operation: string, docRef: DocRef, body: Record<string, unknown> = {}): void {
  const name = operation.split('/').pop()!;
  check(
    { id: `${family}.${name}.unknown-card`, title: `${name} for a card id that does not exist is cardNotFound`, family, operation, docRef },
    (t) => expectUnknownCard(t, operation, body),
  );
}

/**
 * `operation` on a card id that was never issued (`body` completes the request) is 400 cardNotFound
 * { cFiCardId }: no /ibis example names it, errata unknown-card resolves it.
 */
export async function expectUnknownCard(t: CheckContext, operation: string, body: Record<string, unknown> = {}): Promise<void> {
  const cFiCardId = unknownId('icrd', t);
  const r = await t.client.call(operation, { cFiCardId, ...body });
  expectError(t, r, 'cardNotFound', { cFiCardId });
}

/** Re-exported so family files read one helper module. */
export { errorRule, expectContext };
