import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import { redact } from '../client/redact.ts';
import { renderHtml } from './html-report.ts';
import { renderJunit } from './junit-report.ts';
import { renderMarkdownSummary } from './markdown-summary.ts';
import { DRIFT_FILE, renderDriftJson } from './drift-report.ts';
import type { ConformanceReport } from './types.ts';

export interface WriteReportsOptions {
  /** Known secrets (the client's token and password): cut out of everything written. */
  secrets?: readonly (string | undefined | null)[];
  /** Where to append summary.md; default $GITHUB_STEP_SUMMARY when set. null: never. */
  githubStepSummary?: string | null;
}

export const REPORT_FILES = {
  json: 'conformance.json',
  junit: 'junit.xml',
  markdown: 'summary.md',
  html: 'conformance.html',
  /** Written when the report has drift (every run has): docs/architecture.md, "Observed drift". */
  drift: DRIFT_FILE,
} as const;

/** The report as conformance.json holds it (redacted; the keys of docs/architecture.md, "Stable interfaces" first). */
export function renderJson(report: ConformanceReport): string {
  // The drift has its own file (drift.json), which merge-reports reads beside conformance.json.
  const { target, startedAt, durationMs, seed, summary, checks, drift: _drift, ...rest } = report;
  return `${JSON.stringify({ target, startedAt, durationMs, seed, summary, checks, ...rest }, null, 2)}\n`;
}

/**
 * Writes conformance.json, junit.xml, summary.md, conformance.html and drift.json into `dir` and returns their
 * paths; appends summary.md to $GITHUB_STEP_SUMMARY when set. Everything goes through the client's
 * redaction first, whatever the runner already did: the writers only ever see the redacted report.
 */
export async function writeReports(report: ConformanceReport, dir: string, options: WriteReportsOptions = {}): Promise<string[]> {
  const safe = redact(report, { secrets: options.secrets ?? [] });
  const outputs: [string, string][] = [
    [REPORT_FILES.json, renderJson(safe)],
    [REPORT_FILES.junit, renderJunit(safe)],
    [REPORT_FILES.markdown, renderMarkdownSummary(safe)],
    [REPORT_FILES.html, renderHtml(safe)],
    ...(safe.drift ? [[REPORT_FILES.drift, renderDriftJson(safe.drift)] as [string, string]] : []),
  ];
  const written: string[] = [];
  try {
    await mkdir(dir, { recursive: true });
    for (const [name, content] of outputs) {
      const file = path.join(dir, name);
      await writeFile(file, content, 'utf8');
      written.push(file);
    }
  } catch (err) {
    throw new ConfigurationError(
      'REPORT_DIR',
      `cannot write the reports to ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  const stepSummary = options.githubStepSummary === undefined ? process.env.GITHUB_STEP_SUMMARY : options.githubStepSummary;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, `${outputs[2][1]}\n`, 'utf8');
    } catch (err) {
      throw new ConfigurationError(
        'STEP_SUMMARY',
        `cannot append to GITHUB_STEP_SUMMARY (${stepSummary}): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      );
    }
  }
  return written;
}
