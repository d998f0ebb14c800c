/**
 * Seeds of the property runs. Every run prints its seed; setting FC_SEED (or CONNECTFI_SEED, the
 * suite's run-wide seed) replays it. Each operation and kind derives its own stream from the base
 * seed, so adding an operation does not change the cases of the others.
 */

/** The fixed default: runs are reproducible unless a seed is given. */
export const DEFAULT_SEED = 20240806;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** A fast-check seed (32-bit integer) from a number or any string ("42", "nightly-7"). */
export function toSeed(raw: string | number): number {
  if (typeof raw === 'number') return raw | 0;
  const trimmed = raw.trim();
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) | 0 : fnv1a(trimmed);
}

/** The base seed: FC_SEED, else CONNECTFI_SEED, else DEFAULT_SEED. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.FC_SEED || env.CONNECTFI_SEED;
  return raw ? toSeed(raw) : DEFAULT_SEED;
}

/** The seed of one stream (e.g. operation + kind) under a base seed. */
export function seedFor(base: number, ...parts: string[]): number {
  return (Math.imul(base ^ fnv1a(parts.join('\u0000')), 0x9e3779b1) ^ base) | 0;
}
