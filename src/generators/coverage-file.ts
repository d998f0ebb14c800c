import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from '../api/index.ts';
import { keywordCoverage, type KeywordCoverage } from './coverage.ts';

/**
 * The keyword coverage of the generators (coverage.ts) depends only on schemas/ and the
 * generators' code, never on the run, yet takes seconds to compute: `npm run generate` writes it
 * to generated/ and every run reads it (a test fails when the file is stale).
 */
export const KEYWORD_COVERAGE_FILE = 'keyword-coverage.json';

export function buildKeywordCoverageFile(): string {
  return `${JSON.stringify({ $comment: 'DO NOT EDIT: written by `npm run generate` (src/generators/coverage-file.ts)', coverage: keywordCoverage() }, null, 2)}\n`;
}

/** The recorded coverage (the report's per-operation keyword table). */
export function recordedKeywordCoverage(): Record<string, KeywordCoverage> {
  return (
    JSON.parse(readFileSync(path.join(GENERATED_DIR, KEYWORD_COVERAGE_FILE), 'utf8')) as { coverage: Record<string, KeywordCoverage> }
  ).coverage;
}
