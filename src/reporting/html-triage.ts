import type { Cause, ConformanceReport } from './types.ts';
import { reportCauses } from './causes.ts';
import { DEVIATIONS } from './deviations.ts';
import { familyCounts, type Counts } from './verdict.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The chart's stacking order: what needs a person first, on the left. */
const CHART_STATUSES: (keyof Counts)[] = ['failed', 'error', 'advisory', 'waived', 'skipped', 'not-applicable', 'passed'];

/**
 * A family × status chart: one stacked bar per family, its length proportional to the family's
 * checks, each segment a button that filters the checks table to that family and status.
 */
function familyChart(report: ConformanceReport): string {
  const families = familyCounts(report.checks);
  const max = Math.max(1, ...families.map((f) => CHART_STATUSES.reduce((n, s) => n + f.counts[s], 0)));
  const rows = families.map(({ family, counts }) => {
    const total = CHART_STATUSES.reduce((n, s) => n + counts[s], 0);
    const segments = CHART_STATUSES.filter((s) => counts[s] > 0).map((s) => {
      const label = `${family}: ${counts[s]} ${s}`;
      return `<button type="button" class="seg seg-${s}" data-family="${escapeHtml(family)}" data-status="${s}" style="flex-grow:${counts[s]}" title="${escapeHtml(label)}" aria-label="${escapeHtml(label)}">${counts[s]}</button>`;
    });
    return `<div class="chart-row" data-family="${escapeHtml(family)}" data-failed="${counts.failed}"><span class="chart-label">${escapeHtml(family)}</span><div class="chart-track"><div class="chart-bar" style="width:${((100 * total) / max).toFixed(1)}%">${segments.join('')}</div></div><span class="chart-total">${total}</span></div>`;
  });
  const legend = CHART_STATUSES.map((s) => `<span><span class="legend-seg seg-${s}"></span>${s.replace('-', ' ')}</span>`).join('');
  return `<div id="family-chart" class="chart">${rows.join('\n') || '<p class="empty">no checks in this report</p>'}</div><div class="legend">${legend}</div>`;
}

/** The example exchange of a cause in one line: `POST /ibis/card/set-status → 200`. */
function exampleLine(cause: Cause): string {
  const x = cause.example.exchange;
  if (!x) return '';
  const answer = x.transport ?? (x.status === null ? 'no answer' : String(x.status));
  return `${x.method} ${x.path} → ${answer}`;
}

/**
 * The failures by cause (docs/ci.md, "Causes"), largest first, the same causes as conformance.json's:
 * each says its deviation in one sentence, its operations and an example, and lists its checks (a
 * click shows one in the table).
 */
function causeList(report: ConformanceReport): string {
  const causes = reportCauses(report);
  if (causes.length === 0) return '<p class="empty" id="causes-empty">no check failed</p>';
  const items = causes.map((c, i) => {
    const links = c.checks
      .map((id) => `<li><button type="button" class="check-link" data-check="${escapeHtml(id)}">${escapeHtml(id)}</button></li>`)
      .join('');
    const example = exampleLine(c);
    const operations = c.operations.length ? `<div class="cause-operations">${escapeHtml(c.operations.join(', '))}</div>` : '';
    return `<li class="cause" data-deviation="${escapeHtml(c.deviation)}" data-count="${c.checks.length}"><div class="cause-head"><span class="cause-count">${c.checks.length} ${c.checks.length === 1 ? 'check' : 'checks'}</span> <code class="cause-deviation" title="${escapeHtml(DEVIATIONS[c.deviation].meaning)}">${escapeHtml(c.deviation)}</code> <span class="cause-title">${escapeHtml(c.title)}</span></div>${operations}<div class="cause-example">for example <button type="button" class="check-link" data-check="${escapeHtml(c.example.check)}">${escapeHtml(c.example.check)}</button>${example ? `: <code>${escapeHtml(example)}</code>` : ''}</div><details${i < 3 ? ' open' : ''}><summary>checks</summary><ul class="cause-checks">${links}</ul></details></li>`;
  });
  return `<ol id="cause-list">${items.join('\n')}</ol>`;
}

/**
 * The triage section the report opens with: where the failures are, and why. `#causes` is the
 * place the navigation bar's "Causes" leads to; the counts per family and status, as a table, are
 * folded under the chart.
 */
export function renderTriage(report: ConformanceReport): string {
  const failed = report.checks.filter((c) => c.status === 'failed' || c.status === 'error').length;
  return `<section id="triage" class="grid2">
<section id="family-status"><h2>By family and status</h2>${familyChart(report)}<details id="families-details"><summary>Counts by family</summary><div id="families" class="table-scroll"></div></details></section>
<section id="causes" class="report-section"><h2>Causes${failed ? ` (${failed} checks)` : ''}</h2>${causeList(report)}</section>
</section>`;
}
