import type { JsonSchema } from './catalogue.ts';
import type { DocRef } from './catalogue.ts';

/**
 * The documented shape of a response: which properties the schemas name at each place of a body,
 * whatever branch (allOf, oneOf, anyOf, if/then/else) names them. It answers "is this field
 * documented?", not "is this body valid?" (the validators answer that), so the branches are
 * united: a property any branch names is documented (docs/architecture.md, "Observed drift").
 */
export interface Shape {
  /** The documented properties; undefined when the schema names none (its content is not described). */
  props?: Map<string, Shape>;
  /** Any property name is documented (`additionalProperties` given as a schema). */
  anyKey?: boolean;
  /** The shape of array items; undefined when the schema does not describe them. */
  items?: Shape;
  /** Values the docs list in prose for this property (schemas/rules/drift-watch.json). */
  values?: { id: string; values: ReadonlySet<unknown>; docRef: DocRef };
}

/** A prose-listed value set attached to `property` wherever `schema` (a $ref target) is used. */
export interface ProseValues {
  id: string;
  schema: string;
  property: string;
  values: readonly string[];
  'x-doc': DocRef;
}

const COMBINERS = ['allOf', 'oneOf', 'anyOf'] as const;
const CONDITIONALS = ['if', 'then', 'else'] as const;
/** Schemas in this project are not recursive; a deeper nesting is a cycle, and is not described further. */
const MAX_DEPTH = 32;

function merge(a: Shape | undefined, b: Shape | undefined): Shape | undefined {
  if (!a) return b;
  if (!b) return a;
  const out: Shape = { ...a };
  if (b.props) {
    const props = new Map(a.props ?? []);
    for (const [k, v] of b.props) props.set(k, merge(props.get(k), v) ?? {});
    out.props = props;
  }
  if (b.anyKey) out.anyKey = true;
  if (b.items) out.items = merge(a.items, b.items);
  if (b.values && !a.values) out.values = b.values;
  return out;
}

/** Compiles schemas into shapes, resolving `$ref`s ("id#/json/pointer") among `byId`. */
export class ShapeCompiler {
  private readonly prose = new Map<string, ProseValues[]>();

  constructor(
    private readonly byId: Readonly<Record<string, JsonSchema>>,
    prose: readonly ProseValues[] = [],
  ) {
    for (const row of prose) this.prose.set(row.schema, [...(this.prose.get(row.schema) ?? []), row]);
  }

  shapeOf(schema: unknown, depth = 0): Shape | undefined {
    if (schema === null || typeof schema !== 'object' || depth > MAX_DEPTH) return undefined;
    const s = schema as JsonSchema;
    let shape: Shape | undefined;
    if (typeof s.$ref === 'string') shape = this.withProse(s.$ref, this.shapeOf(this.resolve(s.$ref), depth + 1));
    shape = merge(shape, this.ownShape(s, depth));
    for (const key of [...COMBINERS, ...CONDITIONALS]) {
      const branches = s[key];
      for (const branch of Array.isArray(branches) ? branches : branches ? [branches] : [])
        shape = merge(shape, this.shapeOf(branch, depth + 1));
    }
    return shape;
  }

  /** `properties`, `required` (a required name is a documented one), `additionalProperties`, `items`. */
  private ownShape(s: JsonSchema, depth: number): Shape | undefined {
    let shape: Shape | undefined;
    const properties = s.properties as Record<string, unknown> | undefined;
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    if (properties || required.length > 0) {
      const props = new Map<string, Shape>();
      for (const name of required) props.set(name, {});
      for (const [name, child] of Object.entries(properties ?? {})) props.set(name, this.shapeOf(child, depth + 1) ?? {});
      shape = { props };
    }
    const extra = s.additionalProperties;
    if (extra !== undefined && extra !== false) shape = { ...(shape ?? {}), anyKey: true };
    if (s.items !== undefined) {
      const items = this.shapeOf(s.items, depth + 1);
      if (items) shape = { ...(shape ?? {}), items };
    }
    return shape;
  }

  private withProse(ref: string, shape: Shape | undefined): Shape | undefined {
    const rows = this.prose.get(ref);
    if (!rows || !shape?.props) return shape;
    const props = new Map(shape.props);
    for (const row of rows) {
      const values = { id: row.id, values: new Set<unknown>(row.values), docRef: row['x-doc'] };
      props.set(row.property, { ...(props.get(row.property) ?? {}), values });
    }
    return { ...shape, props };
  }

  private resolve(ref: string): unknown {
    const [id, pointer = ''] = ref.split('#');
    let node: unknown = this.byId[id];
    for (const part of pointer.split('/').filter(Boolean)) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }
}
