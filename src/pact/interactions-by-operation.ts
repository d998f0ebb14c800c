import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ALL_OPERATIONS } from '../api/index.ts';
import { CONTRACTS_DIR } from './contract-names.ts';
import { readPact } from './pact-file.ts';

/** One interaction of a committed contract, by the documented operation its request path names. */
export interface InteractionRef {
  operation: string;
  description: string;
  status: number;
  /** The contract file, relative to the contracts folder. */
  file: string;
}

// "/ibis/credit-card/application/:applicationId" matches any one path segment in place of the parameter.
const PATTERNS = ALL_OPERATIONS.map((op) => ({
  operation: op.operation,
  pattern: new RegExp(`^${op.operation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`),
}));

/** The operation a request path is, or undefined. */
export function operationOfPath(requestPath: string): string | undefined {
  return PATTERNS.find((p) => p.pattern.test(requestPath))?.operation;
}

/**
 * Every interaction of the Pact files in `dir` (contracts/ by default), each with its operation:
 * what spec-diff names as affected by a change (docs/architecture.md, "Spec diff").
 */
export function interactionsByOperation(dir = CONTRACTS_DIR): InteractionRef[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const pact = readPact(path.join(dir, file));
      return (pact.interactions ?? []).flatMap((i) => {
        const operation = operationOfPath(i.request.path);
        return operation ? [{ operation, description: i.description, status: i.response.status, file }] : [];
      });
    });
}
