import { PROGRAM_BY_ID, PROGRAMS } from './fixtures.ts';
import { historyEntry } from './handlers/funds.ts';
import { issueCard } from './handlers/issue.ts';
import { decide } from './handlers/credit.ts';
import { toAmount, toCents } from './money.ts';
import { ensureCustomer, familyOfEntityId } from './ensure-customer.ts';
import type { ReferenceFamily, SimulatorStore } from './store.ts';
import type { CardRecord, ProgramType, StatusCode, TransferRecord } from './types.ts';
import { transferView } from './views.ts';
import type { OutcomeQueue } from './outcomes.ts';

/**
 * Provider-state helpers (docs/providers.md, "Provider states": the Pact verifier and tests put the simulator in a given
 * state): reset, seed cards, transfers, applications and used references. In-process only;
 * over HTTP when the simulator runs with enableStateApi (see provider-states.ts).
 */
export interface SeedCardOptions {
  cFiCardId?: string;
  reference?: string;
  customerId?: string;
  programId?: string;
  programType?: ProgramType;
  status?: StatusCode;
  /** A number in dollars (for credit cards: available funds minus credit limit). */
  balance?: number;
  pin?: string;
  creditLimit?: number;
  /** For a business customer: the representative or employee who holds the card. */
  cardHolderId?: string;
  /** The card belongs to the first customer that names it (a provider state naming no owner). */
  adoptable?: boolean;
}

export interface CardSnapshot {
  cFiCardId: string;
  kind: 'card' | 'vAccount';
  cFiStatus: 'Complete' | 'Error';
  customerId: string;
  reference: string;
  programId: string;
  programType: ProgramType;
  status: StatusCode;
  balance: number;
  creditLimit: number;
  pan?: string;
  expiry?: string;
  vAccountNumber: string;
  replacedBy?: string;
  statusLog: { from: StatusCode; to: StatusCode; via: string }[];
}

export interface SeedTransferOptions {
  cFiFundsId?: string;
  reference?: string;
  arn?: string;
  type: 'credit' | 'debit' | 'cardToCard';
  amount: number;
  cardFromId?: string;
  cardToId?: string;
  cFiCardId?: string;
  /** ISO date-time of the transfer (default: now). */
  dtsCreatedAt?: string;
}

export interface SeedApplicationOptions {
  applicationId?: string;
  customerId?: string;
  approved: boolean;
  creditLimit?: number;
  adoptable?: boolean;
}

export function snapshot(card: CardRecord): CardSnapshot {
  return {
    cFiCardId: card.cFiCardId,
    kind: card.kind,
    cFiStatus: card.cFiStatus,
    customerId: card.customerId,
    reference: card.reference,
    programId: card.programId,
    programType: card.programType,
    status: card.status,
    balance: toAmount(card.balance),
    creditLimit: toAmount(card.creditLimit),
    ...(card.pan ? { pan: card.pan } : {}),
    ...(card.expiry ? { expiry: card.expiry } : {}),
    vAccountNumber: card.vAccountNumber,
    ...(card.replacedBy ? { replacedBy: card.replacedBy } : {}),
    statusLog: card.statusLog.map((e) => ({ ...e })),
  };
}

const DEFAULT_PROGRAM: Record<ProgramType, string> = { debit: 'd_gpr_test', credit: 'Evolve_Test', vAccountOnly: 'd_gpr_test' };

export class SimulatorState {
  /** The pending on-demand outcomes, with the state API (app.ts sets it): a provider state can force one. */
  outcomes?: OutcomeQueue;

  constructor(private readonly store: SimulatorStore) {}

  /** Back to the fixtures: no cards, transfers, applications, registrations, used references or pending outcomes. */
  reset(): void {
    this.store.reset();
    this.outcomes?.clear();
  }

  /** A card or vAccount in the given status with the given balance (a balance counts as a push). */
  seedCard(options: SeedCardOptions = {}): CardSnapshot {
    return snapshot(this.seedCardRecord(options));
  }

