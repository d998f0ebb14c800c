import type { AjvError } from '../api/index.ts';
import { DECLINE_PREFIXES, errorRules, SERVICE_NAMES } from './rules.ts';

/** An error body without its requestId: { code, subCode?, context?, message? }. */
export interface ErrorBody {
  code: string;
  subCode?: string;
  context?: Record<string, unknown> | unknown[];
  message?: string;
}

/** A documented (or chosen) error answer; the app adds the requestId. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    // Stryker disable next-line LogicalOperator: equivalent: the Error's own message and name never reach an answer, which carries body.message
    super(body.message ?? body.code);
    // Stryker disable next-line StringLiteral: equivalent: the Error's own message and name never reach an answer, which carries body.message
    this.name = 'ApiError';
  }
}

/** Replaces {name} placeholders; an unknown name is left as written. */
export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * The error `id` of schemas/rules/errors.json, answered by `operation`: its code, subCode, HTTP
 * status and message (the operation's own message, else the default with {service}, whose
 * "{service} Decline" becomes vars.declinePrefix or the operation's DECLINE_PREFIXES entry).
 */
export function ruleError(
  id: string,
  operation: string,
  vars: Record<string, string | number> = {},
  context?: ErrorBody['context'],
): ApiError {
  const rule = errorRules.get(id) ?? unknownErrorId(id);
  let template = rule.messages?.[operation] ?? rule.messages?.default ?? rule.message;
  // Stryker disable next-line LogicalOperator: only the message's {service}: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  const service = SERVICE_NAMES[operation] ?? operation;
  // Stryker disable next-line LogicalOperator: only the message's decline prefix: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  const prefix = vars.declinePrefix ?? DECLINE_PREFIXES[operation];
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: only the message's decline prefix: README.md, "Error envelope": an error's message is optional free text (variant reworded-messages)
  if (template !== undefined && prefix !== undefined) template = template.replace('{service} Decline', String(prefix));
  const message = template === undefined ? undefined : interpolate(template, { service, ...vars });
  // A member left undefined (no subCode, context or message) is absent from the JSON answer.
  return new ApiError(rule.httpStatus, { code: rule.code, subCode: rule.subCode, context, message });
}

/** An id missing from schemas/rules/errors.json is a bug of the simulator itself, never an answer. */
// Stryker disable next-line BlockStatement: unreachable from a request: every id the handlers pass is a row of schemas/rules/errors.json
function unknownErrorId(id: string): never {
  // Stryker disable next-line StringLiteral: unreachable from a request: every id the handlers pass is a row of schemas/rules/errors.json
  throw new Error(`unknown error id ${id} (schemas/rules/errors.json)`);
}

/** 400 requestValidateError: the Ajv errors as context, no message (as documented). */
export function validationError(errors: AjvError[]): ApiError {
  return new ApiError(400, { code: 'requestValidateError', context: errors });
}
