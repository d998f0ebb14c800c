import path from 'node:path';
import { readJson, SCHEMAS_DIR } from '../spec/index.ts';

/**
 * The rule tables of schemas/rules/, transcribed from the docs: the simulator reads its behaviour
 * from them (DESIGN.md, "Data over code") and never hard-codes a status, transition or message.
 */
export type StatusCode = 'A' | 'B' | 'I' | 'S' | 'F';

interface StatusEntry {
  code: StatusCode;
  description: string;
  name: string;
  initial?: boolean;
  settable: boolean;
}

interface CardStatusRules {
  statuses: StatusEntry[];
  transitions: { allowed: Record<StatusCode, StatusCode[]>; refusal: Record<string, string> };
  activation: { to: StatusCode };
  permissions: { operations: Record<string, Record<StatusCode, true | string>> };
  otherClosedCardRefusals: { operations: Record<string, Partial<Record<StatusCode, string>>> };
}

export interface ErrorRule {
  id: string;
  code: string;
  subCode?: string;
  httpStatus: number;
  message?: string;
  messages?: Record<string, string>;
}

interface IdempotencyRules {
  error: string;
  operations: { operation: string; entity: string; entityIdPrefix: string; effect: string; onlyWhen?: Record<string, string> }[];
}

interface MoneyRules {
  currencies: { supported: string[]; refusal: string };
  push: { allowedStatuses: StatusCode[] };
  pull: { allowedStatuses: StatusCode[]; refusals: Partial<Record<StatusCode, string>>; insufficient: string };
  reversal: { reversibleTypes: string[]; sameProgramRequired: boolean; refusal: string };
  history: { maxNumberOfRecords: number; tooMany: string; reversedRange: string };
}

interface ReissueRules {
  reasonCodes: Record<string, string>;
  reissueTypes: Record<string, { description: string; newCardNumber: boolean; newCardId: boolean }>;
  defaults: { cardShippingMethodId: string; activateNewCard: 'Y' | 'N' };
}

interface VAccountRules {
  operations: string[];
  historyRequiresActivation: { refusal: string };
}

const rule = <T>(name: string): T => readJson<T>(path.join(SCHEMAS_DIR, 'rules', `${name}.json`));

export const cardStatus = rule<CardStatusRules>('card-status');
export const idempotency = rule<IdempotencyRules>('idempotency');
export const money = rule<MoneyRules>('money');
export const reissueCodes = rule<ReissueRules>('reissue-codes');
export const vAccountIds = rule<VAccountRules>('vaccount-ids');
const errorList = rule<{ errors: ErrorRule[] }>('errors').errors;
export const errorRules: ReadonlyMap<string, ErrorRule> = new Map(errorList.map((e) => [e.id, e]));

export const STATUS_CODES = cardStatus.statuses.map((s) => s.code);
const statusByCode = new Map(cardStatus.statuses.map((s) => [s.code, s]));

/** The { code, description } status object of a card (ibis-overview.txt, "Ibis Card Status Codes"). */
export function statusObject(code: StatusCode): { code: StatusCode; description: string } {
  return { code, description: statusByCode.get(code)?.description ?? code };
}

/** The initial status of a new card or vAccount ("A": an initial card status only). */
export const INITIAL_STATUS: StatusCode = cardStatus.statuses.find((s) => s.initial)?.code ?? 'A';

/** ibis-overview.txt, "Allowed Status Changes". */
export function isAllowedTransition(from: StatusCode, to: StatusCode): boolean {
  return cardStatus.transitions.allowed[from]?.includes(to) ?? false;
}

/** The error id refusing set-status from `from` ("F" → SD, otherwise 57). */
export function transitionRefusal(from: StatusCode): string {
  return cardStatus.transitions.refusal[from] ?? cardStatus.transitions.refusal.default;
}

/**
 * The permission of `operation` for a card in `status`: true, or the id of the documented
 * refusal (ibis-overview.txt, "Ibis Card Status Codes"; closed-card refusals of other endpoints).
 */
export function permission(operation: string, status: StatusCode): true | string {
  const table = cardStatus.permissions.operations[operation];
  if (table) return table[status];
  return cardStatus.otherClosedCardRefusals.operations[operation]?.[status] ?? true;
}

/** Operations whose reference is unique (schemas/rules/idempotency.json). */
export const IDEMPOTENT_OPERATIONS: ReadonlySet<string> = new Set(idempotency.operations.map((o) => o.operation));

/**
 * Operations that accept a vAccount's cFiAccountId in place of a cFiCardId: the documented list,
 * plus sync-profile, whose documented response is a vAccountOnly record (errata vaccount-id-accepted).
 */
export const VACCOUNT_OPERATIONS: ReadonlySet<string> = new Set([...vAccountIds.operations, '/ibis/card/sync-profile']);

/**
 * The processor service named in the "{service} Decline (...)" messages of errors.json, for the
 * operations whose refusal the docs show only through another endpoint. Undocumented: chosen
 * after the documented messages of the same back-office service (listed for the errata).
 */
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  '/ibis/card/activate': 'Activate Debit Card',
  '/ibis/card/set-pin': 'Set Card PIN',
  '/ibis/card/cardholder-profile': 'Get Cardholder Profile',
  '/ibis/card/reissue': 'Update Profile (OFAC/AVS)',
  '/ibis/card/sync-profile': 'Update Profile (OFAC/AVS)',
  '/ibis/financial/card-to-card': 'Funds Transfer',
  '/ibis/financial/funds-credit': 'Funds Deposit',
  '/ibis/financial/funds-debit': 'Cash Withdrawal',
  '/ibis/inquiry/transaction-history': 'Get Transaction History',
};

/**
 * Where a documented message does not follow "{service} Decline (...)": the card-to-card refusals
 * of the from card read "Shortfall Currency Exchange  Decline (From Card) (Pre-Active Card)"
 * (double space as documented); the other reasons keep that prefix (errata pull-from-non-active).
 */
export const DECLINE_PREFIXES: Readonly<Record<string, string>> = {
  '/ibis/financial/card-to-card': 'Shortfall Currency Exchange  Decline (From Card)',
};
