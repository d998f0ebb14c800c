import type { Random } from './random.ts';
import { simulatorChoices } from './rules.ts';
import type { Customer, Person, Program, SimulatorFixtures } from './types.ts';

/**
 * The simulator's sandbox data: card programs and fixture customers. The program ids and routing
 * numbers are the documented ones (README.md, "Sandbox": d_gpr_test debit, Evolve_Test credit;
 * routing 122244184 on debit and vAccount responses, 121182810 on credit responses); the per-card
 * credit limit bounds 500..2000 are the documented extIbis 12 messages (ibis-overview.txt, "Add a
 * Credit Card with /ibis"). d_gpr_alt is the second debit program the cross-program rules need;
 * Partner_Credit_Test a second credit program with undocumented bounds.
 */
const cents = (dollars: number): bigint => BigInt(Math.round(dollars * 100));

/**
 * A program's per-card credit limit bounds (schemas/rules/simulator-choices.json: documented for
 * Evolve_Test, errata credit-limit-allocation; the simulator's own for its other credit program,
 * errata credit-per-card-bounds), in cents.
 */
function centsBounds(programId: string): { min: bigint; max: bigint } {
  const table = simulatorChoices['credit-limit-bounds'];
  const b = table.programs[programId] ?? table.otherPrograms[programId];
  if (!b) throw new Error(`no credit-limit bounds for ${programId} in schemas/rules/simulator-choices.json`);
  return { min: cents(b.min), max: cents(b.max) };
}

/** The simulator's second credit program, whose per-card bounds are not documented. */
export const OTHER_CREDIT_PROGRAM_ID = 'Partner_Credit_Test';

export const PROGRAMS: readonly Program[] = [
  {
    programId: 'd_gpr_test',
    programType: 'debit',
    name: 'GPR Card Program',
    abaRoutingNumber: '122244184',
    bin: '499999',
    customerTypes: ['individual', 'business'],
    refusedReissueReasons: [],
  },
  {
    programId: 'd_gpr_alt',
    programType: 'debit',
    name: 'GPR Alternate Card Program',
    abaRoutingNumber: '122244184',
    bin: '499998',
    customerTypes: ['individual', 'business'],
    refusedReissueReasons: [],
  },
  {
    programId: 'Evolve_Test',
    programType: 'credit',
    name: 'Evolve Credit Card Program',
    abaRoutingNumber: '121182810',
    bin: '499997',
    customerTypes: ['individual', 'business'],
    creditLimit: centsBounds('Evolve_Test'),
    // "Reissue Damaged Card Decline (Reissue Damaged Card Service is Not Allowed)": the credit
    // program refuses reason "1" (Damaged), so the documented 57 is reachable.
    refusedReissueReasons: ['1'],
  },
  {
    // A second credit program, with bounds of its own: the allowed variant other-credit-program
    // names it as the sandbox's credit program (src/simulator/variants/).
    programId: OTHER_CREDIT_PROGRAM_ID,
    programType: 'credit',
    name: 'Partner Credit Card Program',
    abaRoutingNumber: '121182810',
    bin: '499996',
    customerTypes: ['individual', 'business'],
    creditLimit: centsBounds(OTHER_CREDIT_PROGRAM_ID),
    refusedReissueReasons: [],
  },
];

export const PROGRAM_BY_ID: ReadonlyMap<string, Program> = new Map(PROGRAMS.map((p) => [p.programId, p]));

/** account/add takes no program: the documented responses show accountProgramId "d_gpr_test". */
export const ACCOUNT_PROGRAM_ID = 'd_gpr_test';

/** The cFiAggregatorId of most documented responses. */
export const AGGREGATOR_ID = 'evolve';

/**
 * Credit decision (undocumented; deterministic so tests can predict it): an income of at least
 * minIncome is approved with a limit of limitPerMille of the income, at most maxLimit (50000 → 2700,
 * the documented example); a lower income is declined (schemas/rules/simulator-choices.json,
 * errata credit-decision-rule). Amounts in cents.
 */
const decision = simulatorChoices['credit-decision'];
export const CREDIT_POLICY = {
  minIncome: cents(decision.minIncome),
  ratePerMille: BigInt(decision.limitPerMille),
  maxLimit: cents(decision.maxLimit),
  declineAdverseAction: decision.declineAdverseAction,
} as const;

export function fixtureIds(random: Random): SimulatorFixtures {
  return {
    customerId: random.id('cstap_'),
    unverifiedCustomerId: random.id('cstap_'),
    businessCustomerId: random.id('cstab_'),
    businessRepresentativeId: random.id('cstab_'),
    businessEmployeeId: random.id('cstap_'),
    debitProgramId: 'd_gpr_test',
    otherDebitProgramId: 'd_gpr_alt',
    creditProgramId: 'Evolve_Test',
  };
}

const address = {
  address1: '1234 SWEETBRIAR LN',
  address2: 'Apt 1',
  city: 'TYLER',
  stateCode: 'TX',
  postalCode: '12345',
  country: 'USA',
};

function person(id: string, role: Person['role'], firstName: string, lastName: string, dob: string, businessId?: string): Person {
  const email = `${firstName}.${lastName}@example.com`.toLowerCase();
  return { id, role, firstName, lastName, dob, ...address, cellNumber: '1234567890', email, ...(businessId ? { businessId } : {}) };
}

/** The fixture customers and the people who can hold their cards. */
export function fixtureCustomers(ids: SimulatorFixtures, random: Random): { customers: Customer[]; persons: Person[] } {
  const bo = () => `1100000${random.digits(11)}`;
  const customers: Customer[] = [
    {
      customerId: ids.customerId,
      type: 'individual',
      kycApproved: true,
      memberNumber: random.id('cstcp_'),
      boCustomerId: bo(),
      representatives: [],
      employees: [],
    },
    {
      customerId: ids.unverifiedCustomerId,
      type: 'individual',
      kycApproved: false,
      memberNumber: random.id('cstcp_'),
      boCustomerId: bo(),
      representatives: [],
      employees: [],
    },
    {
      customerId: ids.businessCustomerId,
      type: 'business',
      kycApproved: true,
      memberNumber: random.id('cstcb_'),
      boCustomerId: bo(),
      companyName: 'ABC123 Inc.',
      representatives: [ids.businessRepresentativeId],
      employees: [ids.businessEmployeeId],
    },
  ];
  const persons: Person[] = [
    person(ids.customerId, 'customer', 'JOHN', 'TESTMAN', '1970-01-01'),
    person(ids.unverifiedCustomerId, 'customer', 'JANE', 'UNVERIFIED', '1985-06-15'),
    person(ids.businessRepresentativeId, 'representative', 'ROBERT', 'OWNER', '1968-03-12', ids.businessCustomerId),
    person(ids.businessEmployeeId, 'employee', 'MARY', 'EMPLOYEE', '1990-09-30', ids.businessCustomerId),
  ];
  return { customers, persons };
}

/** The program of an issued card: a card is only ever issued in one of PROGRAMS. */
export function programOf(programId: string): Program {
  const program = PROGRAM_BY_ID.get(programId);
  if (!program) throw new Error(`no program ${programId}: cards are issued only in the programs of fixtures.ts`);
  return program;
}

/** The program `programId` names, if it takes customers of `customerType` (every program here takes both). */
export function programFor(programId: string, customerType: Program['customerTypes'][number]): Program | undefined {
  const program = PROGRAM_BY_ID.get(programId);
  return program?.customerTypes.includes(customerType) ? program : undefined;
}
