// Rewrites the fault table of docs/contributing.md from the latest self-check (reports/selfcheck.json,
// written by `npm run selfcheck`); see src/selfcheck/fault-table.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import type { SelfcheckSummary } from '../src/reporting/types.ts';
import { faultTable, replaceFaultTable } from '../src/selfcheck/fault-table.ts';

const report = process.argv[2] ?? 'reports/selfcheck.json';
const guide = 'docs/contributing.md';
const summary = JSON.parse(readFileSync(report, 'utf8')) as SelfcheckSummary;
writeFileSync(guide, replaceFaultTable(readFileSync(guide, 'utf8'), faultTable(summary.faults)));
process.stdout.write(`${guide}: the fault table from ${report} (${summary.faults.length} faults, ${summary.score.detected} detected)\n`);
