import type { JsonSchema } from './catalogue.ts';
import type { SchemaSet } from './schema-set.ts';

/** Schemas in this project are not recursive: deeper than this is a cycle. */
const MAX_DEPTH = 40;
const BRANCHES = ['allOf', 'oneOf', 'anyOf', 'then', 'else'] as const;

/** A schema with its `$ref` chain resolved in `set` ("id#/json/pointer"; keywords beside a `$ref` apply too). */
export function derefIn(set: SchemaSet, node: unknown): JsonSchema | boolean | undefined {
  let s = node;
  for (let hops = 0; hops < 20 && s !== null && typeof s === 'object' && typeof (s as JsonSchema).$ref === 'string'; hops++) {
    const { $ref, ...rest } = s as JsonSchema;
    const [id, ptr = ''] = ($ref as string).split('#');
    let target: unknown = set.byId[id];
    for (const part of ptr.split('/').filter(Boolean))
      target = target && typeof target === 'object' ? (target as JsonSchema)[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    s = target === undefined ? rest : { ...(target as JsonSchema), ...rest };
  }
  return s === undefined || s === null ? undefined : (s as JsonSchema | boolean);
}

/**
 * Every schema a root gives for one instance path (a JSON pointer, `*` for array items), whichever
 * branch (allOf, oneOf, anyOf, then, else) gives it: what spec-diff asks to tell a property that
 * is new to the body from one documented elsewhere and constrained again.
 */
export function schemasAt(set: SchemaSet, root: unknown, rootPath: string, path: string): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, at: string, depth: number) => {
    const s = derefIn(set, node);
    if (s === undefined || typeof s !== 'object' || depth > MAX_DEPTH) return;
    if (at === path) found.push(s);
    else if (path.startsWith(`${at}/`)) {
      const segment = path.slice(at.length + 1).split('/')[0];
      const next = `${at}/${segment}`;
      const unescaped = segment.replace(/~1/g, '/').replace(/~0/g, '~');
      if (segment === '*' && s.items !== undefined) visit(s.items, next, depth + 1);
      const properties = s.properties as Record<string, unknown> | undefined;
      if (properties && unescaped in properties) visit(properties[unescaped], next, depth + 1);
    }
    for (const key of BRANCHES) for (const branch of [s[key]].flat()) if (branch !== undefined) visit(branch, at, depth + 1);
  };
  visit(root, rootPath, 0);
  return found;
}
