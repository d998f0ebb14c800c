/**
 * Canonical JSON (keys sorted at every level): two requests are "the same request" when their
 * bodies are equal as JSON values, whatever the key order the app's serializer used.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

/** The body without its top-level reference: what a retry under a new reference still shares. */
export function withoutReference(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { reference: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}
