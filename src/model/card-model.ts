import { INITIAL_STATUS, cardStatusRules as cardStatus, moneyRules as money, permission, type StatusCode } from '../api/rules.ts';

export type { StatusCode } from '../api/rules.ts';

/**
 * The model of the lifecycle test: the cards and transfers one sequence of commands created, and
 * what the docs say each next request must answer. Every expectation is read from the rule tables
 * (card-status.json, money.json, errors.json); where the docs name no error and the tables hold an
 * errata proposal, the outcome is marked `documented: false`, and such commands are generated only
 * against the simulator (`gradeProposals`). Where the docs say nothing at all, the expectation is
 * `null` and the command is never generated.
 */
export type ProgramKind = 'debit' | 'otherDebit' | 'credit';

export interface ModelCard {
  program: ProgramKind;
  status: StatusCode;
  /** Cents. Debit: the available funds; credit: available funds − credit limit ("Add a Debit Card with /ibis"). */
  balance: number;
  /** Cents; 0 for a debit card. */
  creditLimit: number;
  pin?: string;
  /** Refused check-pins since the last set-pin, kept below the lock (errata pin-attempt-limit). */
  wrongPins: number;
}

export interface ModelTransfer {
  type: 'credit' | 'debit' | 'cardToCard';
  /** Card indexes: `card` for a push or pull, `from`/`to` for a card-to-card. */
  card?: number;
  from?: number;
  to?: number;
  amount: number;
  reversed: boolean;
}

export interface CardModel {
  cards: ModelCard[];
  transfers: ModelTransfer[];
  /** Programs the target's fixtures provide. */
  programs: ReadonlySet<ProgramKind>;
  /** true against the simulator: errata proposals are graded too. */
  gradeProposals: boolean;
}

export const MAX_CARDS = 4;
/** Credit cards are issued with the program's documented minimum limit, 500 (errata credit-limit-allocation). */
export const CREDIT_LIMIT_CENTS = 500_00;

export function initialModel(programs: Iterable<ProgramKind>, gradeProposals: boolean): CardModel {
  return { cards: [], transfers: [], programs: new Set(programs), gradeProposals };
}

export function newCard(program: ProgramKind): ModelCard {
  return { program, status: INITIAL_STATUS, balance: 0, creditLimit: program === 'credit' ? CREDIT_LIMIT_CENTS : 0, wrongPins: 0 };
}

/**
 * Commands name cards and transfers by a generated number taken modulo what the model holds, so a
 * command is never wasted on a card that does not exist yet (undefined: nothing to pick from).
 */
export function pick(count: number, n: number): number | undefined {
  return count > 0 ? n % count : undefined;
}

/**
 * `pick` among the cards in one of `statuses` (all cards when undefined): the index into
 * `model.cards`. Targeted picks keep successful paths common (an activation of a card that is not
 * active yet, a transfer between active cards) without excluding the refusals (untargeted picks).
 */
export function pickCard(m: Readonly<CardModel>, n: number, statuses?: readonly StatusCode[]): number | undefined {
  const candidates = m.cards.flatMap((c, i) => (!statuses || statuses.includes(c.status) ? [i] : []));
  const k = pick(candidates.length, n);
  return k === undefined ? undefined : candidates[k];
}

/** Available funds in cents: the balance of a debit card, balance + limit of a credit card. */
export const available = (c: ModelCard): number => c.balance + c.creditLimit;

/** What a request must answer: success, or one of the listed errors (schemas/rules/errors.json ids). */
export interface Outcome {
  ok: boolean;
  errors: string[];
  /** false when the outcome is an errata proposal rather than the docs' own words. */
  documented: boolean;
}

const success = (documented = true): Outcome => ({ ok: true, errors: [], documented });
const refusal = (errors: string[], documented: boolean): Outcome => ({ ok: false, errors: [...new Set(errors)], documented });

/** Whether a command with this expectation may be sent to the target at all. */
export function generable(model: CardModel, outcome: Outcome | null): boolean {
  return outcome !== null && (outcome.documented || model.gradeProposals);
}

/** ibis-overview.txt, "Set the Status of a Card": the per-status table, column activate. */
export function expectActivate(card: ModelCard): Outcome {
  const p = permission('/ibis/card/activate', card.status);
  return p === true ? success() : refusal([p], true);
}

/**
 * set-status: the permission column (F refuses with SD), then "Allowed Status Changes". "A" is not
 * settable ("You may not set a card to this status value"): refused by the schema's enum. A change to
 * the current status is not listed, so refused with 57 (errata set-status-same-status: a proposal).
 */