  seedCardRecord(options: SeedCardOptions = {}): CardRecord {
    const { store } = this;
    const existingProgram = options.programId ? PROGRAM_BY_ID.get(options.programId) : undefined;
    const programType: ProgramType = options.programType ?? existingProgram?.programType ?? 'debit';
    const program = existingProgram ?? PROGRAM_BY_ID.get(DEFAULT_PROGRAM[programType]) ?? PROGRAMS[0];
    const customer = ensureCustomer(store, options.customerId ?? store.fixtures.customerId);
    if (options.cardHolderId && customer.type === 'business' && !customer.employees.includes(options.cardHolderId)) {
      ensureCustomer(store, customer.customerId, { representatives: [options.cardHolderId] });
    }
    const holderId =
      options.cardHolderId ?? (customer.type === 'business' ? (customer.representatives[0] ?? customer.customerId) : customer.customerId);
    if (options.cFiCardId) this.removeCard(options.cFiCardId);
    const reference = options.reference ?? `seed${store.random.base62(12)}`;
    const previousOwner = store.referenceOwner('card', reference);
    if (previousOwner) this.removeCard(previousOwner);
    const creditLimit = programType === 'credit' ? toCents(options.creditLimit ?? 1000) : 0n;
    const card = issueCard(store, {
      kind: programType === 'vAccountOnly' ? 'vAccount' : 'card',
      customer,
      program,
      reference,
      holder: { cardHolderId: holderId, cardHolderType: customer.representatives.includes(holderId) ? 'representative' : 'individual' },
      nameOnCard: 'JOHN TESTMAN',
      occupation: 'Student',
      creditLimit,
    });
    if (options.cFiCardId && options.cFiCardId !== card.cFiCardId) {
      store.cards.delete(card.cFiCardId);
      card.cFiCardId = options.cFiCardId;
      store.addCard(card);
    }
    card.status = options.status ?? card.status;
    if (options.pin !== undefined) card.pin = options.pin;
    if (options.adoptable) card.adoptable = true;
    const balance = toCents(options.balance ?? 0);
    if (balance !== 0n) {
      store.push(card, balance);
      card.lastDeposit = 0n;
    }
    return card;
  }

  /** Removes a card and its history; its balance leaves the ledger as a pull, so money stays conserved. */
  removeCard(cFiCardId: string): void {
    const card = this.store.cards.get(cFiCardId);
    if (!card) return;
    this.store.pull(card, card.balance);
    this.store.cards.delete(cFiCardId);
    this.store.history.delete(cFiCardId);
    if (this.store.referenceOwner('card', card.reference) === cFiCardId) this.store.references.card.delete(card.reference);
  }

  private cardFor(id: string | undefined, defaults: SeedCardOptions): CardRecord {
    const existing = id ? this.store.cards.get(id) : undefined;
    return existing ?? this.seedCardRecord({ status: 'B', ...defaults, ...(id ? { cFiCardId: id } : {}) });
  }

  /**
   * A completed funds transfer. Missing cards are created (status B, the from card of a
   * cardToCard transfer in the to card's program); money moves as the operation would move it,
   * a pull being funded first by a seeded push when the card lacks it.
   */
  seedTransfer(options: SeedTransferOptions): Record<string, unknown> {
    const { store } = this;
    const cents = toCents(options.amount);
    const at = options.dtsCreatedAt ? new Date(options.dtsCreatedAt) : store.now();
    const fund = (card: CardRecord) => {
      const missing = cents - store.available(card);
      if (missing > 0n) store.push(card, missing);
    };
    const base = {
      reference: options.reference ?? `seed${store.random.base62(12)}`,
      amount: cents,
      currency: 'USD',
    };
    let transfer: TransferRecord;
    const record = (
      fields: Omit<TransferRecord, 'cFiFundsId' | 'boTransId' | 'arn' | 'dtsCreatedAt' | 'reference' | 'amount' | 'currency'>,
    ) => {
      const previous = store.transferByReference(base.reference);
      if (previous) this.removeTransfer(previous);
      if (options.cFiFundsId) {
        const same = store.transfers.get(options.cFiFundsId);
        if (same) this.removeTransfer(same);
      }
      return store.addTransfer({
        cFiFundsId: options.cFiFundsId ?? store.random.id('ifnd_'),
        boTransId: store.nextTransId(),
        arn: options.arn ?? store.nextArn(),
        dtsCreatedAt: at.toISOString(),
        ...base,
        ...fields,
      });
    };
    const entry = (card: CardRecord, amount: bigint, t: TransferRecord, kind: Parameters<typeof historyEntry>[4]) => {
      historyEntry(store, card, t, amount, kind);
      const list = store.history.get(card.cFiCardId);
      if (list) list[list.length - 1].at = at;
    };
    if (options.type === 'cardToCard') {
      const to = this.cardFor(options.cardToId, {});
      const from = this.cardFor(options.cardFromId, { programId: to.programId, customerId: to.customerId });
      fund(from);
      store.move(from, to, cents);
      transfer = record({
        type: 'cardToCard',
        cardFromId: from.cFiCardId,
        cardToId: to.cFiCardId,
        balance: from.balance,
        lastDeposit: from.lastDeposit,
        fromCardBalance: from.balance,
        toCardBalance: to.balance,
        programName: from.programName,
      });
      const kind = { transTypeId: '40', serviceId: 'C2C_FUNDS_TRSFR', isPaymentTrans: 'I', description: 'Funds Transfer' };
      entry(from, -cents, transfer, kind);
      entry(to, cents, transfer, kind);
    } else {
      const card = this.cardFor(options.cFiCardId ?? options.cardToId ?? options.cardFromId, {});
      if (options.type === 'credit') store.push(card, cents);
      else {
        fund(card);
        store.pull(card, cents);
      }
      transfer = record({
        type: options.type,
        cFiCardId: card.cFiCardId,
        balance: card.balance,
        lastDeposit: card.lastDeposit,
        programName: card.programName,
      });
      entry(
        card,
        options.type === 'credit' ? cents : -cents,
        transfer,
        options.type === 'credit'
          ? { transTypeId: '21', serviceId: 'SW_DEPOSIT', isPaymentTrans: 'I', description: 'Funds Deposit' }
          : { transTypeId: '01', serviceId: 'MNL_CSH_SIG_INT_M', isPaymentTrans: 'N', description: 'Funds Withdrawal' },
      );
    }
    return transferView(transfer);
  }

