import { BOUNDARY_FAULTS } from './boundary-faults.ts';
import { CARDS_FAULTS } from './cards-faults.ts';
import { CREDENTIAL_FAULTS } from './credential-faults.ts';
import { DATE_RANGE_FAULTS } from './date-range-faults.ts';
import { ENVELOPE_FAULTS } from './envelope-faults.ts';
import { LIMIT_FAULTS } from './limit-faults.ts';
import { LOOKUP_FAULTS } from './lookup-faults.ts';
import { MONEY_FAULTS } from './money-faults.ts';
import { PROVIDER_API_FAULTS } from './provider-api-faults.ts';
import { PROVIDER_MONEY_FAULTS } from './provider-money-faults.ts';
import { PROVIDER_READ_FAULTS } from './provider-read-faults.ts';
import { READ_BACK_FAULTS } from './read-back-faults.ts';
import { REFERENCE_SCOPE_FAULTS } from './reference-scope-faults.ts';
import { REFUSED_LEG_FAULTS } from './refused-leg-faults.ts';
import { STATUS_FAULTS } from './status-faults.ts';
import { TRANSFER_FAULTS } from './transfer-faults.ts';
import type { Fault } from './types.ts';
import { VALIDATION_FAULTS } from './validation-faults.ts';

/**
 * The fault catalogue: every named deviation the simulator can be started with. The first files
 * flip one documented rule each; the provider-* files model how real payment APIs break (each
 * fault with its story); the last files are off by one at a limit, in a scope or on one leg of a
 * multi-step operation (the recall probes). The order is the self-check's table order.
 */
export const FAULTS: readonly Fault[] = [
  ...ENVELOPE_FAULTS,
  ...VALIDATION_FAULTS,
  ...STATUS_FAULTS,
  ...MONEY_FAULTS,
  ...TRANSFER_FAULTS,
  ...CARDS_FAULTS,
  ...PROVIDER_MONEY_FAULTS,
  ...PROVIDER_API_FAULTS,
  ...PROVIDER_READ_FAULTS,
  ...BOUNDARY_FAULTS,
  ...DATE_RANGE_FAULTS,
  ...REFERENCE_SCOPE_FAULTS,
  ...REFUSED_LEG_FAULTS,
  ...READ_BACK_FAULTS,
  ...CREDENTIAL_FAULTS,
  ...LOOKUP_FAULTS,
  ...LIMIT_FAULTS,
];

export const FAULT_NAMES: readonly string[] = FAULTS.map((f) => f.name);

const BY_NAME = new Map(FAULTS.map((f) => [f.name, f]));
if (BY_NAME.size !== FAULTS.length) throw new Error('src/simulator/faults: two faults share a name');

/** A fault name that is not in the catalogue; the message lists the valid names. */
export class UnknownFaultError extends Error {
  constructor(readonly fault: string) {
    super(`unknown fault ${JSON.stringify(fault)}; valid faults: ${FAULT_NAMES.join(', ')}`);
    this.name = 'UnknownFaultError';
  }
}

export function faultNamed(name: string): Fault {
  const fault = BY_NAME.get(name);
  if (!fault) throw new UnknownFaultError(name);
  return fault;
}