export function expectSetStatus(card: ModelCard, to: StatusCode): Outcome {
  if (!cardStatus.statuses.find((s) => s.code === to)?.settable) return refusal(['requestValidateError'], true);
  const p = permission('/ibis/card/set-status', card.status);
  if (p !== true) return refusal([p], true);
  if (cardStatus.transitions.allowed[card.status].includes(to)) return success();
  const id = cardStatus.transitions.refusal[card.status] ?? cardStatus.transitions.refusal.default;
  return refusal([id], to !== card.status);
}

export function expectSetPin(card: ModelCard): Outcome {
  const p = permission('/ibis/card/set-pin', card.status);
  return p === true ? success() : refusal([p], true);
}

/** check-pin: only on B; a wrong PIN is 55; no PIN set yet is 55 by errata check-pin-without-pin. */
export function expectCheckPin(card: ModelCard, pin: string): Outcome {
  const p = permission('/ibis/card/check-pin', card.status);
  if (p !== true) return refusal([p], true);
  if (card.pin === undefined) return refusal(['extIbis.55.invalidPin'], false);
  return pin === card.pin ? success() : refusal(['extIbis.55.invalidPin'], true);
}

// errata push-to-inactive: only the push to a pre-active card is documented ("You can, however,
// transfer funds to a pre-active card"); B is the normal case; I and S accepted and F refused (SD)
// are proposals.
const DOCUMENTED_PUSH: ReadonlySet<StatusCode> = new Set(['A', 'B']);
const CLOSED_REFUSAL = 'extIbis.SD.closed';

function pushRefusals(card: ModelCard): { errors: string[]; documented: boolean } {
  if (money.push.allowedStatuses.includes(card.status)) return { errors: [], documented: DOCUMENTED_PUSH.has(card.status) };
  return { errors: [CLOSED_REFUSAL], documented: false };
}

/**
 * "funds cannot be pulled from a debit card unless the card status code is "B" (ON) and funds are
 * available": the status refusal (A: PA, documented; I/S/F: errata pull-from-non-active) and 51
 * when the amount exceeds the available funds. When both apply, the docs do not say which comes
 * first, so either is accepted.
 */
function pullRefusals(card: ModelCard, amount: number): { errors: string[]; documented: boolean } {
  const errors: string[] = [];
  let documented = true;
  if (!money.pull.allowedStatuses.includes(card.status)) {
    errors.push(money.pull.refusals[card.status]);
    documented = card.status === 'A';
  }
  if (amount > available(card)) errors.push(money.pull.insufficient);
  return { errors, documented };
}

export function expectPush(card: ModelCard): Outcome {
  const r = pushRefusals(card);
  return r.errors.length ? refusal(r.errors, r.documented) : success(r.documented);
}

export function expectPull(card: ModelCard, amount: number): Outcome {
  const r = pullRefusals(card, amount);
  return r.errors.length ? refusal(r.errors, r.documented) : success();
}

export function expectCardToCard(from: ModelCard, to: ModelCard, amount: number): Outcome {
  const out = pullRefusals(from, amount);
  const into = pushRefusals(to);
  const errors = [...out.errors, ...into.errors];
  const documented = out.documented && into.documented;
  return errors.length ? refusal(errors, documented) : success(documented);
}

/**
 * ibis-overview.txt, "Reverse a Transaction with /ibis" and money.json `reversal`: only a
 * card-to-card between cards of one cardProgramId, for at most the original amount (README, "More
 * /ibis errors"). Refusing a second reversal and the refusal code for a cross-program transfer are
 * errata reversal-refusals proposals. The docs say nothing about reversing when a card is no longer
 * active or the receiving card has spent the money: such reversals are never generated (null).
 */
export function expectReversal(model: CardModel, transfer: ModelTransfer, amount: number): Outcome | null {
  const involved = [transfer.card, transfer.from, transfer.to].filter((i): i is number => i !== undefined).map((i) => model.cards[i]);
  if (involved.some((c) => c.status === 'F')) return null;
  if (!money.reversal.reversibleTypes.includes(transfer.type)) return refusal([money.reversal.refusal], true);
  const [from, to] = [model.cards[transfer.from!], model.cards[transfer.to!]];
  if (amount > transfer.amount) return refusal([money.reversal.refusal], true);
  const sameProgram = from.program === to.program;
  if (transfer.reversed || (money.reversal.sameProgramRequired && !sameProgram)) return refusal([money.reversal.refusal], false);
  if (from.status !== 'B' || to.status !== 'B' || available(to) < amount) return null;
  return success();
}

/** "12.34" for transcripts. */
export const usd = (c: number): string => `${c < 0 ? '-' : ''}${(Math.abs(c) / 100).toFixed(2)}`;

export function describeOutcome(o: Outcome): string {
  return o.ok ? 'success' : `refusal ${o.errors.join(' or ')}${o.documented ? '' : ' (errata proposal)'}`;
}
