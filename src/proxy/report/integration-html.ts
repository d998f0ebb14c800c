import type { BehaviourResult, IntegrationReport, Violation } from './integration-types.ts';
import { escapeHtml } from '../../reporting/html-triage.ts';
import { pageTop } from '../../reporting/html-page.ts';
import { renderDriftSection } from '../../reporting/html-drift.ts';
import { INTEGRATION_FILES } from './integration-files.ts';

const VERDICT_CLASS: Record<IntegrationReport['verdict'], string> = {
  ready: 'conformant',
  'not-ready': 'not-conformant',
  incomplete: 'inconclusive',
};
const VERDICT_TITLE: Record<IntegrationReport['verdict'], string> = { ready: 'READY', 'not-ready': 'NOT READY', incomplete: 'INCOMPLETE' };
const BADGE: Record<BehaviourResult['status'], string> = { passed: 'passed', failed: 'failed', 'not-exercised': 'skipped' };

const e = escapeHtml;
const pct = (met: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * met) / total)}%`);

function behaviourRows(report: IntegrationReport): string {
  return report.behaviours
    .map((b) => {
      const docs = b.docRef.map((d) => `${e(d.file)}, “${e(d.heading)}”`).join('; ');
      const evidence = b.evidence.length
        ? `<ul>${b.evidence.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`
        : '<p class="empty">no evidence</p>';
      return `<tr data-behaviour="${e(b.id)}" data-status="${e(b.status)}"><td><code>${e(b.id)}</code><div class="check-title">${e(b.title)}</div><div class="doc">${docs}${b.errata ? ` · errata <code>${e(b.errata)}</code>` : ''}</div></td><td><span class="badge badge-${BADGE[b.status]}">${e(b.status)}</span></td><td class="reason"><p class="rule">${e(b.rule)}</p>${evidence}</td></tr>`;
    })
    .join('\n');
}

function violationRows(violations: Violation[]): string {
  if (violations.length === 0) return '<tr><td colspan="5" class="empty">none</td></tr>';
  return violations
    .map(
      (v) =>
        `<tr data-kind="${e(v.kind)}"><td>#${v.exchange}</td><td><code>${e(v.operation ?? '(none)')}</code></td><td>${e(v.kind)}</td><td><code>${e(v.rule)}</code></td><td class="reason">${e(v.detail)}</td></tr>`,
    )
    .join('\n');
}

