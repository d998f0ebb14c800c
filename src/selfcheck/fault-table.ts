import type { SelfcheckRow } from '../reporting/types.ts';
import { FAULTS } from '../simulator/faults/catalogue.ts';

// The fault table of docs/contributing.md, "Self-check: does the suite catch a non-conformant
// provider?": one row per fault of the catalogue, in its order, with what the latest self-check saw.
// `npm run docs:fault-table` rewrites it from reports/selfcheck.json; fault-table.test.ts holds the
// doc's rows to the catalogue, so a fault added without a run of the self-check is noticed.

export const FAULT_TABLE_START = '<!-- fault-table:start (npm run docs:fault-table) -->';
export const FAULT_TABLE_END = '<!-- fault-table:end -->';
const HEADER = ['| fault | family | what it breaks | expected | detected by | collateral |', '| --- | --- | --- | --- | --- | --- |'];

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${cell(text)}\``;

/** The catalogue's columns of a fault's row: name, family, what it breaks (and its story), expected. */
export function faultColumns(): Map<string, string[]> {
  return new Map(
    FAULTS.map((f) => [
      f.name,
      [code(f.name), f.family, cell(f.story ? `${f.description} *(${f.story})*` : f.description), f.expected.map(code).join(', ')],
    ]),
  );
}

function detectedBy(row: SelfcheckRow | undefined): string {
  if (!row) return 'not run';
  if (!row.detected) return `**missed**${row.reason ? `: ${cell(row.reason)}` : ''}`;
  const shown = row.detectedBy.slice(0, 3).map(code).join(', ');
  return row.detectedBy.length > 3 ? `${shown} +${row.detectedBy.length - 3} more` : shown;
}

/** The whole table, the catalogue's columns joined with the run's detections. */
export function faultTable(rows: readonly SelfcheckRow[]): string {
  const byName = new Map(rows.map((r) => [r.fault, r]));
  const lines = [...faultColumns()].map(([name, columns]) => {
    const row = byName.get(name);
    return `| ${[...columns, detectedBy(row), row ? String(row.collateral.length) : '-'].join(' | ')} |`;
  });
  return [...HEADER, ...lines].join('\n');
}

/** `doc` with the text between the table's markers replaced by `table`. */
export function replaceFaultTable(doc: string, table: string): string {
  const start = doc.indexOf(FAULT_TABLE_START);
  const end = doc.indexOf(FAULT_TABLE_END);
  if (start < 0 || end < start) throw new Error(`the fault table's markers (${FAULT_TABLE_START} ... ${FAULT_TABLE_END}) are missing`);
  return `${doc.slice(0, start + FAULT_TABLE_START.length)}\n${table}\n${doc.slice(end)}`;
}
