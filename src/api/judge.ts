import { findOperation, type OperationSpec } from './catalogue.ts';
import { answerIdentity, contextFields, documentedErrorIds, identifyError, ruleIdentity } from './error-identity.ts';
import type { ContextFields, ErrorIdentity } from './error-identity.ts';
import { SUCCESS_OUTCOME } from './outcomes.ts';
import { REQUEST_ID } from './request-id.ts';
import { errorRuleList } from './rules.ts';
import { validateErrorBody, validateResponse, type AjvError } from './validator.ts';
import { isJsonObject, type JsonObject } from '../util/json-object.ts';

/**
 * The one judge of answers (docs/architecture.md, "The judge"): given an operation and the answer
 * to one request, whether the answer is documented, which documented outcome it is, whether it is a
 * transport incident rather than an answer of the provider, and what its envelope and schema get
 * wrong. The run's envelope audit, the proxy, the simulator's tests and the suites' error assertion
 * all ask it, so a run and the proxy grade the same exchange alike. Pure and cheap: it runs on
 * every exchange of a run and of a proxy session.
 */
export interface JudgedAnswer {
  /** The documented operation the request was sent to, or null for a path that is none. */
  operation: string | null;
  method: string;
  /** null: no answer arrived. */
  status: number | null;
  contentType: string | undefined;
  /** The parsed JSON body; anything else (undefined, text) is "not a JSON object". */
  body: unknown;
  /** Why no answer arrived ("reset", "timeout", "unreachable"), when status is null. */
  noAnswer?: string;
}

/** What a problem is about: the proxy's violation rules are these names. */
export type ProblemRule =
  'content-type' | 'json-body' | 'request-id' | 'success-code' | 'error-code' | 'documented-response' | 'error-envelope';

/** One deviation of an answer's envelope, content type, requestId or schema. */
export interface AnswerProblem {
  rule: ProblemRule;
  /** One line, as the run's envelope rows show it. */
  text: string;
  /** The schema error behind it, for the proxy's keyword and instancePath. */
  ajv?: AjvError;
}

export type AnswerOutcome =
  | { kind: 'success' }
  | {
      kind: 'error';
      /** The row of schemas/rules/errors.json. */
      id: string;
      identity: ErrorIdentity;
      context: ContextFields;
      /** Other rows of the same identity the message did not tell apart. */
      alike?: string[];
    };

export interface Judgement {
  /** The answer is a documented outcome of its operation, with its envelope, schema and context. */
  documented: boolean;
  /** Why it is not documented (one line). */
  reason?: string;
  /** The documented outcome it is, when its identity is one (even when its envelope has problems). */
  outcome?: AnswerOutcome;
  /** "200", the error id, else the transport label or "http-<status>": the proxy's outcome label. */
  label: string;
  /** A transport incident: no answer ("reset", "timeout"...), a 429, a 5xx the docs do not document. */
  transport?: string;
  problems: AnswerProblem[];
}

const JSON_TYPE = /^application\/json\b/i;

const schemaProblems = (rule: ProblemRule, errors: AjvError[], line: (e: AjvError) => string): AnswerProblem[] =>
  errors.map((e) => ({ rule, text: line(e), ajv: e }));

/** A 200 or error body against the documented envelope (README.md, "Error envelope"). */
function bodyProblems(operation: string | null, status: number, b: JsonObject): AnswerProblem[] {
  // The documented 401 example has no requestId (errata unauthorized-envelope).
  if (status === 401)
    return schemaProblems(
      'error-envelope',
      validateErrorBody(b, 'unauthorized').errors,
      (e) => `401 body ${e.instancePath || '/'} ${e.message}`,
    );
  const problems: AnswerProblem[] = [];
  if (typeof b.requestId !== 'string' || !REQUEST_ID.test(b.requestId))
    problems.push({ rule: 'request-id', text: `requestId ${JSON.stringify(b.requestId)} is not 32 lowercase hex characters` });
  if (status === 200) {
    if (b.code !== '0')
      problems.push({ rule: 'success-code', text: `HTTP 200 with code ${JSON.stringify(b.code)}: success must be code "0"` });
    else if (operation)
      problems.push(
        ...schemaProblems(
          'documented-response',
          validateResponse(operation, b).errors,
          (e) => `200 body ${e.instancePath || '/'} ${e.message} (${e.schemaPath})`,
        ),
      );
    return problems;
  }
  if (b.code === '0') problems.push({ rule: 'error-code', text: `HTTP ${status} with code "0": an error must not claim success` });
  const kind = b.code === 'requestValidateError' ? 'requestValidateError' : 'error';
  problems.push(
    ...schemaProblems('error-envelope', validateErrorBody(b, kind).errors, (e) => `${status} body ${e.instancePath || '/'} ${e.message}`),
  );
  return problems;
}

