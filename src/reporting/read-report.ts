import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { ConformanceReport } from './types.ts';
import { REPORT_FILES } from './write-reports.ts';

/** A report read from disk, with the file it came from. */
export interface ReadReport {
  source: string;
  report: ConformanceReport;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why a parsed JSON value is not a conformance report, or undefined when it is one: the fields a
 * comparison reads must be there (docs/architecture.md, "Stable interfaces"), each check id once.
 * A status this version does not know is accepted (newer reports add statuses).
 */
export function reportProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object';
  if (!isObject(value.summary)) return 'it has no "summary" object';
  for (const key of ['passed', 'failed', 'skipped', 'waived'] as const)
    if (typeof value.summary[key] !== 'number') return `its summary has no number "${key}"`;
  if (!Array.isArray(value.checks)) return 'it has no "checks" list';
  const seen = new Set<string>();
  for (const [i, check] of value.checks.entries()) {
    if (!isObject(check) || typeof check.id !== 'string' || typeof check.status !== 'string')
      return `checks[${i}] has no string "id" and "status"`;
    if (seen.has(check.id)) return `check ${check.id} appears twice`;
    seen.add(check.id);
  }
  return undefined;
}

/**
 * Reads a conformance.json, given as the file or as the report directory that holds it. A missing
 * file is REPORT_NOT_FOUND, anything that is not a report NOT_A_REPORT (both exit 2).
 */
export function readReport(arg: string): ReadReport {
  const file = existsSync(arg) && statSync(arg).isDirectory() ? path.join(arg, REPORT_FILES.json) : arg;
  if (!existsSync(file))
    throw new ConfigurationError('REPORT_NOT_FOUND', file === arg ? `${arg}: no such file` : `${arg}: no ${REPORT_FILES.json} there`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      'REPORT_NOT_FOUND',
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigurationError('NOT_A_REPORT', `${file} is not a conformance report: not valid JSON (${(err as Error).message})`);
  }
  const problem = reportProblem(value);
  if (problem) throw new ConfigurationError('NOT_A_REPORT', `${file} is not a conformance report: ${problem}`);
  return { source: file, report: value as ConformanceReport };
}
