import { findOperation, type OperationSpec } from './catalogue.ts';
import { identifyError } from './error-identity.ts';
import { forcibleErrors } from './outcomes.ts';
import { driftWatch, errorRules } from './rules.ts';
import { ShapeCompiler, type Shape } from './response-shape.ts';
import { rawSchemas, successEnvelope } from './validator.ts';

/**
 * The drift model (docs/architecture.md, "Observed drift"): given one answer of a documented
 * operation, what it shows that the docs do not describe but allow. Pure and cheap: it reads the
 * schemas once per operation and walks the body once, so that every exchange of a run and of a
 * proxy session can go through it. Examples are raw: the caller redacts them before keeping them.
 */
export interface ExchangeDrift {
  /** Properties no schema names, at JSON pointers with `*` for array items; the outermost one only. */
  fields?: { path: string; type: string; example: unknown }[];
  /** Values outside a documented list: error codes the docs do not tie to the operation, prose-listed values. */
  values?: { path: string; value: unknown; listed?: string }[];
  /** The HTTP status is not one the docs give for the operation; `code`: the answer's, when it had one. */
  status?: { code?: string };
  /** Response headers of interest (schemas/rules/drift-watch.json), which the docs never document. */
  headers?: { name: string; value: string }[];
}

export interface DriftInput {
  operation: string;
  status: number;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: unknown;
}

interface OperationDocs {
  statuses: ReadonlySet<number>;
  codes: ReadonlySet<string>;
  pairs: ReadonlySet<string>;
  success: Shape | undefined;
}

let compiler: ShapeCompiler | undefined;
const shapes = new Map<string, Shape | undefined>();
const docsByOperation = new Map<string, OperationDocs>();

function compilerOf(): ShapeCompiler {
  return (compiler ??= new ShapeCompiler(rawSchemas(), driftWatch.values));
}

function schemaShape(key: string, schema: unknown): Shape | undefined {
  if (!shapes.has(key)) shapes.set(key, compilerOf().shapeOf(schema));
  return shapes.get(key);
}

const pair = (code: string, subCode: unknown) => `${code}\u0000${typeof subCode === 'string' ? subCode : ''}`;

function operationDocs(op: OperationSpec): OperationDocs {
  let docs = docsByOperation.get(op.operation);
  if (docs) return docs;
  const rules = forcibleErrors(op.operation).flatMap((id) => errorRules.get(id) ?? []);
  docs = {
    statuses: new Set([200, ...rules.map((r) => r.httpStatus)]),
    codes: new Set(rules.map((r) => r.code)),
    pairs: new Set(rules.map((r) => pair(r.code, r.subCode))),
    success: schemaShape(`${op.slug}.success`, successEnvelope(op)),
  };
  docsByOperation.set(op.operation, docs);
  return docs;
}

/** The documented shape of an error body: the envelope, its context as the matched error documents it. */
function errorShape(status: number, body: Record<string, unknown>, id: string | undefined): Shape | undefined {
  if (status === 401) return schemaShape('unauthorized', { $ref: 'envelope#/definitions/unauthorized' });
  if (body.code === 'requestValidateError')
    return schemaShape('requestValidateError', { $ref: 'envelope#/definitions/requestValidateError' });
  const envelope = schemaShape('error', { $ref: 'envelope#/definitions/error' });
  const context = id === undefined ? undefined : errorRules.get(id)?.context;
  if (!context || !envelope?.props) return envelope;
  const key = `context:${id}`;
  if (!shapes.has(key)) {
    const props = new Map(envelope.props);
    props.set('context', compilerOf().shapeOf(context) ?? {});
    shapes.set(key, { ...envelope, props });
  }
  return shapes.get(key);
}

/** The JSON type of a value, as a schema would name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const escapeKey = (key: string) => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

interface Walk {
  fields: Map<string, { path: string; type: string; example: unknown }>;
  values: Map<string, { path: string; value: unknown; listed: string }>;
}

// Every exchange of a run goes through walk(): a path is built only where something is looked at
// below it (an object, an array, a listed value) or found undocumented.
function walk(value: unknown, shape: Shape, path: string, out: Walk, depth: number): void {
  if (depth > 64) return;
  if (Array.isArray(value)) {
    const items = shape.items;
    if (items) for (const item of value) walk(item, items, `${path}/*`, out, depth + 1);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const props = shape.props;
    if (!props) return; // the schema does not describe this object's content
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      const known = props.get(key);
      if (known) {
        if (known.values || (child !== null && typeof child === 'object')) walk(child, known, `${path}/${escapeKey(key)}`, out, depth + 1);
      } else if (!shape.anyKey) {
        const at = `${path}/${escapeKey(key)}`;
        if (!out.fields.has(at)) out.fields.set(at, { path: at, type: jsonType(child), example: child });
      }
    }
    return;
  }
  const listed = shape.values;
  if (listed && !listed.values.has(value)) {
    const key = `${path}\u0000${String(value)}`;
    if (!out.values.has(key)) out.values.set(key, { path, value, listed: listed.id });
  }
}

function headersOfInterest(headers: DriftInput['headers']): ExchangeDrift['headers'] {
  let found: { name: string; value: string }[] | undefined;
  const { names, prefixes } = driftWatch.headers;
  for (const [raw, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const name = raw.toLowerCase();
    if (names.includes(name) || prefixes.some((p) => name.startsWith(p)))
      (found ??= []).push({ name, value: Array.isArray(value) ? value.join(', ') : value });
  }
  return found;
}

/** An error code (or subCode) the docs do not tie to this operation and status. */
function undocumentedCode(docs: OperationDocs, body: Record<string, unknown>, id: string | undefined) {
  if (typeof body.code !== 'string' || id !== undefined) return undefined;
  if (docs.codes.has(body.code) && !docs.pairs.has(pair(body.code, body.subCode))) return { path: '/subCode', value: body.subCode ?? null };
  return { path: '/code', value: body.code };
}

/**
 * What one answer of a documented operation shows beyond the docs; undefined when nothing. An
 * answer that is not a JSON object (a transport failure, a proxy's HTML page) has no fields to read.
 */
export function exchangeDrift(input: DriftInput): ExchangeDrift | undefined {
  const op = findOperation(input.operation);
  if (!op || input.status <= 0) return undefined;
  const docs = operationDocs(op);
  const drift: ExchangeDrift = {};
  if (!docs.statuses.has(input.status)) {
    const code = (input.body as { code?: unknown } | null)?.code;
    drift.status = typeof code === 'string' ? { code } : {};
  }
  const headers = headersOfInterest(input.headers);
  if (headers) drift.headers = headers;
  const body = input.body;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const success = input.status === 200 && b.code === '0';
    const id = success ? undefined : identifyError(op.operation, input.status, b)?.rule.id;
    const shape = success ? docs.success : errorShape(input.status, b, id);
    const out: Walk = { fields: new Map(), values: new Map() };
    if (shape) walk(b, shape, '', out, 0);
    const code = success ? undefined : undocumentedCode(docs, b, id);
    if (out.fields.size > 0) drift.fields = [...out.fields.values()];
    if (out.values.size > 0 || code) drift.values = [...(code ? [code] : []), ...out.values.values()];
  }
  return drift.status || drift.headers || drift.fields || drift.values ? drift : undefined;
}
