import type { ComparedCheck, ComparedRun, Comparison } from './compare-reports.ts';
import { mdCode, mdText } from './markdown-summary.ts';
import type { VerdictKind } from './verdict.ts';

/**
 * comparison.md: a pull-request comment or job summary that reads in a few seconds. Each list shows
 * its first checks with their reasons and ends with "and N more"; comparison.json holds them all.
 * The page is a list of sections in reading order, so that another section (the causes of the new
 * failures) slots in after the headline.
 */

/** Checks listed per section; the rest are counted. */
export const MAX_LISTED = 10;
const MAX_REASON = 200;

const VERDICT: Record<VerdictKind, string> = { conformant: 'Conformant', 'not-conformant': 'Not conformant', inconclusive: 'Inconclusive' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function reason(text: string | undefined): string {
  if (!text) return '';
  const line = text.split('\n')[0];
  return `: ${mdText(line.length > MAX_REASON ? `${line.slice(0, MAX_REASON)}…` : line)}`;
}

function status(s: string | null): string {
  return s === null ? 'absent' : s;
}

/** "- `id`: reason (was passed)", the last part only where it says something. */
function item(c: ComparedCheck, was: (c: ComparedCheck) => string): string {
  const tail = was(c);
  return `- ${mdCode(c.id)}${reason(c.reason)}${tail ? ` (${tail})` : ''}`;
}

function section(title: string, checks: ComparedCheck[], was: (c: ComparedCheck) => string, note?: string): string[] {
  if (checks.length === 0) return [];
  const lines = [`### ${title} (${checks.length})`, ''];
  if (note) lines.push(note, '');
  lines.push(...checks.slice(0, MAX_LISTED).map((c) => item(c, was)));
  if (checks.length > MAX_LISTED) lines.push(`- … and ${checks.length - MAX_LISTED} more (comparison.json lists them all)`);
  lines.push('');
  return lines;
}

/** A list of ids on one line, capped. */
function idLine(title: string, checks: ComparedCheck[]): string[] {
  if (checks.length === 0) return [];
  const shown = checks
    .slice(0, MAX_LISTED)
    .map((c) => `${mdCode(c.id)}${(c.status ?? c.baseStatus) ? ` ${status(c.status ?? c.baseStatus)}` : ''}`)
    .join(', ');
  const more = checks.length > MAX_LISTED ? `, and ${checks.length - MAX_LISTED} more` : '';
  return [`**${title} (${checks.length}):** ${shown}${more}`, ''];
}

function runLine(label: string, run: ComparedRun): string {
  const shard = run.shard ? `, shard ${run.shard.index}/${run.shard.total}` : '';
  return `- **${label}** ${mdCode(run.source)}: ${VERDICT[run.verdict]}, ${run.summary.passed} passed, ${run.summary.failed} failed; run ${mdCode(run.runId)}${shard} against ${mdCode(run.target)}, ${mdText(run.startedAt)}`;
}

function headline(c: Comparison): string[] {
  const n = c.newFailures.length;
  const title = n > 0 ? `❌ connectFi conformance: ${plural(n, 'new failure')}` : '✅ connectFi conformance: no new failures';
  const v = c.verdictChange;
  const verdict = v.changed ? `verdict ${VERDICT[v.base]} → **${VERDICT[v.new]}**` : `verdict ${VERDICT[v.new]} (unchanged)`;
  const counts = [
    plural(n, 'new failure'),
    `${c.fixed.length} fixed`,
    `${c.stillFailing.length} still failing`,
    ...(c.notGraded.length ? [`${c.notGraded.length} not graded`] : []),
    plural(c.newChecks.length, 'new check'),
    `${c.removedChecks.length} removed`,
  ].join(', ');
  return [`## ${title}`, '', `${counts}; ${verdict}.`, '', runLine('NEW', c.new), runLine('BASE', c.base), ''];
}

const was = (c: ComparedCheck) => (c.baseStatus === null ? 'new check' : `was ${c.baseStatus}`);

export function renderComparisonMarkdown(c: Comparison): string {
  const sections = [
    headline(c),
    section('New failures', c.newFailures, was),
    section(
      'Not graded in NEW',
      c.notGraded,
      (x) => `${status(x.baseStatus)} → ${status(x.status)}`,
      'NEW gave these checks no pass or fail: status `error` (the check could not be graded because of transport trouble), a status this version does not know, or a status that sets aside (skipped, waived, not applicable) a check BASE graded. They count neither as new failures nor as fixes.',
    ),
    section('Fixed', c.fixed, () => ''),
    section('Still failing', c.stillFailing, () => ''),
    idLine('New checks', c.newChecks),
    idLine('Removed checks', c.removedChecks),
  ];
  if (c.base.shard || c.new.shard)
    sections.push(['> A shard holds part of a run: compare whole runs (merge the shards with `merge-reports` first).', '']);
  return sections.flat().join('\n');
}
