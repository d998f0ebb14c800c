import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACT_FILE } from './contract-names.ts';

/** The parts of a V4 pact file this project reads (https://github.com/pact-foundation/pact-specification/tree/version-4). */
export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata: Record<string, unknown>;
}

export interface PactInteraction {
  description: string;
  type: string;
  pending?: boolean;
  providerStates?: { name: string; params?: Record<string, unknown> }[];
  comments?: { text?: string[] };
  request: {
    method: string;
    path: string;
    headers?: Record<string, string[]>;
    body?: PactBody;
    matchingRules?: Record<string, unknown>;
  };
  response: { status: number; headers?: Record<string, string[]>; body?: PactBody; matchingRules?: Record<string, unknown> };
}

/** A V4 body: the example content, its content type, and whether it is base64-encoded (never, for JSON). */
export interface PactBody {
  content?: unknown;
  contentType?: string;
  encoded?: boolean;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * The committed form of a pact: interactions ordered by description and object keys sorted, so
 * that regenerating gives the same bytes whatever order the interactions were recorded in. The
 * pact itself holds no timestamps or random values (metadata carries only library versions, fixed
 * by package-lock.json).
 */
export function normalizePact(pact: PactFile): string {
  const interactions = [...pact.interactions].sort((a, b) => (a.description < b.description ? -1 : a.description > b.description ? 1 : 0));
  return `${JSON.stringify(sortKeys({ ...pact, interactions }), null, 2)}\n`;
}

export function readPact(file = PACT_FILE): PactFile {
  return JSON.parse(readFileSync(file, 'utf8')) as PactFile;
}

/**
 * Writes the normalized pact to `dest` only when its content changed, through a temporary file
 * and a rename, so that a test reading the committed contract in another vitest worker never
 * sees half a file. Returns whether the file changed.
 */
export function writePact(pact: PactFile, dest = PACT_FILE): boolean {
  const text = normalizePact(pact);
  if (existsSync(dest) && readFileSync(dest, 'utf8') === text) return false;
  mkdirSync(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, dest);
  return true;
}
