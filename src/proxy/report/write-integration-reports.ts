import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { redact } from '../../client/redact.ts';
import { ConfigurationError } from '../../errors.ts';
import type { IntegrationReport } from './integration-types.ts';
import { renderIntegrationHtml } from './integration-html.ts';
import { renderIntegrationJunit, renderIntegrationMarkdown } from './integration-text.ts';
import { renderDriftJson } from '../../reporting/drift-report.ts';
import { INTEGRATION_FILES } from './integration-files.ts';

/** integration.json with the stable fields first (docs/integrators.md, "The proxy"). */
export function renderIntegrationJson(report: IntegrationReport): string {
  // The drift has its own file, integration-drift.json.
  const { upstream, startedAt, durationMs, exchanges, verdict, violations, outcomes, behaviours, drift: _drift, ...rest } = report;
  return `${JSON.stringify({ upstream, startedAt, durationMs, exchanges, verdict, violations, outcomes, behaviours, ...rest }, null, 2)}\n`;
}

/** Writes the integration reports (and integration-drift.json) into `dir` (redacted once more, whatever the proxy did). */
export async function writeIntegrationReports(report: IntegrationReport, dir: string, secrets: readonly string[] = []): Promise<string[]> {
  const safe = redact(report, { secrets });
  const outputs: [string, string][] = [
    [INTEGRATION_FILES.json, renderIntegrationJson(safe)],
    [INTEGRATION_FILES.html, renderIntegrationHtml(safe)],
    [INTEGRATION_FILES.junit, renderIntegrationJunit(safe)],
    [INTEGRATION_FILES.markdown, renderIntegrationMarkdown(safe)],
    ...(safe.drift ? [[INTEGRATION_FILES.drift, renderDriftJson(safe.drift)] as [string, string]] : []),
  ];
  try {
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const [name, content] of outputs) {
      const file = path.join(dir, name);
      // Through a rename: a script reading the reports of POST /__proxy/report while the proxy
      // writes them again on its way out never reads half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, content, 'utf8');
      await rename(tmp, file);
      written.push(file);
    }
    return written;
  } catch (err) {
    throw new ConfigurationError(
      'REPORT_DIR',
      `cannot write the integration reports to ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}
