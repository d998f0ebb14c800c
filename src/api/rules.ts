import path from 'node:path';
import { readJson } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';
import type { DocRef } from './catalogue.ts';

/**
 * The rule tables of schemas/rules/, typed. Both the simulator and the checks read these tables
 * (docs/architecture.md, "Never" and "Rule tables": both read schemas/rules/, never each other); what
 * each does with them stays on its own side.
 */
export type StatusCode = 'A' | 'B' | 'I' | 'S' | 'F';

export interface CardStatusRules {
  statuses: { code: StatusCode; description: string; name: string; initial?: boolean; settable: boolean; 'x-doc': DocRef }[];
  // Keyed by string so that a status read from a response or a loop indexes the tables directly.
  transitions: { allowed: Record<string, StatusCode[]>; refusal: Record<string, string>; 'x-doc': DocRef };
  activation: { to: StatusCode; 'x-doc': DocRef };
  permissions: { operations: Record<string, Record<string, true | string>>; 'x-doc': DocRef };
  otherClosedCardRefusals: { operations: Record<string, { F: string; 'x-doc': DocRef }> };
}

export interface ErrorRule {
  id: string;
  code: string;
  subCode?: string;
  httpStatus: number;
  condition: string;
  message?: string;
  messages?: Record<string, string>;
  messagePattern?: string;
  context?: Record<string, unknown>;
  'x-doc': DocRef[];
}

export interface IdempotencyRule {
  operation: string;
  entity: 'vAccount' | 'card' | 'fundsTransfer' | 'registration';
  entityIdPrefix: string;
  effect: string;
  onlyWhen?: Record<string, string>;
  'x-doc': DocRef;
}

export interface MoneyRules {
  currencies: { supported: string[]; refusal: string };
  push: { allowedStatuses: StatusCode[] };
  pull: { allowedStatuses: StatusCode[]; refusals: Record<string, string>; insufficient: string };
  creditCardBalance: { available: string };
  reversal: { reversibleTypes: string[]; sameProgramRequired: boolean; amountAtMost: string; refusal: string };
  history: { maxNumberOfRecords: number; tooMany: string; reversedRange: string };
}

export interface ReissueRules {
  reasonCodes: Record<string, string>;
  reissueTypes: Record<string, { description: string; newCardNumber: boolean; newCardId: boolean }>;
  cardShippingMethods: Record<string, string>;
  defaults: { cardShippingMethodId: string; activateNewCard: 'Y' | 'N' };
}

/**
 * Every answer the docs allow where they leave a choice open, with the doc line that leaves it open
 * (schemas/rules/simulator-choices.json): `answers` by name, and how a check grades them against a
 * remote target.
 */
export interface AllowedAnswers<A extends string = string> {
  'x-doc': DocRef;
  quote: string;
  answers: Record<A, string>;
  remote: string;
}

/**
 * What the simulator does where the docs are silent and the checks grade it against the simulator
 * only; each row names the erratum of schemas/errata.json that records the silence and the proposal,
 * and lists every allowed answer (`allowed`); `simulator` names the simulator's own where they are named.
 */
export interface SimulatorChoices {
  'pin-lock': { erratum: string; maxAttempts: number; lockHours: number; allowed: AllowedAnswers };
  'credit-decision': {
    erratum: string;
    minIncome: number;
    limitPerMille: number;
    maxLimit: number;
    declineAdverseAction: string[];
    allowed: AllowedAnswers;
  };
  'credit-limit-bounds': {
    erratum: string;
    /** Documented per-card bounds. */
    programs: Record<string, { min: number; max: number }>;
    /** The simulator's own bounds for its other credit programs (undocumented: graded only against the simulator). */
    otherPrograms: Record<string, { min: number; max: number }>;
    allowed: AllowedAnswers;
  };
  'unknown-customer-list': { erratum: string; simulator: 'refused'; allowed: AllowedAnswers<'refused' | 'empty-list'> };
  'set-status-same-status': { erratum: string; simulator: 'refused'; allowed: AllowedAnswers<'refused' | 'unchanged'> };
  'reissue-program-permissions': { erratum: string; simulator: 'permitted'; allowed: AllowedAnswers<'permitted' | 'not-permitted'> };
}

