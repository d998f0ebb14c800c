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
  const rule = errorRules.get(id);
  if (!rule) throw new Error(`unknown error id ${id} (schemas/rules/errors.json)`);
  let template = rule.messages?.[operation] ?? rule.messages?.default ?? rule.message;
  const service = SERVICE_NAMES[operation] ?? operation;
  const prefix = vars.declinePrefix ?? DECLINE_PREFIXES[operation];
  if (template !== undefined && prefix !== undefined) template = template.replace('{service} Decline', String(prefix));
  const body: ErrorBody = { code: rule.code };
  if (rule.subCode !== undefined) body.subCode = rule.subCode;
  if (context !== undefined) body.context = context;
  if (template !== undefined) body.message = interpolate(template, { service, ...vars });
  return new ApiError(rule.httpStatus, body);
}

/** 400 requestValidateError: the Ajv errors as context, no message (as documented). */
export function validationError(errors: AjvError[]): ApiError {
  return new ApiError(400, { code: 'requestValidateError', context: errors });
}

/** An error the docs do not name (robustness answers and business-rule refusals chosen here). */
export function plainError(status: number, code: string, message: string, context?: Record<string, unknown>): ApiError {
  return new ApiError(status, context ? { code, context, message } : { code, message });
}
