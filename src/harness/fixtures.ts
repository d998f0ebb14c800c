/**
 * The fixture ids a live check may need on the target, and the CONNECTFI_* variable that names each.
 * These names are a stable interface (docs/ci.md, "Configuration"): the simulator writes them with
 * --write-env, `run` reads them, and a check names them when it is skipped for want of one.
 * They live in the harness, below the runner, because checks read them (docs/architecture.md, "Layers").
 */
export const FIXTURE_VARIABLES = {
  customerId: 'CONNECTFI_CUSTOMER_ID',
  unverifiedCustomerId: 'CONNECTFI_UNVERIFIED_CUSTOMER_ID',
  businessCustomerId: 'CONNECTFI_BUSINESS_CUSTOMER_ID',
  businessRepresentativeId: 'CONNECTFI_BUSINESS_REPRESENTATIVE_ID',
  businessEmployeeId: 'CONNECTFI_BUSINESS_EMPLOYEE_ID',
  debitProgramId: 'CONNECTFI_DEBIT_PROGRAM_ID',
  otherDebitProgramId: 'CONNECTFI_OTHER_DEBIT_PROGRAM_ID',
  creditProgramId: 'CONNECTFI_CREDIT_PROGRAM_ID',
} as const;
export type FixtureName = keyof typeof FIXTURE_VARIABLES;
export type Fixtures = Partial<Record<FixtureName, string>>;
