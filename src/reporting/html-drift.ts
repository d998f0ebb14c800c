import { DRIFT_FILE, type DriftReport } from './drift-report.ts';
import { escapeHtml } from './html-triage.ts';

/** Rows shown per table; the drift file lists them all. */
const SHOWN = 200;

/** A value as text (a string as it is, anything else as JSON); escaped where it is placed. */
const text = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

function table(id: string, title: string, head: string[], rows: string[][], file: string): string {
  if (rows.length === 0) return '';
  const more = rows.length > SHOWN ? `<p class="meta">… and ${rows.length - SHOWN} more rows in ${escapeHtml(file)}.</p>` : '';
  const body = rows
    .slice(0, SHOWN)
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<h3>${escapeHtml(title)}</h3>
<table id="${id}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody></table>${more}`;
}

/**
 * The drift section of conformance.html and integration.html (docs/architecture.md, "Observed
 * drift"): what the target did that the docs do not describe but allow. Rendered as static
 * tables from the redacted report; nothing here changes the verdict. `file` is where every row is:
 * drift.json of a run, integration-drift.json of a proxy session.
 */
export function renderDriftSection(drift: DriftReport | undefined, file = DRIFT_FILE): string {
  if (!drift) return '';
  const seen = (operation: string, n: number) => `${n} of ${drift.answers[operation] ?? n}`;
  const code = (v: string) => `<code>${escapeHtml(v)}</code>`;
  const answers = Object.values(drift.answers).reduce((n, a) => n + a, 0);
  const tables = [
    table(
      'drift-fields',
      'Undocumented response fields',
      ['operation', 'field', 'type', 'seen', 'example'],
      drift.fields.map((f) => [code(f.operation), code(f.path), escapeHtml(f.type), seen(f.operation, f.seen), code(text(f.example))]),
      file,
    ),
    table(
      'drift-values',
      'Undocumented values',
      ['operation', 'status', 'field', 'value', 'seen'],
      drift.values.map((v) => [code(v.operation), String(v.status), code(v.path), code(text(v.value)), seen(v.operation, v.seen)]),
      file,
    ),
    table(
      'drift-statuses',
      'Undocumented HTTP statuses',
      ['operation', 'status', 'code', 'seen'],
      drift.statuses.map((s) => [code(s.operation), String(s.status), s.code ? code(s.code) : '', seen(s.operation, s.seen)]),
      file,
    ),
    table(
      'drift-headers',
      'Headers of interest',
      ['operation', 'header', 'example', 'seen'],
      drift.headers.map((h) => [code(h.operation), code(h.header), code(h.example), seen(h.operation, h.seen)]),
      file,
    ),
  ].filter(Boolean);
  const body = tables.length ? tables.join('\n') : `<p class="empty" id="drift-empty">nothing undocumented in ${answers} answers</p>`;
  return `<section id="drift">
<h2>Drift from the docs</h2>
<p class="meta">What the target did that the docs do not describe but allow: never a failure (unless <code>--fail-on-drift</code>). ${escapeHtml(file)} holds every row; docs/drift.md says how to turn it into schema changes or errata.</p>
${body}
</section>`;
}
