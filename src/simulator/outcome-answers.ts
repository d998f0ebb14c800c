import { randomBytes } from 'node:crypto';
import { errorRule, moneyRules, validateRequest, type ErrorRule } from '../api/index.ts';
import { ruleError, type ApiError } from './api-error.ts';
import { idempotency } from './rules.ts';

/**
 * The documented error answer of a forced outcome: the rule's code, subCode, HTTP status and
 * message (schemas/rules/errors.json), and a context of the documented shape filled from the
 * request where it names the value (reference, cFiCardId, customerId...).
 */
type Body = Record<string, unknown>;

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join('');
const base62 = (n: number) =>
  randomBytes(n * 2)
    .toString('base64')
    .replace(/[^0-9A-Za-z]/g, '')
    .padEnd(n, 'x')
    .slice(0, n);

function entityId(operation: string): string {
  const prefix = idempotency.operations.find((o) => o.operation === operation)?.entityIdPrefix ?? 'icrd_';
  return `${prefix}${base62(22)}`;
}

/** A value for one context property: from the request when it carries it, else one of the right kind. */
interface ContextSchema {
  type?: unknown;
  required?: string[];
  properties?: Record<string, ContextSchema>;
}

function fromSchema(schema: ContextSchema, operation: string, body: Body, now: Date, parent = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const child = schema.properties?.[name] ?? {};
    const key = parent === 'fundsContext' && name === 'entityId' ? 'entityIdOfFunds' : name;
    out[name] =
      child.type === 'object' ? fromSchema(child, operation, body, now, name) : contextValue(key, child.type, operation, body, now);
  }
  return out;
}

function contextValue(name: string, type: unknown, operation: string, body: Body, now: Date): unknown {
  const fromBody = body[name];
  if (type === 'string' && typeof fromBody === 'string') return fromBody;
  switch (name) {
    case 'entityId':
      return entityId(operation);
    case 'transId':
      return digits(12);
    case 'fee':
      return 0;
    case 'programId':
      return typeof body.cardProgramId === 'string' ? body.cardProgramId : 'd_gpr_test';
    case 'fundsId':
      return [body.cFiFundsId, body.reference, body.arn].find((v) => typeof v === 'string') ?? 'unknown';
    case 'entityIdOfFunds':
      return typeof body.cFiFundsId === 'string' ? body.cFiFundsId : `ifnd_${base62(22)}`;
    case 'maxAttempts':
      return 3;
    case 'until':
      return new Date(now.getTime() + 30 * 60_000).toISOString();
    case 'maxNumberOfRecords':
      return moneyRules.history.maxNumberOfRecords;
    case 'creditLimit':
      return typeof body.creditLimit === 'number' ? body.creditLimit : 1000;
    default:
      return type === 'number' ? 0 : 'forced';
  }
}

function forcedContext(rule: ErrorRule, operation: string, body: Body, now: Date): Record<string, unknown> | unknown[] | undefined {
  if (rule.id === 'requestValidateError') {
    // A genuine Ajv error of the operation's own schema (its first required property missing).
    const errors = validateRequest(operation, {}).errors;
    return errors.length > 0
      ? errors
      : [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }];
  }
  const schema = rule.context as ContextSchema | undefined;
  if (!schema) return undefined;
  const out = fromSchema(schema, operation, body, now);
  if (rule.id === 'ibisProgramNotSupported') out.customerType = 'individual';
  return out;
}

/** The ApiError answering a forced error id on `operation` for this request body; `now`: the simulator's clock. */
export function forcedError(id: string, operation: string, requestBody: unknown, now: Date): ApiError {
  const rule = errorRule(id);
  const body = requestBody !== null && typeof requestBody === 'object' && !Array.isArray(requestBody) ? (requestBody as Body) : {};
  // Message placeholders: the request's own values where it has them (statusCode, currency).
  const strings = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const vars = {
    statusCode: 'B',
    currency: 'EUR',
    ...strings,
    maskedPan: '400000******0002',
    max: '10000.00',
    min: '100.00',
    available: '0.00',
  };
  return ruleError(id, operation, vars, forcedContext(rule, operation, body, now));
}
