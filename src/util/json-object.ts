/**
 * Reading parsed JSON (a body from JSON.parse is `unknown` until something checks it): a guard for
 * objects and a path reader, so code outside the tests narrows what it reads instead of trusting it.
 */

/** A JSON object: string keys, values not yet known. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `value` is a JSON array (its items not yet known; `Array.isArray` alone would type them `any`). */
export function isJsonArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/**
 * The value at `path` inside `value` (object keys, array indexes, `length` of an array), or
 * undefined where a step is missing or not an object: `valueAt(body, 'data', 'transactions', 'length')`.
 */
export function valueAt(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
