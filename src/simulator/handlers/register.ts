import { fnv1a } from '../random.ts';
import type { SimulatorStore } from '../store.ts';
import type { RegistrationRecord } from '../types.ts';
import type { Handler } from './context.ts';

/** YYYYMM from a clear expiration date: MMYY, MM/YY, MMYYYY, YYYYMM or YYYY-MM (undocumented formats). */
// Stryker disable next-line BlockStatement: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
export function parseExpiration(text: string): string | undefined {
  // Stryker disable next-line Regex,StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
  const d = text.replace(/\D/g, '');
  // Stryker disable next-line ArrowFunction,ConditionalExpression,EqualityOperator,LogicalOperator: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
  const month = (mm: string) => Number(mm) >= 1 && Number(mm) <= 12;
  // Stryker disable next-line EqualityOperator,LogicalOperator,MethodExpression,StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
  if (d.length === 4 && month(d.slice(0, 2))) return `20${d.slice(2)}${d.slice(0, 2)}`;
  // Stryker disable next-line EqualityOperator,LogicalOperator,MethodExpression,StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
  if (d.length === 6 && d.startsWith('20') && month(d.slice(4))) return d;
  // Stryker disable next-line EqualityOperator,LogicalOperator,MethodExpression,StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
  if (d.length === 6 && month(d.slice(0, 2))) return `${d.slice(2)}${d.slice(0, 2)}`;
  return undefined;
}

/** Deterministic stand-ins derived from data the simulator cannot read (encrypted card data). */
function derived(store: SimulatorStore, seed: string): { cardLast4: string; cardExpirationDate: string } {
  const h = fnv1a(seed);
  const year = store.now().getUTCFullYear() + 1 + ((h >>> 16) % 5);
  const month = 1 + ((h >>> 8) % 12);
  return { cardLast4: String(h % 10000).padStart(4, '0'), cardExpirationDate: `${year}${String(month).padStart(2, '0')}` };
}

/**
 * transfer-to-card-register.txt, "Register Card": `card` (encrypted) or `clearCard` (the schema's
 * oneOf). Only the last 4 digits and the expiry are kept: the full number is never stored or
 * echoed. "The same card can be registered multiple times" under new references.
 */
export const register: Handler<'/transfer-to/card/register'> = ({ store, operation }, body) => {
  store.assertReferenceFree(operation, body.reference);
  let details: { cardLast4: string; cardExpirationDate: string };
  if ('clearCard' in body) {
    const { accountNumber, expirationDate } = body.clearCard;
    // Stryker disable next-line StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
    const fallback = derived(store, `${accountNumber}|${expirationDate}`);
    const digits = accountNumber.replace(/\D/g, '');
    details = {
      cardLast4: digits.length >= 4 ? digits.slice(-4) : fallback.cardLast4,
      cardExpirationDate: parseExpiration(expirationDate) ?? fallback.cardExpirationDate,
    };
  } else {
    // Stryker disable next-line StringLiteral: errata register-clear-card-values: expirationDate is free text and how cardLast4 and cardExpirationDate are derived is undocumented
    details = derived(store, `${body.card.encryptedData}|${body.card.keyId}`);
  }
  const registration: RegistrationRecord = {
    // Stryker disable next-line StringLiteral: README.md, "Schema details the overview page leaves out": "IDs are common-id: ^[0-9a-zA-Z_]+$, 1-36." (variant unprefixed-ids)
    cFiCardId: store.random.id('tcrd_'),
    reference: body.reference,
    dtsRegistered: store.now().toISOString(),
    ...details,
  };
  store.registrations.set(registration.cFiCardId, registration);
  store.claimReference('registration', registration.reference, registration.cFiCardId);
  return {
    cFiCardId: registration.cFiCardId,
    dtsRegistered: registration.dtsRegistered,
    reference: registration.reference,
    // Stryker disable next-line BooleanLiteral: transfer-to-card-register.txt, "Register Card": the field appears only in the example answer, undescribed; the schema fixes no value
    isPullEnabled: true,
    // Stryker disable next-line BooleanLiteral: transfer-to-card-register.txt, "Register Card": the field appears only in the example answer, undescribed; the schema fixes no value
    isPushEnabled: true,
    cardExpirationDate: registration.cardExpirationDate,
    cardLast4: registration.cardLast4,
  };
};