  private removeTransfer(transfer: TransferRecord): void {
    this.store.transfers.delete(transfer.cFiFundsId);
    this.store.transfersByArn.delete(transfer.arn);
    if (this.store.referenceOwner('funds', transfer.reference) === transfer.cFiFundsId)
      this.store.references.funds.delete(transfer.reference);
  }

  /** Forgets a funds transfer by cFiFundsId, reference or arn (its money movements stay). */
  forgetTransfer(fundsId: string): void {
    const t = this.store.transfers.get(fundsId) ?? this.store.transferByReference(fundsId) ?? this.store.transfersByArn.get(fundsId);
    if (t) this.removeTransfer(t);
  }

  /** A credit application: approved with a limit (default 2700), or declined. */
  seedApplication(options: SeedApplicationOptions): Record<string, unknown> {
    const { store } = this;
    const customer = ensureCustomer(store, options.customerId ?? store.fixtures.customerId);
    const decided = options.approved
      ? { decision: 'Approve' as const, creditLimit: toCents(options.creditLimit ?? 2700), adverseAction: [] }
      : decide(0n);
    const app = {
      applicationId: options.applicationId ?? store.random.id('gsa_'),
      customerId: customer.customerId,
      employer: 'ABC123 Inc.',
      income: 0n,
      ...decided,
      ...(options.adoptable ? { adoptable: true } : {}),
    };
    store.applications.set(app.applicationId, app);
    return {
      applicationId: app.applicationId,
      customerId: app.customerId,
      decision: app.decision,
      ...(app.creditLimit !== undefined ? { creditLimit: toAmount(app.creditLimit) } : {}),
    };
  }

  /**
   * Marks a reference as used by entityId (default: a fresh id). The entity id's prefix picks the
   * family (icrd_ cards and vAccounts, ifnd_ funds transfers, tcrd_ registrations); any other id
   * (or none) reserves the reference in every family.
   */
  useReference(reference: string, entityId?: string, family?: ReferenceFamily): void {
    const families: ReferenceFamily[] = family
      ? [family]
      : entityId && familyOfEntityId(entityId)
        ? [familyOfEntityId(entityId) as ReferenceFamily]
        : ['card', 'funds', 'registration'];
    const prefixes: Record<ReferenceFamily, string> = { card: 'icrd_', funds: 'ifnd_', registration: 'tcrd_' };
    for (const f of families) this.store.claimReference(f, reference, entityId ?? this.store.random.id(prefixes[f]));
  }

  /** A service the card's program refuses (extIbis 57), e.g. "Get Transaction History". */
  refuseService(cFiCardId: string, service: string): void {
    const card = this.store.cards.get(cFiCardId);
    if (card) card.refusedServices = [...(card.refusedServices ?? []), service];
  }

  card(cFiCardId: string): CardSnapshot | undefined {
    const card = this.store.cards.get(cFiCardId);
    return card ? snapshot(card) : undefined;
  }

  cards(): CardSnapshot[] {
    return [...this.store.cards.values()].map(snapshot);
  }

  transfers(): Record<string, unknown>[] {
    return [...this.store.transfers.values()].map(transferView);
  }

  /** Money conservation: Σ balances (cents) must equal pushed − pulled at all times. */
  totals(): { balancesCents: bigint; pushedCents: bigint; pulledCents: bigint } {
    let balancesCents = 0n;
    for (const card of this.store.cards.values()) balancesCents += card.balance;
    return { balancesCents, pushedCents: this.store.ledger.pushed, pulledCents: this.store.ledger.pulled };
  }

  /** Whether unknown customers named by requests are created on first use (provider states). */
  setImplicitCustomers(on: boolean): void {
    const store = this.store;
    store.implicitCustomer = on ? (customerId) => ensureCustomer(store, customerId) : undefined;
  }

  /** The underlying store, for the provider-state registry. */
  get internals(): SimulatorStore {
    return this.store;
  }
}
