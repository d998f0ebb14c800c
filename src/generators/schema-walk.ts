import { getOperation, rawSchemas } from '../api/index.ts';

/** A JSON Schema node as written in schemas/ (draft-07 plus connectFi's keywords). */
export type Schema = Record<string, unknown>;

// Keywords whose value is a subschema, a map of subschemas or an array of subschemas: the walk
// descends into these and nowhere else (enum values, x-doc objects are data, not schemas).
const SINGLE = ['items', 'not', 'additionalProperties', 'if', 'then', 'else', 'contains', 'propertyNames'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const ARRAYS = ['oneOf', 'anyOf', 'allOf'];

/**
 * Keywords that constrain a request and that the generators exercise both ways. Everything else
 * present in a request schema must be an annotation or structural (see `keywordRole`), otherwise
 * the coverage test fails until the generators learn the new keyword.
 */
export const CONSTRAINT_KEYWORDS = [
  'type',
  'nullable',
  'required',
  'additionalProperties',
  'oneOf',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'isNotOnlyWhitespace',
  'minimum',
  'exclusiveMinimum',
  'amountPrecision',
] as const;

/**
 * Keywords that never make a body invalid: annotations (`default` is one too, since the project's
 * Ajv does not use `useDefaults`) and the structure the walk follows.
 */
const ANNOTATIONS = new Set(['description', '$comment', 'title', 'default', 'examples']);
const STRUCTURAL = new Set(['properties', '$ref', 'definitions', '$defs', '$id', '$schema']);

export type KeywordRole = 'constraint' | 'annotation' | 'structural' | 'unknown';

export function keywordRole(keyword: string): KeywordRole {
  if ((CONSTRAINT_KEYWORDS as readonly string[]).includes(keyword)) return 'constraint';
  if (ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) return 'annotation';
  if (STRUCTURAL.has(keyword)) return 'structural';
  return 'unknown';
}

function unescapePointer(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves an absolute `$ref` ("common#/definitions/id") in the project's schemas. */
export function resolveRef(ref: string): Schema {
  const [base, pointer = ''] = ref.split('#');
  if (!base) throw new Error(`relative $ref "${ref}" is not supported: schemas/ uses $id-qualified refs`);
  let node = rawSchemas()[base] as unknown;
  if (node === undefined) throw new Error(`$ref "${ref}": no schema with $id "${base}"`);
  for (const token of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[unescapePointer(token)];
    if (node === undefined) throw new Error(`$ref "${ref}" points nowhere`);
  }
  return node as Schema;
}

/** The schema a node stands for, with `$ref`s followed (a `$ref` node carries only annotations). */
export function deref(schema: Schema): Schema {
  let node = schema;
  for (let hops = 0; typeof node.$ref === 'string'; hops += 1) {
    if (hops > 20) throw new Error(`$ref cycle at ${String(node.$ref)}`);
    const siblings = Object.keys(node).filter((k) => k !== '$ref' && keywordRole(k) !== 'annotation');
    if (siblings.length) throw new Error(`$ref ${String(node.$ref)} has sibling keywords ${siblings.join(', ')}`);
    node = resolveRef(node.$ref);
  }
  return node;
}

/** Calls `visit` on every schema node reachable from `schema` (following `$ref`s, each once). */
export function walkSchema(schema: Schema, visit: (node: Schema) => void, seen = new Set<Schema>()): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  visit(schema);
  if (typeof schema.$ref === 'string') walkSchema(resolveRef(schema.$ref), visit, seen);
  for (const k of SINGLE) if (isSchema(schema[k])) walkSchema(schema[k], visit, seen);
  for (const k of MAPS)
    for (const sub of Object.values((schema[k] as Record<string, unknown>) ?? {})) if (isSchema(sub)) walkSchema(sub, visit, seen);
  for (const k of ARRAYS) for (const sub of (schema[k] as unknown[]) ?? []) if (isSchema(sub)) walkSchema(sub, visit, seen);
}

function isSchema(v: unknown): v is Schema {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Every keyword present in an operation's request schema, `$ref`s followed, sorted. */
export function schemaKeywords(operation: string): string[] {
  const found = new Set<string>();
  walkSchema(getOperation(operation).request, (node) => {
    for (const k of Object.keys(node)) found.add(k);
  });
  return [...found].sort();
}

/** The keywords of `schemaKeywords` that constrain the body (the ones coverage counts). */
export function constraintKeywords(operation: string): string[] {
  return schemaKeywords(operation).filter((k) => keywordRole(k) === 'constraint');
}

/** Escapes a property name for a JSON Pointer (Ajv's instancePath). */
export function pointerJoin(path: string, key: string): string {
  return `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
