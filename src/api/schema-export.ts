import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS, readJson, type JsonSchema, type OperationSpec } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';

/**
 * Turns the project's schemas (several documents with connectFi's ids: common, toucan, ibisFacade,
 * ibisResponse, envelope) into one flat set of named schemas, for the generators of
 * generated/types.ts and generated/openapi.json. `common#/definitions/id` becomes `CommonId`.
 */
export type ExportTarget = 'typescript' | 'openapi';

const CUSTOM_KEYWORDS = ['amountPrecision', 'isNotOnlyWhitespace'];

function pascal(s: string): string {
  return s.replace(/(^|[-_\s])([a-z0-9])/gi, (_, __, c: string) => c.toUpperCase());
}

export function definitionName(ref: string): string {
  const m = /^([A-Za-z]+)#\/definitions\/([A-Za-z0-9]+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref}`);
  return pascal(m[1]) + pascal(m[2]);
}

/** Deep-copies a schema, rewriting $refs and adapting keywords to the target. */
export function convertSchema(schema: unknown, target: ExportTarget, refPrefix: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convertSchema(s, target, refPrefix));
  if (schema === null || typeof schema !== 'object') return schema;
  const src = schema as JsonSchema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(src)) {
    if (key === '$ref') out.$ref = refPrefix + definitionName(value as string);
    else if (key === 'nullable') continue;
    else if (CUSTOM_KEYWORDS.includes(key)) {
      if (target === 'openapi') out[`x-connectfi-${key}`] = value;
    } else if (key.startsWith('x-') || key === '$comment') {
      if (target === 'openapi') out[key] = value;
    } else if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, convertSchema(v, target, refPrefix)]));
    } else out[key] = convertSchema(value, target, refPrefix);
  }
  // OpenAPI-style `nullable: true` is `type: [T, "null"]` in JSON Schema 2020-12 (OpenAPI 3.1).
  if (src.nullable === true && typeof src.type === 'string') out.type = [src.type, 'null'];
  return out;
}

/** Every shared definition, by flat name. */
export function sharedDefinitions(target: ExportTarget, refPrefix: string): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const dir = path.join(SCHEMAS_DIR, 'common');
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const doc = readJson<{ $id: string; definitions: Record<string, JsonSchema> }>(path.join(dir, f));
    for (const [name, schema] of Object.entries(doc.definitions)) {
      defs[definitionName(`${doc.$id}#/definitions/${name}`)] = convertSchema(schema, target, refPrefix);
    }
  }
  return defs;
}

export interface OperationSchemas {
  op: OperationSpec;
  requestName: string;
  responseDataName: string;
  responseName: string;
  request: unknown;
  responseData: unknown;
  response: unknown;
}

export function operationSchemas(target: ExportTarget, refPrefix: string): OperationSchemas[] {
  return ALL_OPERATIONS.map((op) => {
    const responseDataName = `${op.name}ResponseData`;
    return {
      op,
      requestName: `${op.name}Request`,
      responseDataName,
      responseName: `${op.name}Response`,
      request: convertSchema(op.request, target, refPrefix),
      responseData: convertSchema(op.responseData, target, refPrefix),
      response: {
        type: 'object',
        description: `200 envelope of ${op.method} ${op.operation}`,
        required: ['code', 'data', 'requestId'],
        properties: {
          code: { const: '0' },
          data: { $ref: refPrefix + responseDataName },
          requestId: { $ref: `${refPrefix}EnvelopeRequestId` },
        },
      },
    };
  });
}
