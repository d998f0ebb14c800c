import type { CheckResult, ConformanceReport } from './types.ts';
import { deviationOfRow, needsCause, reportCauses } from './causes.ts';
import { familyCounts, verdictOf } from './verdict.ts';
import { driftLine } from './drift-report.ts';

/** Limits that keep summary.md well under GitHub's 1 MiB step-summary cap. */
const MAX_FAILURES = 50;
const MAX_TEXT = 1500;
const TOP_CAUSES = 10;

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/**
 * Markdown text, made inert: GitHub renders HTML in step summaries, so < > & become entities, and
 * the characters of inline Markdown syntax (emphasis, code, links, table cells) are backslash-escaped.
 */
export function mdText(text: string): string {
  return clip(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Inline code that survives any backticks inside it. */
export function mdCode(text: string): string {
  const oneLine = clip(text, 300).replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function mdBlock(text: string, lang = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${clip(text, 4000)}\n${fence}`;
}

const EMOJI = { conformant: '✅', 'not-conformant': '❌', inconclusive: '⚠️' } as const;

function failure(check: CheckResult): string[] {
  const lines = [`#### ${mdCode(check.id)} ${mdText(check.title)}`, ''];
  if (needsCause(check)) lines.push(`- deviation: ${mdCode(deviationOfRow(check))}`);
  if (check.docRef) lines.push(`- doc: ${mdCode(check.docRef.file)}, “${mdText(check.docRef.heading)}”`);
  if (check.operation) lines.push(`- operation: ${mdCode(check.operation)}`);
  lines.push(`- reason: ${mdText(check.reason ?? 'failed')}`);
  const requestId = check.evidence?.exchanges?.find((e) => e?.requestId)?.requestId;
  if (requestId) lines.push(`- requestId: ${mdCode(requestId)}`);
  if (check.evidence?.seed) lines.push(`- seed: ${mdCode(check.evidence.seed)}`);
  const curl = check.evidence?.curl?.[0];
  if (curl) lines.push('', mdBlock(curl, 'sh'));
  lines.push('');
  return lines;
}

export function renderMarkdownSummary(report: ConformanceReport): string {
  const v = verdictOf(report);
  const s = report.summary;
  const out: string[] = [
    `## ${EMOJI[v.kind]} connectFi conformance: ${v.title}`,
    '',
    `**${mdText(v.detail)}** against ${mdCode(report.target)}, seed ${mdCode(report.seed)}, run ${mdCode(report.runId)}, ${(report.durationMs / 1000).toFixed(1)} s, started ${mdText(report.startedAt)}.`,
    '',
    `| passed | failed | could not be graded | advisory | skipped | not applicable | waived |${s.couldNotRun !== undefined ? ' could not run |' : ''}`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: |${s.couldNotRun !== undefined ? ' ---: |' : ''}`,
    `| ${s.passed} | ${s.failed} | ${s.errors ?? 0} | ${s.advisories ?? 0} | ${s.skipped} | ${s.notApplicable ?? 0} | ${s.waived} |${s.couldNotRun !== undefined ? ` ${s.couldNotRun} |` : ''}`,
    '',
  ];
  if (v.error) out.push(`> **Inconclusive:** ${mdText(v.error)}`, '');
  // What the target did beyond the docs, in one line (docs/architecture.md, "Observed drift").
  const drift = report.drift && driftLine(report.drift);
  if (drift) out.push(`> **Drift:** ${mdText(drift)}: undocumented but allowed, never graded; see docs/drift.md.`, '');
  if (v.missingFixtures.length > 0) {
    out.push(
      `### Fixture variables not set${report.allowMissingFixtures ? ' (accepted with `--allow-missing-fixtures`)' : ''}`,
      '',
      '| variable | checks it would enable |',
      '| --- | ---: |',
    );
    for (const m of v.missingFixtures) out.push(`| ${mdCode(m.variable)} | ${m.checks} |`);
    out.push('');
  }
  // The failures by deviation (docs/ci.md, "Causes"), the same causes as conformance.json's.
  const causes = reportCauses(report);
  if (causes.length > 0) {
    out.push(`### Causes (${causes.length})`, '', '| checks | deviation | cause | for example |', '| ---: | --- | --- | --- |');
    for (const c of causes.slice(0, TOP_CAUSES))
      out.push(`| ${c.checks.length} | ${mdCode(c.deviation)} | ${mdText(c.title)} | ${mdCode(c.example.check)} |`);
    if (causes.length > TOP_CAUSES) out.push('', `… and ${causes.length - TOP_CAUSES} more causes: see conformance.json.`);
    out.push('');
  }
  const failed = report.checks.filter((c) => c.status === 'failed').sort((a, b) => a.id.localeCompare(b.id));
  if (failed.length > 0) {
    out.push(`### Failures (${failed.length})`, '');
    for (const c of failed.slice(0, MAX_FAILURES)) out.push(...failure(c));
    if (failed.length > MAX_FAILURES)
      out.push(`… and ${failed.length - MAX_FAILURES} more failures: see conformance.html or conformance.json.`, '');
  }
  const waived = report.checks.filter((c) => c.status === 'waived');
  if (waived.length > 0) {
    out.push(`### Waived (${waived.length})`, '');
    for (const c of waived.slice(0, MAX_FAILURES)) {
      const w = c.waiver;
      out.push(`- ${mdCode(c.id)}: ${mdText(w ? `until ${w.expires}: ${w.reason}` : (c.reason ?? 'waived'))}`);
    }
    out.push('');
  }
  out.push(
    '### By family',
    '',
    '| family | passed | failed | skipped | not applicable | waived |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { family, counts } of familyCounts(report.checks)) {
    out.push(
      `| ${mdText(family)} | ${counts.passed} | ${counts.failed} | ${counts.skipped} | ${counts['not-applicable']} | ${counts.waived} |`,
    );
  }
  out.push('');
  return out.join('\n');
}
