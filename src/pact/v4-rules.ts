/**
 * A pact-js matcher template (MatchersV3: `{ "pact:matcher:type": ..., value }` objects, as
 * response-matchers.ts builds them) turned into what a Pact V4 file holds: the example body and
 * its matching rules by JSONPath, the form pact-js writes for the committed contract
 * (contracts/README.md, "What the matching rules require"). The proxy's `--pact-out` writes the app's
 * contract with it, with no Pact mock server in the way.
 */
export interface MatchingRule {
  combine: 'AND';
  matchers: Record<string, unknown>[];
}

export type RuleSet = Record<string, MatchingRule>;

const TYPE_KEY = 'pact:matcher:type';

function isMatcher(value: unknown): value is Record<string, unknown> & { [TYPE_KEY]: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && TYPE_KEY in value;
}

/** `$.data[*].cFiCardId`; a key that is not an identifier is quoted: `$['a-b']`. */
function child(path: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}['${key.replace(/'/g, "\\'")}']`;
}

function matcherRule(m: Record<string, unknown>): Record<string, unknown> {
  switch (m[TYPE_KEY]) {
    case 'regex':
      return { match: 'regex', regex: m.regex };
    case 'type':
      return typeof m.min === 'number' ? { match: 'type', min: m.min } : { match: 'type' };
    case 'arrayContains':
      return {
        match: 'arrayContains',
        variants: (m.variants as unknown[]).map((variant, index) => {
          const inner: RuleSet = {};
          walk(variant, '$', inner);
          return { index, rules: inner };
        }),
      };
    default:
      // equality, null, and any other matcher pact-js names by its own word.
      return { match: m[TYPE_KEY] };
  }
}

/** The example value of `template` at `path`, its rules added to `rules`. */
function walk(template: unknown, path: string, rules: RuleSet): unknown {
  if (isMatcher(template)) {
    rules[path] = { combine: 'AND', matchers: [matcherRule(template)] };
    const kind = template[TYPE_KEY];
    if (kind === 'arrayContains') return (template.variants as unknown[]).map((v) => walk(v, '$', {}));
    if (kind === 'type' && Array.isArray(template.value)) return template.value.map((v) => walk(v, `${path}[*]`, rules));
    if (kind === 'null') return null;
    // A type matcher over an object or array cascades: its value is the example, with no rules of its own.
    return walk(template.value, path, {});
  }
  if (Array.isArray(template)) return template.map((v, i) => walk(v, `${path}[${i}]`, rules));
  if (template !== null && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, walk(v, child(path, k), rules)]));
  return template;
}

/** The example body of a template and its body rules (`$...` paths). */
export function v4Body(template: unknown): { content: unknown; rules: RuleSet } {
  const rules: RuleSet = {};
  const content = walk(template, '$', rules);
  return { content, rules };
}