export interface VAccountRules {
  operations: string[];
  historyRequiresActivation: { refusal: string };
}

/** behaviours.json: the integrator behaviours the proxy grades, their thresholds and citations. */
export interface BehaviourRule {
  id: string;
  title: string;
  rule: string;
  params: Record<string, number>;
  'x-doc': DocRef[];
  errata?: string;
}

export interface PanField {
  operation: string;
  pointer: string;
}

/**
 * drift-watch.json: what drift.json watches beyond the schemas (docs/architecture.md, "Observed
 * drift"): properties whose values the docs list in prose, and the response headers of interest.
 */
export interface DriftWatch {
  values: { id: string; schema: string; property: string; values: string[]; 'x-doc': DocRef }[];
  headers: { names: string[]; prefixes: string[]; 'x-doc': DocRef };
}

/** outcomes.json: a transport outcome the simulator can be told to produce. */
export interface TransportOutcome {
  id: string;
  status?: number;
  code?: string;
  /** Whether the request is processed (a write applied) before the outcome happens. */
  applied: boolean;
  description: string;
}

export interface OutcomeRules {
  errorsOnEveryAuthenticatedOperation: { ids: string[] };
  errorsBesideAnother: { ids: Record<string, string> };
  transport: TransportOutcome[];
}

const rule = <T>(name: string): T => readJson<T>(path.join(SCHEMAS_DIR, 'rules', `${name}.json`));

export const cardStatusRules = rule<CardStatusRules>('card-status');
export const idempotencyRules = rule<{ error: string; operations: IdempotencyRule[] }>('idempotency');
export const moneyRules = rule<MoneyRules>('money');
export const reissueRules = rule<ReissueRules>('reissue-codes');
export const behaviourRules = rule<{ behaviours: BehaviourRule[]; panFields: PanField[] }>('behaviours');
export const outcomeRules = rule<OutcomeRules>('outcomes');
export const vAccountRules = rule<VAccountRules>('vaccount-ids');
export const driftWatch = rule<DriftWatch>('drift-watch');
export const simulatorChoices = rule<{ choices: SimulatorChoices }>('simulator-choices').choices;
export const errorRuleList: readonly ErrorRule[] = rule<{ errors: ErrorRule[] }>('errors').errors;
export const errorRules: ReadonlyMap<string, ErrorRule> = new Map(errorRuleList.map((e) => [e.id, e]));

export const STATUS_CODES: readonly StatusCode[] = cardStatusRules.statuses.map((s) => s.code);
/** The status a new card or vAccount starts in ("This is an initial card status only"). */
export const INITIAL_STATUS: StatusCode = cardStatusRules.statuses.find((s) => s.initial)!.code;
/** The codes set-status accepts at all ("You may not set a card to this status value through this endpoint"). */
export const SETTABLE_STATUSES: readonly StatusCode[] = cardStatusRules.statuses.filter((s) => s.settable).map((s) => s.code);

export function errorRule(id: string): ErrorRule {
  const e = errorRules.get(id);
  if (!e) throw new Error(`unknown error id ${id} (schemas/rules/errors.json)`);
  return e;
}

/** ibis-overview.txt, "Allowed Status Changes". */
export function isAllowedTransition(from: string, to: string): boolean {
  return cardStatusRules.transitions.allowed[from]?.includes(to as StatusCode) ?? false;
}

/** The error id refusing a set-status from `from` (F → SD, otherwise 57). */
export function transitionRefusal(from: string): string {
  return cardStatusRules.transitions.refusal[from] ?? cardStatusRules.transitions.refusal.default;
}

/**
 * The permission of `operation` for a card in `status`: true, or the id of the documented refusal
 * (ibis-overview.txt, "Ibis Card Status Codes", and the closed-card refusals of other endpoints).
 */
export function permission(operation: string, status: StatusCode): true | string {
  const table = cardStatusRules.permissions.operations[operation];
  if (table) return table[status] ?? true;
  const closed = cardStatusRules.otherClosedCardRefusals.operations[operation];
  return status === 'F' && closed ? closed.F : true;
}