/** How many of each kind and rule, when the list above does not hold them all. */
function violationTally(report: IntegrationReport): string {
  if (report.violationsTotal === report.violations.length) return '';
  const rows = report.violationCounts
    .map(
      (c) =>
        `<tr data-rule="${e(c.rule)}"><td>${e(c.kind)}</td><td><code>${e(c.rule)}</code></td><td><code>${e(c.operation === undefined ? 'any' : (c.operation ?? '(none)'))}</code></td><td>${c.count}</td><td>${c.listed}</td></tr>`,
    )
    .join('\n');
  return `<p id="violations-not-listed">${report.violationsTotal - report.violations.length} more violation(s) not listed: the table above lists the first of each rule; all of them are counted here.</p>
<table id="violation-counts"><thead><tr><th>kind</th><th>rule</th><th>operation</th><th>found</th><th>listed</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

function outcomeRows(report: IntegrationReport): string {
  if (report.outcomes.length === 0) return '<tr><td colspan="3" class="empty">no documented operation was used</td></tr>';
  return report.outcomes
    .map(
      (o) =>
        `<tr data-seen="${o.seen}"><td><code>${e(o.operation)}</code></td><td><code>${e(o.outcome)}</code></td><td>${o.seen > 0 ? `<span class="badge badge-passed">${o.seen}</span>` : '<span class="badge badge-skipped">never</span>'}</td></tr>`,
    )
    .join('\n');
}

function missingRows(report: IntegrationReport): string {
  if (report.missingOutcomes.length === 0) return '';
  const rows = report.missingOutcomes
    .map(
      (m) =>
        `<tr><td><code>${e(m.operation)}</code></td><td><code>${e(m.outcome)}</code></td><td>${m.force ? `<code>${e(JSON.stringify(m.force))}</code>` : 'a request that succeeds'}</td></tr>`,
    )
    .join('\n');
  return `<h2>Outcomes never met</h2>
<p>Each can be forced on the next call of its operation: <code>POST /__simulator/outcomes</code> with the body shown.</p>
<table id="missing-outcomes"><thead><tr><th>operation</th><th>outcome</th><th>body to force it</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/**
 * integration.html: one static, self-contained page in the conformance report's look (same CSS),
 * no script at all (the CSP forbids any), every value escaped.
 */
export function renderIntegrationHtml(report: IntegrationReport): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const counts = (status: BehaviourResult['status']) => report.behaviours.filter((b) => b.status === status).length;
  const coverage = report.coverage.operations
    .map(
      (f) =>
        `<tr><td><code>${e(f.operation)}</code></td><td>${f.met}/${f.total}</td><td>${pct(f.met, f.total)}</td><td>${f.missing.map((m) => `<code>${e(m)}</code>`).join(' ') || '<span class="empty">none</span>'}</td></tr>`,
    )
    .join('\n');
  return `${pageTop({
    csp,
    title: `connectFi integration: ${VERDICT_TITLE[report.verdict]}`,
    heading: 'connectFi integration report',
    metaHtml: `upstream <code>${e(report.upstream)}</code> · started ${e(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s · ${report.exchanges} exchanges · proxy overhead p50 ${report.proxyOverheadMs.p50} ms, p99 ${report.proxyOverheadMs.p99} ms`,
    verdictClass: VERDICT_CLASS[report.verdict],
    verdictTitle: VERDICT_TITLE[report.verdict],
    verdictDetail: report.verdictDetail,
  })}
<section class="counts" id="counts">
<div class="count count-failed" data-count="violations"><span class="n">${report.violationsTotal}</span><span class="label">violations</span></div>
<div class="count count-passed" data-count="passed"><span class="n">${counts('passed')}</span><span class="label">behaviours passed</span></div>
<div class="count count-failed" data-count="failed"><span class="n">${counts('failed')}</span><span class="label">behaviours failed</span></div>
<div class="count count-skipped" data-count="not-exercised"><span class="n">${counts('not-exercised')}</span><span class="label">not exercised</span></div>
<div class="count count-passed" data-count="coverage"><span class="n">${pct(report.coverage.met, report.coverage.total)}</span><span class="label">outcome coverage</span></div>
</section>
<h2>Behaviours</h2>
<table id="behaviours"><thead><tr><th>behaviour</th><th>status</th><th>rule and evidence</th></tr></thead><tbody>
${behaviourRows(report)}
</tbody></table>
<h2>Violations</h2>
<table id="violations"><thead><tr><th>exchange</th><th>operation</th><th>kind</th><th>rule</th><th>detail</th></tr></thead><tbody>
${violationRows(report.violations)}
</tbody></table>
${violationTally(report)}
<div class="grid2">
<section><h2>Outcome coverage by operation</h2>
<table id="coverage"><thead><tr><th>operation</th><th>met</th><th>%</th><th>never met</th></tr></thead><tbody>
${coverage || '<tr><td colspan="4" class="empty">no documented operation was used</td></tr>'}
</tbody></table></section>
<section><h2>Outcomes</h2>
<table id="outcomes"><thead><tr><th>operation</th><th>outcome</th><th>seen</th></tr></thead><tbody>
${outcomeRows(report)}
</tbody></table></section>
</div>
${missingRows(report)}
${renderDriftSection(report.drift, INTEGRATION_FILES.drift)}
<footer>Generated by connectfi-conformance proxy. Tokens, passwords and PINs are redacted and card numbers masked; integration.json holds the redacted exchanges.</footer>
</main>
</body>
</html>
`;
}
