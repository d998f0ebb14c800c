import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR } from '../api/index.ts';
import { KEYWORD_COVERAGE_FILE, buildKeywordCoverageFile, recordedKeywordCoverage } from './coverage-file.ts';
import { keywordCoverage } from './coverage.ts';

describe('generated/keyword-coverage.json', () => {
  it('is exactly what `npm run generate` writes (regenerate and commit when this fails)', () => {
    expect(readFileSync(path.join(GENERATED_DIR, KEYWORD_COVERAGE_FILE), 'utf8')).toBe(buildKeywordCoverageFile());
  });

  it('reads back as the coverage the generators compute', () => {
    expect(recordedKeywordCoverage()).toEqual(keywordCoverage());
  });
});
