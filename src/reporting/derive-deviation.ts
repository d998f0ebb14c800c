import { cardStatusRules, errorRule, moneyRules, ruleIdentity, type ErrorIdentity } from '../api/index.ts';
import type { Exchange } from '../client/exchange.ts';
import { isJsonObject } from '../util/json-object.ts';
import { intentOf, type CheckIntent } from './deviations.ts';
import { failingAnswer, judgeRecorded, type Came, type ExpectationNotes } from './failing-answer.ts';
import type { CheckResult, Deviation } from './types.ts';

/**
 * How a failed check gets its deviation (docs/ci.md, "Causes"): what the judge makes of the exchange
 * it failed on (failing-answer.ts), against what the check wanted there, an error or a success (the
 * status its last `expectation` named, else its intent), and what its intent makes of a success
 * that still failed. Nothing here reads the text of an assertion.
 */

/** What a success answer means to a check that wanted one and still failed. */
const AFTER_SUCCESS: Readonly<Record<CheckIntent, Deviation>> = {
  refuse: 'accepts-invalid-request',
  read: 'read-mismatch',
  state: 'state-not-kept',
  money: 'money-mismatch',
  idempotency: 'idempotency-broken',
  auth: 'read-mismatch',
  envelope: 'envelope-format',
};

/** HTTP statuses that refuse a request for its credentials: anything else answered it as authenticated. */
const AUTH_REFUSALS = new Set([401, 403]);

const identityKey = (i: ErrorIdentity): string => `${i.status} ${i.code} ${i.subCode ?? ''}`;

/**
 * The refusals that name the card's status ("Ibis Card Status Codes": pre-active, inactive, blocked,
 * closed, already active), read from the rule tables, by identity: an operation refused so on a card
 * the check had just moved elsewhere shows that the move was not kept.
 */
const STATUS_REFUSALS: ReadonlySet<string> = new Set(
  [
    ...Object.values(cardStatusRules.permissions.operations).flatMap((row) => Object.values(row)),
    ...Object.values(cardStatusRules.otherClosedCardRefusals.operations).map((row) => row.F),
    ...Object.values(moneyRules.pull.refusals),
  ]
    .filter((id): id is string => typeof id === 'string')
    .map((id) => identityKey(ruleIdentity(errorRule(id)))),
);

/** The operations that move a card to another status (ibis-overview.txt, "Set the Status of a Card"). */
const STATUS_CHANGES = new Set(['/ibis/card/activate', '/ibis/card/set-status']);
/**
 * A refusal that only the pull side of a money movement can give: a pull refusal for a status a push
 * is allowed in (ibis-overview.txt, "Pull Funds from Card with /ibis"), so on card-to-card it names
 * the card pulled from.
 */
const PULL_ONLY_REFUSALS: ReadonlySet<string> = new Set(
  Object.entries(moneyRules.pull.refusals)
    .filter(([status]) => (moneyRules.push.allowedStatuses as readonly string[]).includes(status))
    .map(([, id]) => identityKey(ruleIdentity(errorRule(id)))),
);

/** The card a status refusal of this request is about, when the request says which. */
function cardRefused(body: unknown, identity: ErrorIdentity): string | undefined {
  if (!isJsonObject(body)) return undefined;
  const named = typeof body.cFiCardId === 'string' ? body.cFiCardId : undefined;
  const from = typeof body.cardFromId === 'string' ? body.cardFromId : undefined;
  return named ?? (from && PULL_ONLY_REFUSALS.has(identityKey(identity)) ? from : undefined);
}

/**
 * A documented refusal for a card's status, about a card (the one the request names, or the one a
 * card-to-card pulls from) that an earlier activate or set-status of the check moved with a 200: the
 * target does not hold the status it accepted.
 */
