import type { ConformanceReport } from './types.ts';
import { failureGroups } from './triage.ts';
import { familyCounts, type Counts } from './verdict.ts';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The chart's stacking order: what needs a person first, on the left. */
const CHART_STATUSES: (keyof Counts)[] = ['failed', 'error', 'advisory', 'waived', 'skipped', 'not-applicable', 'passed'];
const MAX_GROUPS = 20;

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

/** Failures grouped by cause, largest first; each group lists its checks (a click shows one in the table). */
function failureGroupList(report: ConformanceReport): string {
  const groups = failureGroups(report.checks);
  if (groups.length === 0) return '<p class="empty" id="failure-groups-empty">no check failed</p>';
  const items = groups.slice(0, MAX_GROUPS).map((g, i) => {
    const links = g.checks
      .map((id) => `<li><button type="button" class="check-link" data-check="${escapeHtml(id)}">${escapeHtml(id)}</button></li>`)
      .join('');
    return `<li class="failure-group" data-count="${g.checks.length}"><div class="group-head"><span class="group-count">${g.checks.length} ${g.checks.length === 1 ? 'check' : 'checks'}</span> <span class="group-cause">${escapeHtml(g.cause)}</span></div><div class="group-families">${escapeHtml(g.families.join(', '))}</div><details${i < 3 ? ' open' : ''}><summary>checks</summary><ul class="group-checks">${links}</ul></details></li>`;
  });
  const more =
    groups.length > MAX_GROUPS
      ? `<p class="meta">… and ${groups.length - MAX_GROUPS} more causes: filter the table by status "failed".</p>`
      : '';
  return `<ol id="failure-groups">${items.join('\n')}</ol>${more}`;
}

/**
 * The triage section the report opens with: where the failures are, and why. `#causes` is the
 * place the navigation bar's "Causes" leads to; the counts per family and status, as a table, are
 * folded under the chart.
 */
export function renderTriage(report: ConformanceReport): string {
  const failed = report.checks.filter((c) => c.status === 'failed').length;
  return `<section id="triage" class="grid2">
<section id="family-status"><h2>By family and status</h2>${familyChart(report)}<details id="families-details"><summary>Counts by family</summary><div id="families" class="table-scroll"></div></details></section>
<section id="causes" class="report-section"><h2>Failures by cause${failed ? ` (${failed} checks)` : ''}</h2>${failureGroupList(report)}</section>
</section>`;
}
