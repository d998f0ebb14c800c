/**
 * The rule tables of schemas/rules/, transcribed from the docs: the simulator reads its behaviour
 * from them (docs/architecture.md, "Data over code") and never hard-codes a status, transition or message.
 */
export {
  INITIAL_STATUS,
  STATUS_CODES,
  errorRules,
  isAllowedTransition,
  permission,
  simulatorChoices,
  transitionRefusal,
  type ErrorRule,
  type StatusCode,
} from '../api/rules.ts';
import { cardStatusRules, vAccountRules, type StatusCode } from '../api/rules.ts';
export {
  cardStatusRules as cardStatus,
  idempotencyRules as idempotency,
  moneyRules as money,
  reissueRules as reissueCodes,
  vAccountRules as vAccountIds,
} from '../api/rules.ts';

const statusByCode = new Map(cardStatusRules.statuses.map((s) => [s.code, s]));

/** The { code, description } status object of a card (ibis-overview.txt, "Ibis Card Status Codes"). */
export function statusObject(code: StatusCode): { code: StatusCode; description: string } {
  // Stryker disable next-line OptionalChaining: equivalent: every StatusCode is a row of the status table, so get() never misses
  return { code, description: statusByCode.get(code)?.description ?? code };
}

/**
 * Operations that accept a vAccount's cFiAccountId in place of a cFiCardId: the documented list,
 * plus sync-profile, whose documented response is a vAccountOnly record (errata vaccount-id-accepted).
 */
export const VACCOUNT_OPERATIONS: ReadonlySet<string> = new Set([...vAccountRules.operations, '/ibis/card/sync-profile']);

/**
 * The processor service named in the "{service} Decline (...)" messages of errors.json, for the
 * operations whose refusal the docs show only through another endpoint. Undocumented: chosen
 * after the documented messages of the same back-office service (listed for the errata).
 */
// Stryker disable next-line ObjectLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
export const SERVICE_NAMES: Readonly<Record<string, string>> = {
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/card/activate': 'Activate Debit Card',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/card/set-pin': 'Set Card PIN',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/card/cardholder-profile': 'Get Cardholder Profile',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/card/reissue': 'Update Profile (OFAC/AVS)',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/card/sync-profile': 'Update Profile (OFAC/AVS)',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/financial/card-to-card': 'Funds Transfer',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/financial/funds-credit': 'Funds Deposit',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/financial/funds-debit': 'Cash Withdrawal',
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/inquiry/transaction-history': 'Get Transaction History',
};

/**
 * Where a documented message does not follow "{service} Decline (...)": the card-to-card refusals
 * of the from card read "Shortfall Currency Exchange  Decline (From Card) (Pre-Active Card)"
 * (double space as documented); the other reasons keep that prefix (errata pull-from-non-active).
 */
// Stryker disable next-line ObjectLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
export const DECLINE_PREFIXES: Readonly<Record<string, string>> = {
  // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
  '/ibis/financial/card-to-card': 'Shortfall Currency Exchange  Decline (From Card)',
};
