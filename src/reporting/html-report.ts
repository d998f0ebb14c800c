import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml, renderTriage } from './html-triage.ts';
import { reportCauses } from './causes.ts';
import { pageTop } from './html-page.ts';
import { renderDriftSection } from './html-drift.ts';
import type { ConformanceReport } from './types.ts';
import { familyCounts, operationCoverage, sortChecks, verdictOf } from './verdict.ts';

const asset = (name: string) => readFileSync(fileURLToPath(new URL(`./assets/${name}`, import.meta.url)), 'utf8');
const SCRIPT = asset('report.js');
// Only this exact script may run (CSP hash): markup smuggled into the page by a report value could not execute.
const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64');

export { escapeHtml };

/**
 * JSON for a <script type="application/json"> block: no "<" (so no "</script>" or "<!--"), no
 * ">" or "&", and no U+2028/2029; JSON.parse reads the \u escapes back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function countCard(key: string, label: string, n: number): string {
  return `<div class="count count-${key}" data-count="${key}"><span class="n">${n}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

/** A count most runs never have (could not be graded, advisory): shown only when there is one. */
function optionalCount(status: string, label: string, n: number): string {
  return n > 0 ? countCard(status, label, n) : '';
}

/** A section the navigation bar reaches: its anchor, its label, and a count shown beside it. */
interface NavEntry {
  id: string;
  label: string;
  count?: number;
}

/**
 * The navigation bar under the verdict: what a person looks for, in page order. "Causes" leads to
 * the run's causes (#causes) and counts them.
 */
function navBar(report: ConformanceReport): string {
  const entries: NavEntry[] = [
    { id: 'causes', label: 'Causes', count: reportCauses(report).length },
    { id: 'checks-section', label: 'Checks', count: report.checks.length },
    { id: 'coverage-section', label: 'Coverage' },
    { id: 'matrices', label: 'Matrices' },
    ...(report.selfcheck ? [{ id: 'selfcheck', label: 'Self-check' }] : []),
  ];
  const links = entries.map(
    (e) =>
      `<a href="#${e.id}" data-nav="${e.id}">${escapeHtml(e.label)}${e.count !== undefined ? ` <span class="nav-count">${e.count}</span>` : ''}</a>`,
  );
  return `<nav id="report-nav" class="report-nav" aria-label="report sections">${links.join('')}</nav>`;
}

/**
 * conformance.html: one self-contained file (inline CSS and script, no network, works from
 * file://). The verdict and the counts are rendered here; the tables, filters, evidence and matrices
 * by the embedded script from the report embedded as JSON. Nothing from the report is ever
 * interpreted as markup. A passing run reads at a glance: its passed checks are collapsed by family
 * (report.js), so the page stays a few screens long.
 */
export function renderHtml(report: ConformanceReport): string {
  const verdict = verdictOf(report);
  const s = report.summary;
  // The drift is rendered as static tables below; the script does not need it again.
  const { drift, ...rest } = report;
  const data = {
    report: { ...rest, checks: sortChecks(report.checks) },
    families: familyCounts(report.checks),
    coverage: operationCoverage(report),
  };
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const seconds = (report.durationMs / 1000).toFixed(1);
  return `${pageTop({
    csp,
    title: `connectFi conformance: ${verdict.title}`,
    heading: 'connectFi conformance report',
    metaHtml: `target <code>${escapeHtml(report.target)}</code> · started ${escapeHtml(report.startedAt)} · ${seconds} s · seed <code>${escapeHtml(report.seed)}</code> · run <code>${escapeHtml(report.runId ?? '')}</code>`,
    verdictClass: verdict.kind,
    verdictTitle: verdict.title,
    verdictDetail: verdict.detail,
  })}
${navBar(report)}
${verdict.missingFixtures.length ? `<p id="missing-fixtures" class="missing-fixtures">Fixture variables not set (checks each would enable): ${verdict.missingFixtures.map((m) => `<code>${escapeHtml(m.variable)}</code> ${m.checks}`).join(', ')}${report.allowMissingFixtures ? ' (accepted with --allow-missing-fixtures)' : ''}</p>` : ''}
<section class="counts" id="counts">
${countCard('passed', 'passed', s.passed)}
${countCard('failed', 'failed', s.failed)}
${optionalCount('error', 'could not be graded', s.errors ?? report.checks.filter((c) => c.status === 'error').length)}
${optionalCount('advisory', 'advisory', s.advisories ?? report.checks.filter((c) => c.status === 'advisory').length)}
${countCard('skipped', 'skipped', s.skipped)}
${countCard('waived', 'waived', s.waived)}
${countCard('not-applicable', 'not applicable', s.notApplicable ?? report.checks.filter((c) => c.status === 'not-applicable').length)}
${s.couldNotRun !== undefined ? countCard('couldNotRun', 'could not run', s.couldNotRun) : ''}
</section>
${renderTriage(report)}
<section id="checks-section" class="report-section">
<h2>Checks</h2>
<div id="checks"><noscript>This report needs JavaScript for its tables; conformance.json holds the same data.</noscript></div>
</section>
<section id="coverage-section" class="report-section">
<h2>Coverage</h2>
<div class="grid2">
<section><h3>By operation</h3><div id="coverage" class="table-scroll"></div></section>
<section><h3>Schema keywords per operation</h3><div id="keywords" class="table-scroll"></div></section>
</div>
</section>
<section id="matrices" class="report-section">
<h2>Card status matrices</h2>
<div class="grid2">
<section><h3>Allowed status changes</h3><div id="matrix-transitions" class="table-scroll"></div></section>
<section><h3>Operations permitted per status</h3><div id="matrix-permissions" class="table-scroll"></div></section>
</div>
<div id="matrix-legend"></div>
</section>
${renderDriftSection(drift)}
<div id="selfcheck" class="report-section"></div>
<footer>Generated by connectfi-conformance. Secrets are redacted; curl commands expect <code>CONNECTFI_TOKEN</code> in the environment.</footer>
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
