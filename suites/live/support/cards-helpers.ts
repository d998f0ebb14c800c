import { expect } from 'vitest';
import { isNotPermitted, notPermittedForProgram } from './allowed-answers.ts';
import type { CheckContext } from '../../../src/harness/check.ts';
import type { FixtureName } from '../../../src/harness/fixtures.ts';
import type { CallResult } from '../../../src/client/call-result.ts';
import { RULES, type IssuedCard } from './flows.ts';

/**
 * Building blocks of the cards-and-accounts family: business card bodies as the docs show them
 * (ibis-overview.txt, "Add a Debit Card with /ibis", "Business Customer (...)"), card/list, and a
 * reissue that copes with the program's reason-code permissions.
 */
export const DEBIT_DOC = { file: 'ibis-overview.txt', heading: 'Add a Debit Card with /ibis' };
export const ACCOUNT_DOC = { file: 'ibis-account-add.txt', heading: 'Add vAccount' };
export const LIST_DOC = { file: 'ibis-overview.txt', heading: 'List Customer Cards' };
export const STATUS_DOC = { file: 'ibis-overview.txt', heading: 'Get the Status of a Card' };
export const PROFILE_DOC = { file: 'ibis-overview.txt', heading: 'Get a Card Holder Profile' };
/** The two reads of a card by cFiCardId or reference, with their doc sections, and the name checks use. */
export const CARD_READS = [
  { operation: '/ibis/card/status', doc: STATUS_DOC, name: 'status' },
  { operation: '/ibis/card/cardholder-profile', doc: PROFILE_DOC, name: 'cardholder-profile' },
] as const;
export const REISSUE_DOC = { file: 'ibis-overview.txt', heading: 'Reissue a Card' };
export const SYNC_DOC = { file: 'ibis-card-sync-profile.txt', heading: 'Sync Card Profile' };

export type HolderKind = 'representative' | 'employee';

/** The fixture that holds a business card, and the cardHolderType the docs pair with it. */
export const HOLDERS: Record<
  HolderKind,
  { fixture: 'businessRepresentativeId' | 'businessEmployeeId'; cardHolderType: 'representative' | 'individual'; occupation: string }
> = {
  representative: { fixture: 'businessRepresentativeId', cardHolderType: 'representative', occupation: 'Business Owner' },
  employee: { fixture: 'businessEmployeeId', cardHolderType: 'individual', occupation: 'ABC123 Technician' },
};

export function businessDebitBody(t: CheckContext, kind: HolderKind, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const h = HOLDERS[kind];
  return {
    customerId: t.fixture('businessCustomerId'),
    reference: t.ref('bc'),
    cardProgramId: t.fixture('debitProgramId'),
    businessInfo: { companyNameOnCard: 'ABC123 Inc.' },
    profile: { cardHolderId: t.fixture(h.fixture), cardHolderType: h.cardHolderType, occupation: h.occupation, nameOnCard: 'JOHN TESTMAN' },
    ...overrides,
  };
}

export interface ListedCard {
  cFiCardId?: string;
  cFiAccountId?: string;
  customerId?: string;
  reference?: string;
  cardProgramId?: string;
  programType?: string;
}

export async function listCards(t: CheckContext, customerId: string): Promise<CallResult & { items: ListedCard[] }> {
  const r = await t.client.call('/ibis/card/list', { customerId });
  const items = Array.isArray(r.data) ? (r.data as ListedCard[]) : [];
  t.log(`card/list ${customerId}: HTTP ${r.status}, ${items.length} item(s)`);
  return Object.assign(r, { items });
}

/** The ids a list item may carry for a card or a vAccount (errata vaccount-id-accepted: cFiCardId). */
export const listedId = (c: ListedCard): string | undefined => c.cFiCardId ?? c.cFiAccountId;

/**
 * POST /ibis/card/reissue. "allowed reason codes are dependent on card program permissions": the
 * reason codes are tried in the order given and a code the program refuses (extIbis 57, "Reissue
 * ... Service is Not Allowed") moves on to the next; any other answer is returned. "allowed reissue
 * types are dependent on card program permissions" too: a type refused so for every reason code
 * ends the check as not applicable, "not permitted for this program".
 */
export async function reissue(
  t: CheckContext,
  card: Pick<IssuedCard, 'cFiCardId' | 'customerId'>,
  reissueType: '1' | '2' | '3',
  extra: Record<string, unknown> = {},
  reasonCodes: string[] = preferredReasons(reissueType),
): Promise<CallResult & { reference: string }> {
  let last: (CallResult & { reference: string }) | undefined;
  for (const reasonCode of reasonCodes) {
    const reference = (extra.reference as string | undefined) ?? t.ref('ri');
    const r = await t.client.call('/ibis/card/reissue', {
      customerId: card.customerId,
      cFiCardId: card.cFiCardId,
      reference,
      reissueType,
      reasonCode,
      ...extra,
    });
    t.log(
      `reissue type ${reissueType} reason ${reasonCode} (${RULES.reissue.reasonCodes[reasonCode]}): HTTP ${r.status} ${r.ok ? (r.data as { cFiCardId?: string }).cFiCardId : `${r.error?.code ?? ''} ${r.error?.subCode ?? ''}`}`,
    );
    last = Object.assign(r, { reference });
    if (!isNotPermitted(r)) return last;
  }
  return notPermittedForProgram(t, `reissue type ${reissueType} (reason codes ${reasonCodes.join(', ')})`);
}

/** Reason codes in the order that best fits each type (Lost/Stolen for a new number, Expired for a new date). */
function preferredReasons(type: string): string[] {
  const first = { '1': '1', '2': '2', '3': '3' }[type] ?? '1';
  return [first, ...Object.keys(RULES.reissue.reasonCodes).filter((c) => c !== first)];
}

export function expectOk(t: CheckContext, r: CallResult, what: string): void {
  t.expectation({ status: 200, code: '0' }, { status: r.status, body: r.body });
  expect(r.ok, what).toBe(true);
}

/** The fixtures of an individual's debit card. */
export const NEEDS: FixtureName[] = ['customerId', 'debitProgramId'];
/** The fixtures of a business card held by its representative or its employee. */
export const BUSINESS_NEEDS = (kind: HolderKind): FixtureName[] => ['businessCustomerId', HOLDERS[kind].fixture, 'debitProgramId'];
/** The cFiCardId of a successful card answer. */
export const idOf = (r: { data?: unknown }): string => (r.data as { cFiCardId: string }).cFiCardId;
