import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../simulator/variants/index.ts';
import { selectVariants } from './options.ts';
import type { RunResult } from './score.ts';
import { judgeVariant, renderVariantTable, variantsLine, variantsPassed, variantVerdictText, type VariantInfo } from './variant-score.ts';

const variant: VariantInfo = {
  name: 'reworded-messages',
  description: 'words every error message differently',
  docs: [{ file: 'README.md', heading: 'Error envelope', quote: 'and may have no message.' }],
  erratum: 'undocumented-refusal-messages',
  flakyNetwork: false,
};

function run(statuses: Record<string, string>, exitCode: number | null = 0, error?: string): RunResult {
  const checks = Object.entries(statuses).map(([id, status]) => ({ id, family: id.split('.')[0], status }));
  return { exitCode, checks, durationMs: 9_000, ...(error ? { error } : {}) };
}

describe('judgeVariant: the suite must pass an allowed variant', () => {
  it('passes a run where nothing failed, counting advisories and not-applicable checks apart', () => {
    const row = judgeVariant(variant, run({ 'a.x': 'passed', 'b.y': 'advisory', 'c.z': 'not-applicable' }));
    expect(row).toMatchObject({ ok: true, falseAlarms: [], advisories: ['b.y'], passed: 1, notApplicable: 1, exitCode: 0 });
    expect(row.reason).toBeUndefined();
    expect(row.docs).toEqual(variant.docs);
    expect(variantVerdictText(row)).toBe('no false alarm (1 passed, 1 not applicable, 1 advisory: b.y)');
    const two = judgeVariant(variant, run({ 'a.x': 'passed', 'b.y': 'advisory', 'c.z': 'advisory' }));
    expect(variantVerdictText(two)).toBe('no false alarm (1 passed, 0 not applicable, 2 advisories: b.y, c.z)');
  });

  it('lists every failed check as a false alarm, and fails', () => {
    const row = judgeVariant(variant, run({ 'a.x': 'failed', 'b.y': 'passed', 'c.z': 'failed' }, 1));
    expect(row).toMatchObject({ ok: false, falseAlarms: ['a.x', 'c.z'], reason: '2 false alarms: a.x, c.z' });
  });

  it('fails a run that could not complete', () => {
    const row = judgeVariant(variant, run({}, 2, 'error [CONFIG]: no target'));
    expect(row.ok).toBe(false);
    expect(row.reason).toBe('the run could not complete (exit 2): error [CONFIG]: no target');
  });

  it('accepts transport errors only behind a flaky network', () => {
    const statuses = { 'a.x': 'passed', 'b.y': 'error' };
    expect(judgeVariant(variant, run(statuses, 2))).toMatchObject({ ok: false, errors: ['b.y'] });
    expect(judgeVariant(variant, run(statuses, 2)).reason).toBe('1 check met transport trouble behind no flaky network: b.y');
    expect(judgeVariant({ ...variant, flakyNetwork: true }, run(statuses, 2))).toMatchObject({ ok: true, errors: ['b.y'] });
  });

  it('says in one line and a table how many variants passed and why one did not', () => {
    const rows = [
      judgeVariant(variant, run({ 'a.x': 'passed' })),
      judgeVariant({ ...variant, name: 'other' }, run({ 'a.x': 'failed' }, 1)),
    ];
    expect(variantsPassed(rows)).toBe(false);
    expect(variantsPassed(rows.slice(0, 1))).toBe(true);
    expect(variantsLine(rows)).toBe('allowed variants: 1/2 passed; 1 false alarm');
    expect(variantsLine(rows.slice(0, 1))).toBe('allowed variants: 1/1 passed with no false alarm');
    expect(renderVariantTable(rows).split('\n').slice(2)).toEqual([
      'reworded-messages  yes     no false alarm (1 passed, 0 not applicable)',
      'other              NO      1 false alarm: a.x',
    ]);
  });
});

describe('selectVariants', () => {
  it('runs every variant by default, none with --only (a look at some faults) or "none", and those a pattern names', () => {
    expect(selectVariants(undefined, undefined)).toHaveLength(VARIANTS.length);
    expect(selectVariants(undefined, 'history-')).toEqual([]);
    expect(selectVariants('none', undefined)).toEqual([]);
    expect(selectVariants('^reworded-messages$', 'x').map((v) => v.name)).toEqual(['reworded-messages']);
  });

  it('refuses a pattern that matches no variant or does not compile, naming the flag', () => {
    expect(() => selectVariants('nope', undefined)).toThrow('--variants "nope" matches no variant; variants: extra-response-fields, ');
    expect(() => selectVariants('(', undefined)).toThrow('--variants must be a regular expression over variant names, got "("');
  });
});
