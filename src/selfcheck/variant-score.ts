import type { SelfcheckVariantRow } from '../reporting/types.ts';
import type { RunResult } from './score.ts';

/**
 * The self-check's verdict on an allowed variant, as pure functions (docs/contributing.md, "Allowed
 * variants"). The suite runs whole against the variant as a remote target; since the docs allow
 * what the variant does, every failed check is a false alarm, and one fails the self-check. A check
 * that ends `error` (transport trouble) is accepted only from a variant whose network is flaky:
 * elsewhere nothing on the way drops an answer, so an error there says the run proved nothing.
 */
export interface VariantInfo {
  name: string;
  description: string;
  docs: readonly { file: string; heading: string; quote: string }[];
  erratum?: string;
  /** The variant puts a flaky network in front of the simulator: transport errors are expected. */
  flakyNetwork: boolean;
}

const ids = (run: RunResult, status: string) => run.checks.filter((c) => c.status === status).map((c) => c.id);

export function judgeVariant(variant: VariantInfo, run: RunResult): SelfcheckVariantRow {
  const falseAlarms = ids(run, 'failed');
  const errors = ids(run, 'error');
  const row: SelfcheckVariantRow = {
    variant: variant.name,
    description: variant.description,
    docs: variant.docs.map((d) => ({ ...d })),
    ...(variant.erratum ? { erratum: variant.erratum } : {}),
    falseAlarms,
    errors,
    advisories: ids(run, 'advisory'),
    passed: ids(run, 'passed').length,
    notApplicable: ids(run, 'not-applicable').length,
    ok: false,
    exitCode: run.exitCode,
    durationMs: run.durationMs,
  };
  const reason = notOkReason(variant, run, row);
  if (reason === undefined) row.ok = true;
  else row.reason = reason;
  return row;
}

function notOkReason(variant: VariantInfo, run: RunResult, row: SelfcheckVariantRow): string | undefined {
  if (run.checks.length === 0 || (run.exitCode !== 0 && run.exitCode !== 1 && run.exitCode !== 2))
    return `the run could not complete (exit ${run.exitCode ?? 'none'}): ${run.error ?? 'no reason given'}`;
  if (row.falseAlarms.length > 0) return `${count(row.falseAlarms.length, 'false alarm')}: ${shown(row.falseAlarms)}`;
  if (row.errors.length > 0 && !variant.flakyNetwork)
    return `${count(row.errors.length, 'check')} met transport trouble behind no flaky network: ${shown(row.errors)}`;
  if (row.passed === 0) return 'no check passed';
  return undefined;
}

const count = (n: number, word: string) => `${n} ${n === 1 ? word : word.replace(/y$/, 'ie')}${n === 1 ? '' : 's'}`;
const shown = (list: string[], n = 3) => `${list.slice(0, n).join(', ')}${list.length > n ? `, +${list.length - n} more` : ''}`;

/** Every variant passed: no false alarm anywhere. */
export function variantsPassed(rows: readonly SelfcheckVariantRow[]): boolean {
  return rows.every((r) => r.ok);
}

/** "17/17 allowed variants passed with no false alarm". */
export function variantsLine(rows: readonly SelfcheckVariantRow[]): string {
  const ok = rows.filter((r) => r.ok).length;
  const alarms = rows.reduce((n, r) => n + r.falseAlarms.length, 0);
  return `allowed variants: ${ok}/${rows.length} passed${alarms ? `; ${count(alarms, 'false alarm')}` : ' with no false alarm'}`;
}

/** What one line of the table or of the progress says about a variant. */
export function variantVerdictText(row: SelfcheckVariantRow): string {
  if (!row.ok) return row.reason ?? 'failed';
  const extra = [
    `${row.passed} passed`,
    `${row.notApplicable} not applicable`,
    ...(row.advisories.length ? [`${count(row.advisories.length, 'advisory')}: ${shown(row.advisories)}`] : []),
    ...(row.errors.length ? [`${count(row.errors.length, 'transport error')}`] : []),
  ];
  return `no false alarm (${extra.join(', ')})`;
}

/** The plain-text table of the variants, printed after the faults' table. */
export function renderVariantTable(rows: readonly SelfcheckVariantRow[]): string {
  const w = Math.max('variant'.length, ...rows.map((r) => r.variant.length));
  const line = (a: string, b: string, c: string) => `${a.padEnd(w)}  ${b.padEnd(6)}  ${c}`;
  return [
    line('variant', 'passed', 'false alarms (checks that failed though the docs allow the variant)'),
    line('-'.repeat(w), '------', '-'.repeat(50)),
    ...rows.map((r) => line(r.variant, r.ok ? 'yes' : 'NO', variantVerdictText(r))),
  ].join('\n');
}
