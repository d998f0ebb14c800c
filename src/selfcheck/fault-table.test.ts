import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../simulator/faults/catalogue.ts';
import { FAULT_TABLE_END, FAULT_TABLE_START, faultColumns, faultTable, replaceFaultTable } from './fault-table.ts';

const guide = readFileSync(new URL('../../docs/contributing.md', import.meta.url), 'utf8');

/** The rows of the guide's fault table, each split into its cells (escaped pipes kept). */
function guideRows(): string[][] {
  const block = guide.slice(guide.indexOf(FAULT_TABLE_START) + FAULT_TABLE_START.length, guide.indexOf(FAULT_TABLE_END));
  return block
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\)\| /)
        .map((c) => c.trim()),
    );
}

describe('the fault table of docs/contributing.md', () => {
  it('lists every fault of the catalogue, in its order, with its family, description and expected checks (npm run docs:fault-table)', () => {
    expect(guide).toContain(FAULT_TABLE_START);
    const rows = guideRows();
    const catalogue = [...faultColumns().values()];
    expect(rows.map((r) => r[0])).toEqual(catalogue.map((c) => c[0]));
    for (const [i, row] of rows.entries()) expect(row.slice(0, 4), `row of ${FAULTS[i].name}`).toEqual(catalogue[i]);
    expect(
      rows.every((r) => r[4] !== 'not run'),
      'every fault has a result of the latest self-check',
    ).toBe(true);
  });

  it('shows at most three detecting checks, a missed fault in bold, and a fault the run did not reach as not run', () => {
    const [first, second] = FAULTS;
    const base = { family: 'x', description: 'd', expected: [], exitCode: 1, expectedChecks: 1, failedChecks: 1, durationMs: 1 };
    const table = faultTable([
      { ...base, fault: first.name, detected: true, status: 'detected', detectedBy: ['a', 'b', 'c', 'd', 'e'], collateral: ['z'] },
      { ...base, fault: second.name, detected: false, status: 'missed', detectedBy: [], collateral: [], reason: 'no | check failed' },
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/\| `a`, `b`, `c` \+2 more \| 1 \|$/);
    expect(lines[3]).toMatch(/\| \*\*missed\*\*: no \\\| check failed \| 0 \|$/);
    expect(lines[4]).toMatch(/\| not run \| - \|$/);
    expect(lines).toHaveLength(FAULTS.length + 2);
  });

  it('replaces only the text between the markers, and says so when they are missing', () => {
    const doc = `before\n${FAULT_TABLE_START}\nold\n${FAULT_TABLE_END}\nafter`;
    expect(replaceFaultTable(doc, 'new')).toBe(`before\n${FAULT_TABLE_START}\nnew\n${FAULT_TABLE_END}\nafter`);
    expect(() => replaceFaultTable('no markers', 'new')).toThrow(/markers/);
  });
});
