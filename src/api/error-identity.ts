import { findOperation } from './catalogue.ts';
import { forcibleErrors } from './outcomes.ts';
import { errorRules, type ErrorRule } from './rules.ts';
import { isJsonObject } from '../util/json-object.ts';

/**
 * Which documented error an answer is. An error's identity is its HTTP status, `code` and
 * `subCode` (README.md, "Error envelope": `{ requestId, code, subCode?, context?, message? }`);
 * the context fields its row of schemas/rules/errors.json defines are graded beside it. The
 * `message` is optional and its words differ between services, so it never decides whether an
 * answer is documented; it only tells apart rows that share an identity on one operation (the
 * credit limit's two bounds), and only to name the row.
 */
export interface ErrorIdentity {
  status: number;
  code: string;
  subCode?: string;
}

/** The context fields an error's row defines, and how an answer's context meets them. */
export interface ContextFields {
  /** Every field the docs name for this error's context (required or not). */
  documented: string[];
  /** The documented fields the answer carries. */
  present: string[];
  /** Required fields the answer lacks. */
  missing: string[];
  /** Present fields whose JSON type is not the documented one. */
  mistyped: string[];
}

/** The identity a row of errors.json documents. */
export function ruleIdentity(rule: ErrorRule): ErrorIdentity {
  return { status: rule.httpStatus, code: rule.code, ...(rule.subCode === undefined ? {} : { subCode: rule.subCode }) };
}

/** The identity of an answer: its status, and its body's code and subCode when they are strings. */
export function answerIdentity(status: number, body: unknown): { status: number; code?: string; subCode?: string } {
  const b = isJsonObject(body) ? body : {};
  return {
    status,
    ...(typeof b.code === 'string' ? { code: b.code } : {}),
    ...(typeof b.subCode === 'string' ? { subCode: b.subCode } : {}),
  };
}

const identityKey = (status: number, code: unknown, subCode: unknown) =>
  `${status}\n${typeof code === 'string' ? code : ''}\n${typeof subCode === 'string' ? subCode : ''}`;

// Per operation: its documented errors by identity (forcibleErrors: the errors its schema file
// lists, plus those the docs tie to every authenticated operation or beside another error).
const byOperation = new Map<string, Map<string, ErrorRule[]>>();

function errorsByIdentity(operation: string): Map<string, ErrorRule[]> {
  let table = byOperation.get(operation);
  if (table) return table;
  table = new Map();
  for (const id of forcibleErrors(operation)) {
    const rule = errorRules.get(id);
    if (!rule) continue;
    const key = identityKey(rule.httpStatus, rule.code, rule.subCode);
    table.set(key, [...(table.get(key) ?? []), rule]);
  }
  byOperation.set(operation, table);
  return table;
}

/** The error ids an operation documents (its own list and those the docs tie to every operation). */
export function documentedErrorIds(operation: string): string[] {
  return [...errorsByIdentity(operation).values()].flat().map((r) => r.id);
}

const patterns = new Map<string, RegExp>();
const patternOf = (rule: ErrorRule): RegExp | undefined =>
  rule.messagePattern === undefined
    ? undefined
    : (patterns.get(rule.id) ?? patterns.set(rule.id, new RegExp(rule.messagePattern)).get(rule.id));

/**
 * The documented error of `operation` an answer is, by identity; `alike` names the other rows of
 * the same identity when the message did not tell them apart (the id is then the first row's).
 */
export function identifyError(operation: string, status: number, body: unknown): { rule: ErrorRule; alike?: string[] } | undefined {
  if (!isJsonObject(body) || findOperation(operation) === undefined) return undefined;
  const rules = errorsByIdentity(operation).get(identityKey(status, body.code, body.subCode));
  if (!rules) return undefined;
  if (rules.length === 1) return { rule: rules[0] };
  const message = typeof body.message === 'string' ? body.message : '';
  const named = rules.find((r) => patternOf(r)?.test(message));
  if (named) return { rule: named };
  return { rule: rules[0], alike: rules.slice(1).map((r) => r.id) };
}

interface ContextSpec {
  required: string[];
  types: Record<string, unknown>;
  fields: string[];
}

const specs = new Map<string, ContextSpec | null>();

/** The object context a row defines (requestValidateError's array context is the envelope schema's). */
function contextSpec(rule: ErrorRule): ContextSpec | null {
  const known = specs.get(rule.id);
  if (known !== undefined) return known;
  const c = rule.context;
  let spec: ContextSpec | null = null;
  if (c && c.type === 'object') {
    const required = Array.isArray(c.required) ? c.required.filter((f): f is string => typeof f === 'string') : [];
    const properties = isJsonObject(c.properties) ? c.properties : {};
    const types = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, isJsonObject(v) ? v.type : undefined]));
    spec = { required, types, fields: [...new Set([...required, ...Object.keys(properties)])] };
  }
  specs.set(rule.id, spec);
  return spec;
}

function hasType(value: unknown, type: unknown): boolean {
  if (Array.isArray(type)) return type.some((t) => hasType(value, t));
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isJsonObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return true; // no type documented: any value
  }
}

/** How an answer's context meets the fields the docs define for `rule` (all empty when it defines none). */
export function contextFields(rule: ErrorRule, body: unknown): ContextFields {
  const spec = contextSpec(rule);
  if (!spec) return { documented: [], present: [], missing: [], mistyped: [] };
  const context = isJsonObject(body) && isJsonObject(body.context) ? body.context : {};
  const present = spec.fields.filter((f) => Object.hasOwn(context, f));
  return {
    documented: spec.fields,
    present,
    missing: spec.required.filter((f) => !Object.hasOwn(context, f)),
    mistyped: present.filter((f) => !hasType(context[f], spec.types[f])),
  };
}