function refusedForALostStatus(came: Came, failing: Exchange | undefined, before: readonly Exchange[]): boolean {
  if (came.kind !== 'error' || !came.identity || !STATUS_REFUSALS.has(identityKey(came.identity))) return false;
  const card = cardRefused(failing?.requestBody, came.identity);
  if (card === undefined) return false;
  return before.some(
    (x) =>
      x.operation !== null &&
      STATUS_CHANGES.has(x.operation) &&
      isJsonObject(x.requestBody) &&
      x.requestBody.cFiCardId === card &&
      judgeRecorded(x).kind === 'success',
  );
}

/** The HTTP status the check's last expectation named, if it named one (expectError, expectOk...). */
function expectedStatus(notes: ExpectationNotes | undefined): number | undefined {
  const expected = notes?.expected;
  if (expected === null || typeof expected !== 'object') return undefined;
  const status = (expected as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/** A check that wanted an error of the docs, and got something else. */
function afterWantedError(intent: CheckIntent, came: Came, lostStatus: boolean): Deviation {
  if (
    intent === 'auth' &&
    (came.kind === 'success' || ((came.kind === 'error' || came.kind === 'undocumented') && !AUTH_REFUSALS.has(came.status)))
  )
    return 'auth-not-enforced';
  if (came.kind === 'undocumented') return 'undocumented-answer';
  if (intent === 'idempotency') return 'idempotency-broken';
  if (lostStatus) return 'state-not-kept';
  return came.kind === 'error' ? 'wrong-error' : 'accepts-invalid-request';
}

/** A check that wanted a success (a setup step, or the request it grades), and failed. */
function afterWantedSuccess(intent: CheckIntent, came: Came, lostStatus: boolean): Deviation {
  if (came.kind === 'undocumented') return 'undocumented-answer';
  if (intent === 'idempotency') return 'idempotency-broken';
  if (lostStatus) return 'state-not-kept';
  if (came.kind === 'error') return 'refuses-valid-request';
  return AFTER_SUCCESS[intent];
}

export interface DeviationOptions {
  /** The check's declared intent; the family's default when absent. */
  intent?: CheckIntent;
  /** What the check recorded with `expectation(expected, actual)` (structured, never assertion text). */
  notes?: ExpectationNotes;
}

/**
 * The deviation of a failed or `error` check (undefined for any other status): `transport` for an
 * `error` row or a failing exchange that met a transport incident; `envelope-format` for an envelope
 * check; otherwise what the judge makes of the failing exchange against what the check wanted.
 */
export function deviationOf(check: CheckResult, options: DeviationOptions = {}): Deviation | undefined {
  if (check.status === 'error') return 'transport';
  if (check.status !== 'failed') return undefined;
  const intent = intentOf(check.family, options.intent);
  const notes = options.notes ?? notesOf(check);
  const { came, exchange, before } = failingAnswer(check.evidence, notes);
  if (came.kind === 'transport') return 'transport';
  if (intent === 'envelope') return 'envelope-format';
  const lostStatus = refusedForALostStatus(came, exchange, before);
  // A setup step the check needed failed: it wanted a success there, whatever it grades.
  if (check.failureKind === 'precondition') return afterWantedSuccess('state', came, lostStatus);
  if (check.failureKind === 'error') return came.kind === 'undocumented' ? 'undocumented-answer' : 'check-crashed';
  const status = expectedStatus(notes);
  const wantsError = status === undefined ? intent === 'refuse' || intent === 'auth' : status >= 400;
  return wantsError ? afterWantedError(intent, came, lostStatus) : afterWantedSuccess(intent, came, lostStatus);
}

/**
 * The expectation notes a report row still holds: the collector keeps vitest's own expected/actual
 * (text) when an assertion gave them, so only object notes are read here.
 */
function notesOf(check: CheckResult): ExpectationNotes | undefined {
  const e = check.evidence;
  if (!e || typeof e.expected !== 'object' || e.expected === null) return undefined;
  return { expected: e.expected, actual: e.actual };
}
