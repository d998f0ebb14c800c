import type { FlakyNetworkOptions } from './flaky-network.ts';
import type { StatusCode } from './rules.ts';

export type { StatusCode };
export type ProgramType = 'debit' | 'credit' | 'vAccountOnly';
export type CustomerType = 'individual' | 'business';
export type HolderType = 'representative' | 'individual';

export interface SimulatorOptions {
  /** 0 = a free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Added to every response, after the request was processed. */
  latencyMs?: number;
  seed?: number | string;
  /** Token lifetime; default one hour. */
  tokenTtlMs?: number;
  /** Serve POST /__simulator/state and /__simulator/reset (default false). */
  enableStateApi?: boolean;
  now?: () => Date;
  /**
   * Start with one named fault of src/simulator/faults/ (a documented rule broken on purpose, for
   * the self-check: docs/contributing.md, "Self-check"); an unknown name throws UnknownFaultError listing the valid ones.
   */
  fault?: string;
  /**
   * Start with allowed variants of src/simulator/variants/ (a choice the docs leave open, made
   * differently: docs/contributing.md, "Allowed variants"); an unknown name throws UnknownVariantError.
   */
  variants?: readonly string[];
  /**
   * Put a flaky network in front of the simulator (src/simulator/flaky-network.ts): about `rate` of
   * the requests meet a reset before or after processing, or a 503 before processing. The seed
   * defaults to the simulator's.
   */
  flakyNetwork?: FlakyNetworkOptions;
}

export interface SimulatorFixtures {
  customerId: string;
  unverifiedCustomerId: string;
  businessCustomerId: string;
  businessRepresentativeId: string;
  businessEmployeeId: string;
  debitProgramId: string;
  otherDebitProgramId: string;
  creditProgramId: string;
}

export interface Program {
  programId: string;
  programType: 'debit' | 'credit';
  name: string;
  abaRoutingNumber: string;
  bin: string;
  customerTypes: CustomerType[];
  /** Per-card allocated credit limit bounds, in cents (credit programs). */
  creditLimit?: { min: bigint; max: bigint };
  /** Reissue reason codes the program does not allow (answered with extIbis 57). */
  refusedReissueReasons: string[];
}

/** A person who can hold a card: an individual customer, a business representative or employee. */
export interface Person {
  id: string;
  role: 'customer' | 'representative' | 'employee';
  businessId?: string;
  firstName: string;
  lastName: string;
  dob: string;
  address1: string;
  address2: string;
  city: string;
  stateCode: string;
  postalCode: string;
  country: string;
  cellNumber: string;
  email: string;
}

export interface Customer {
  customerId: string;
  type: CustomerType;
  kycApproved: boolean;
  memberNumber: string;
  boCustomerId: string;
  companyName?: string;
  representatives: string[];
  employees: string[];
}

export interface CardRecord {
  cFiCardId: string;
  kind: 'card' | 'vAccount';
  cFiStatus: 'Complete' | 'Error';
  error?: { code: string; message: string };
  customerId: string;
  reference: string;
  programId: string;
  programType: ProgramType;
  programName: string;
  cardHolderId: string;
  cardHolderType: HolderType;
  nameOnCard?: string;
  occupation?: string;
  companyNameOnCard?: string;
  primaryCardId?: string;
  applicationId?: string;
  status: StatusCode;
  /** The full PAN: shown once, in the add response (newCardNumber), masked everywhere else. */
  pan?: string;
  /** MMYYYY. */
  expiry?: string;
  vAccountNumber: string;
  abaRoutingNumber: string;
  boReferenceId: string;
  cardReferenceId: string;
  batchReferenceId: string;
  batchRecordId: string;
  dtsCreatedAt: string;
  balance: bigint;
  creditLimit: bigint;
  lastDeposit: bigint;
  pin?: string;
  pinFailures: number;
  lockedUntil?: number;
  replacedBy?: string;
  /** Services the card's program refuses for this card (extIbis 57), e.g. "Get Transaction History". */
  refusedServices?: string[];
  /** Seeded by a provider state that names no owner: it belongs to the first customer that uses it. */
  adoptable?: boolean;
  /** Every status change, for the invariant checks (from → to, and the operation that made it). */
  statusLog: { from: StatusCode; to: StatusCode; via: string }[];
}

export interface ReversalRecord {
  amount: bigint;
  cFiStatus: 'Complete';
  dtsReversalInitiated: string;
  arn: string;
  boTransId: string;
}

export interface TransferRecord {
  cFiFundsId: string;
  reference: string;
  type: 'credit' | 'debit' | 'cardToCard';
  cFiCardId?: string;
  cardFromId?: string;
  cardToId?: string;
  amount: bigint;
  currency: string;
  description?: string;
  boTransId: string;
  arn: string;
  dtsCreatedAt: string;
  /** The balance shown in the response: the card's (credit/debit) or the from card's (cardToCard). */
  balance: bigint;
  lastDeposit: bigint;
  fromCardBalance?: bigint;
  toCardBalance?: bigint;
  programName: string;
  reversal?: ReversalRecord;
}

export interface ApplicationRecord {
  applicationId: string;
  customerId: string;
  employer: string;
  income: bigint;
  decision: 'Approve' | 'Decline';
  /** Approved limit in cents (Approve only). */
  creditLimit?: bigint;
  adverseAction: string[];
  /** Seeded by a provider state that names no applicant: it belongs to the first customer that uses it. */
  adoptable?: boolean;
}

export interface RegistrationRecord {
  cFiCardId: string;
  reference: string;
  dtsRegistered: string;
  cardExpirationDate: string;
  cardLast4: string;
}

export interface HistoryEntry {
  transId: string;
  originalTraceAuditNo?: string;
  at: Date;
  amount: bigint;
  available: bigint;
  accountNumber: string;
  transTypeId: string;
  description: string;
  messageTypeIdentifier: '0200' | '0400';
  arn: string;
  serviceId: string;
  isPaymentTrans: string;
  authorizationCode?: string;
}