/**
 * What an answer's envelope, content type, requestId and schema get wrong: JSON content type;
 * success `{ code: "0", data, requestId }` validating against the operation's 200 schema; errors
 * `{ requestId, code, ... }`, requestValidateError carrying Ajv errors; 401 unauthorized.
 */
export function envelopeProblems(
  operation: string | null,
  status: number,
  contentType: string | undefined,
  body: unknown,
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const type = contentType ?? '';
  if (!JSON_TYPE.test(type)) problems.push({ rule: 'content-type', text: `content-type is "${type}", expected application/json` });
  if (!isJsonObject(body)) {
    problems.push({ rule: 'json-body', text: 'the body is not a JSON object' });
    return problems;
  }
  problems.push(...bodyProblems(operation, status, body));
  return problems;
}

/** The operation an answer belongs to, or why it belongs to none. */
function operationOfAnswer(a: JudgedAnswer): { spec?: OperationSpec; reason?: string } {
  if (a.operation === null) return { reason: `${a.method} to a path that is not a documented operation` };
  const spec = findOperation(a.operation);
  if (!spec) return { reason: `${a.operation} is not a documented operation` };
  if (spec.method !== a.method.toUpperCase())
    return { reason: `${a.method} is not the documented method of ${spec.operation} (${spec.method})` };
  return { spec };
}

function outcomeOf(operation: string, status: number, body: unknown): AnswerOutcome | undefined {
  if (status === 200 && isJsonObject(body) && body.code === '0') return { kind: 'success' };
  const found = identifyError(operation, status, body);
  if (!found) return undefined;
  const { rule, alike } = found;
  return { kind: 'error', id: rule.id, identity: ruleIdentity(rule), context: contextFields(rule, body), ...(alike ? { alike } : {}) };
}

function undocumentedReason(operation: string, status: number, body: unknown): string {
  const { code, subCode } = answerIdentity(status, body);
  if (status === 200) return `HTTP 200 without code "0" is not a success of ${operation}`;
  const what = `HTTP ${status}${code === undefined ? ' without a code' : ` code ${code}`}${subCode === undefined ? '' : ` subCode ${subCode}`}`;
  return `${what} is not an error ${operation} documents (its errors: ${documentedErrorIds(operation).join(', ')})`;
}

function contextReason(outcome: AnswerOutcome | undefined): string | undefined {
  if (outcome?.kind !== 'error') return undefined;
  const { missing, mistyped, documented } = outcome.context;
  if (missing.length === 0 && mistyped.length === 0) return undefined;
  const wrong = [...missing.map((f) => `${f} missing`), ...mistyped.map((f) => `${f} of another type`)].join(', ');
  return `${outcome.id}: its context ${wrong} (the docs define { ${documented.join(', ')} })`;
}

/** The documented error codes (schemas/rules/errors.json). */
let documentedCodes: ReadonlySet<string> | undefined;

/**
 * Whether an answer with this status and body is a transport incident rather than the provider's
 * answer (docs/ci.md, "Transport trouble"): a 429, or a 5xx the docs do not document. A 5xx or 429
 * whose body names a documented error code (a 500 requestValidateError) is no network's: only the
 * provider's own validator or business rules say that, so it is the provider's answer with the
 * wrong status, graded like any other.
 */
export function isTransportStatus(status: number, body: unknown): boolean {
  if (status !== 429 && status < 500) return false;
  documentedCodes ??= new Set(errorRuleList.map((e) => e.code));
  return !(isJsonObject(body) && typeof body.code === 'string' && documentedCodes.has(body.code));
}

const incident = (label: string, reason: string): Judgement => ({ documented: false, reason, label, transport: label, problems: [] });

/** Judges one answer (see Judgement). */
export function judgeAnswer(a: JudgedAnswer): Judgement {
  if (a.status === null) {
    const label = a.noAnswer ?? 'no-answer';
    return incident(label, `no answer (${label}): a transport incident, not an answer of the provider`);
  }
  const { spec, reason: noOperation } = operationOfAnswer(a);
  const outcome = spec ? outcomeOf(spec.operation, a.status, a.body) : undefined;
  // A 429 or a 5xx the docs do not document is the network's or the gateway's, not the provider's answer.
  if (!outcome && isTransportStatus(a.status, a.body))
    return incident(`http-${a.status}`, `HTTP ${a.status} is not a documented answer: a transport incident, not an answer of the provider`);
  const problems = envelopeProblems(spec?.operation ?? null, a.status, a.contentType, a.body);
  const reason =
    noOperation ??
    (outcome ? undefined : undocumentedReason(spec!.operation, a.status, a.body)) ??
    problems[0]?.text ??
    contextReason(outcome);
  const label = outcome?.kind === 'error' ? outcome.id : a.status === 200 ? SUCCESS_OUTCOME : `http-${a.status}`;
  return {
    documented: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    ...(outcome ? { outcome } : {}),
    label,
    problems,
  };
}
