import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readJson } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';

/** A documented example, transcribed in schemas/examples/<slug>.json. */
export interface DocumentedExample {
  name: string;
  source: { file: string; heading: string; label?: string };
  providerState: { name: string; params: Record<string, unknown> } | null;
  request: { method: 'GET' | 'POST'; path: string; body: unknown; params?: Record<string, string> };
  requestDerived: boolean;
  derivation: string | null;
  response: { status: number; body: unknown } | null;
  /** Added by the loader: the operation the file documents. */
  operation: string;
}

export interface ErratumExemption {
  example: string;
  part: 'request' | 'response';
  reason: string;
}

export interface Erratum {
  id: string;
  kind: 'contradiction' | 'defect' | 'silence';
  topic: string;
  quotes: { file: string; heading: string; text: string }[];
  resolution: string;
  affects: string[];
  exempt: ErratumExemption[];
}

const EXAMPLES_DIR = path.join(SCHEMAS_DIR, 'examples');

export function loadExamples(): DocumentedExample[] {
  if (!existsSync(EXAMPLES_DIR)) return [];
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'states.json')
    .sort()
    .flatMap((f) => {
      const doc = readJson<{ operation: string; examples: Omit<DocumentedExample, 'operation'>[] }>(path.join(EXAMPLES_DIR, f));
      return doc.examples.map((e) => ({ ...e, operation: doc.operation }));
    });
}

export function loadErrata(): Erratum[] {
  const file = path.join(SCHEMAS_DIR, 'errata.json');
  return existsSync(file) ? readJson<{ errata: Erratum[] }>(file).errata : [];
}

/** Exemptions by `${example}:${part}`, each with the erratum that grants it. */
export function exemptions(errata = loadErrata()): Map<string, { erratum: string; reason: string }> {
  const map = new Map<string, { erratum: string; reason: string }>();
  for (const e of errata) for (const x of e.exempt ?? []) map.set(`${x.example}:${x.part}`, { erratum: e.id, reason: x.reason });
  return map;
}
