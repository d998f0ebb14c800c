import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv, formats: string[]) => Ajv }).default;
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { addConnectFiKeywords } from './keywords.ts';
import { ALL_OPERATIONS, getOperation, readJson, type JsonSchema, type OperationSpec } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';

/**
 * One Ajv instance for the whole project, configured as connectFi's validator evidently is
 * (README.md, "Error envelope"): strict schemas, first error only (every documented
 * requestValidateError lists one error per failing schema), OpenAPI-style `nullable`, and the
 * custom keywords of keywords.ts.
 */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ValidationResult {
  valid: boolean;
  /** In connectFi's requestValidateError `context` format; empty when valid. */
  errors: AjvError[];
}

export function createAjv(): Ajv {
  // strictRequired is off because response schemas compose with allOf: a piece may require a
  // property that a sibling $ref defines. Every documented 200 body is validated in
  // src/spec/examples.test.ts, which catches a misspelt required name.
  const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: false, allowUnionTypes: true });
  addFormats(ajv, ['date-time', 'date', 'email']);
  addConnectFiKeywords(ajv);
  const commonDir = path.join(SCHEMAS_DIR, 'common');
  for (const f of readdirSync(commonDir).filter((f) => f.endsWith('.json')).sort()) {
    ajv.addSchema(readJson<JsonSchema>(path.join(commonDir, f)));
  }
  return ajv;
}

export const requestSchemaId = (op: OperationSpec) => `${op.slug}.request`;
export const responseSchemaId = (op: OperationSpec) => `${op.slug}.response`;

/** The full 200 envelope of an operation: { code: "0", data, requestId }. */
export function successEnvelope(op: OperationSpec): JsonSchema {
  return {
    type: 'object',
    required: ['code', 'data', 'requestId'],
    properties: {
      code: { const: '0' },
      data: op.responseData,
      requestId: { $ref: 'envelope#/definitions/requestId' },
    },
  };
}

export const ajv = createAjv();
for (const op of ALL_OPERATIONS) {
  ajv.addSchema({ ...op.request, $id: requestSchemaId(op) });
  ajv.addSchema({ ...successEnvelope(op), $id: responseSchemaId(op) });
}

// Ajv compiles a schema on its first use; the cache is per process (per vitest worker), so a run
// compiles each schema once per worker. Timed for `run --profile`.
const cache = new Map<string, ValidateFunction>();
const stats = { schemas: 0, ms: 0 };

/** Schemas compiled by this process so far and the time it took. */
export function compileStats(): { schemas: number; ms: number } {
  return { ...stats };
}

function compiled(id: string): ValidateFunction {
  const hit = cache.get(id);
  if (hit) return hit;
  const t0 = performance.now();
  const fn = ajv.getSchema(id);
  if (!fn) throw new Error(`schema ${id} is not registered`);
  stats.ms += performance.now() - t0;
  stats.schemas += 1;
  cache.set(id, fn);
  return fn;
}

export function toAjvErrors(errors: ErrorObject[] | null | undefined): AjvError[] {
  return (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params: { ...params },
    ...(message === undefined ? {} : { message }),
  }));
}

function run(id: string, value: unknown): ValidationResult {
  const fn = compiled(id);
  const valid = fn(value) as boolean;
  return { valid, errors: valid ? [] : toAjvErrors(fn.errors) };
}

/** Validates a request body (or, for GET application, its path parameters) like connectFi does. */
export function validateRequest(operation: string, body: unknown): ValidationResult {
  return run(requestSchemaId(getOperation(operation)), body);
}

/** Validates a full 200 response body (the envelope and its data) against the documented schema. */
export function validateResponse(operation: string, body: unknown): ValidationResult {
  return run(responseSchemaId(getOperation(operation)), body);
}

/** Validates an error body against the error envelope (or the 401 shape). */
export function validateErrorBody(body: unknown, kind: 'error' | 'requestValidateError' | 'unauthorized' = 'error'): ValidationResult {
  return run(`envelope#/definitions/${kind}`, body);
}
