import { describe, expect, it } from 'vitest';
import { renderSpecDiffJson, renderSpecDiffMarkdown, specDiffHeadline, specDiffReport, type SpecDiffChange } from './spec-diff-report.ts';

const change = (over: Partial<SpecDiffChange>): SpecDiffChange => ({
  operation: '/ibis/inquiry/transaction-history',
  side: 'request',
  path: '/dateFrom',
  change: 'became required',
  breaking: 'integrators',
  checks: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  interactions: ['x | y'],
  ...over,
});

describe('spec-diff.json and spec-diff.md', () => {
  it('count the changes by whom they break, changes first in the JSON', () => {
    const report = specDiffReport([change({}), change({ breaking: 'none', change: 'enum now allows "B"' })], 'HEAD~1', 'HEAD');
    expect(report.summary).toEqual({ integrators: 1, providers: 0, none: 1 });
    expect(Object.keys(JSON.parse(renderSpecDiffJson(report)))).toEqual(['changes', 'old', 'new', 'summary']);
    expect(specDiffHeadline(report)).toBe('2 changes: 1 breaking for integrators, 0 breaking for providers, 1 compatible');
    expect(specDiffHeadline(specDiffReport([], 'a', 'b'))).toBe('no change between a and b');
  });

  it('is a pull-request table per kind, inert: no markup from a schema, no cell broken by a "|"', () => {
    const md = renderSpecDiffMarkdown(specDiffReport([change({ change: 'pattern none → <b>^a|b$</b>' })], 'old', 'new'));
    expect(md).toContain('### Breaking for integrators (1): a request that was valid is now refused');
    expect(md).not.toContain('<b>');
    expect(md).toContain('7: `a`, `b`, `c`, `d`, `e` and 2 more');
    expect(md).toContain('`x \\| y`');
    const row = md.split('\n').find((l) => l.startsWith('| `/ibis'))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });
});
