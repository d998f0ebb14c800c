import type { CheckResult, ConformanceReport } from './types.ts';
import { countStatuses, familyCounts, verdictOf, type Verdict } from './verdict.ts';
import { deviationOfRow, needsCause, reportCauses } from './causes.ts';
import type { Cause } from './types.ts';

// XML 1.0 allows tab, LF, CR and U+0020 and up, minus lone surrogates and U+FFFE/U+FFFF.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text content. */
export function xmlText(value: string): string {
  return value.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted), keeping line breaks as character references. */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

function docLine(check: CheckResult): string {
  return check.docRef ? `doc: ${check.docRef.file}, "${check.docRef.heading}"` : 'doc: (none)';
}

function failureBody(check: CheckResult): string {
  const lines = [check.title, docLine(check)];
  if (needsCause(check)) lines.push(`deviation: ${deviationOfRow(check)} (docs/ci.md, "Causes")`);
  if (check.operation) lines.push(`operation: ${check.operation}`);
  if (check.reason) lines.push('', check.reason);
  const ev = check.evidence;
  if (ev && 'expected' in ev) lines.push('', `expected: ${JSON.stringify(ev.expected)}`, `actual: ${JSON.stringify(ev.actual)}`);
  if (ev?.seed) lines.push(`seed: ${ev.seed}`);
  for (const curl of ev?.curl ?? []) lines.push('', curl);
  return lines.join('\n');
}

function testcase(check: CheckResult): string {
  const open = `    <testcase name="${xmlAttr(check.id)}" classname="${xmlAttr(check.family)}" time="${seconds(check.durationMs)}">`;
  let inner = '';
  // The message starts with the deviation, so a CI test reporter groups failures by cause as the reports do.
  const prefix = needsCause(check) ? `[${deviationOfRow(check)}] ` : '';
  if (check.status === 'failed') {
    const message = `${prefix}${check.reason ?? 'failed'}`;
    inner = `\n      <failure message="${xmlAttr(message)}" type="nonconformance">${xmlText(failureBody(check))}</failure>`;
  } else if (check.status === 'error') {
    // JUnit's <error>: the test could not run to a verdict (transport trouble), not a failed assertion.
    const message = `${prefix}could not be graded (${check.kind ?? 'error'}): ${check.reason ?? ''}`;
    inner = `\n      <error message="${xmlAttr(message)}" type="${xmlAttr(check.kind ?? 'error')}">${xmlText(failureBody(check))}</error>`;
  } else if (check.status === 'skipped') {
    inner = `\n      <skipped message="${xmlAttr(check.reason ?? 'skipped')}"/>`;
  } else if (check.status === 'not-applicable') {
    inner = `\n      <skipped message="${xmlAttr(`not applicable: ${check.reason ?? 'does not apply to this target'}`)}"/>`;
  } else if (check.status === 'waived') {
    const w = check.waiver;
    const message = w ? `waived until ${w.expires}: ${w.reason}` : (check.reason ?? 'waived');
    inner = `\n      <skipped message="${xmlAttr(message)}"/>`;
  }
  // An advisory finding is no failure: a passing testcase that says what it found.
  const advisory = check.status === 'advisory' ? `advisory (never changes the verdict): ${check.reason ?? ''}\n` : '';
  const out =
    check.status === 'passed' ? '' : `\n      <system-out>${xmlText(`${advisory}${check.title}\n${docLine(check)}`)}</system-out>`;
  return inner || out ? `${open}${inner}${out}\n    </testcase>` : `${open.slice(0, -1)}/>`;
}

/**
 * The run's verdict as a test case of its own, so that a CI test reporter is red exactly when the
 * exit code is not 0: a failure when a check failed, an error when the run is inconclusive.
 */
function verdictSuite(v: Verdict, timestamp: string, causes: readonly Cause[]): string {
  const inner =
    v.kind === 'not-conformant'
      ? `\n      <failure message="${xmlAttr(`${v.title}: ${v.detail}`)}" type="not-conformant">${xmlText(v.detail)}</failure>\n    `
      : v.kind === 'inconclusive'
        ? `\n      <error message="${xmlAttr(`${v.title}: ${v.error ?? v.detail}`)}" type="inconclusive">${xmlText(v.error ?? v.detail)}</error>\n    `
        : '';
  return [
    `  <testsuite name="verdict" tests="1" failures="${v.kind === 'not-conformant' ? 1 : 0}" errors="${v.kind === 'inconclusive' ? 1 : 0}" skipped="0" time="0.000" timestamp="${xmlAttr(timestamp)}">`,
    '    <properties>',
    `      <property name="verdict" value="${xmlAttr(v.kind)}"/>`,
    `      <property name="exitCode" value="${v.exitCode}"/>`,
    // The run's causes, largest first (docs/ci.md, "Causes"): one property each.
    ...causes.map(
      (c) =>
        `      <property name="cause.${xmlAttr(c.deviation)}" value="${xmlAttr(`${c.checks.length} ${c.checks.length === 1 ? 'check' : 'checks'}: ${c.title}`)}"/>`,
    ),
    '    </properties>',
    `    <testcase name="verdict" classname="verdict" time="0.000">${inner || ''}</testcase>`,
    '  </testsuite>',
  ].join('\n');
}

/**
 * JUnit XML: one testsuite per family; a testcase per check (name = check id, classname = family);
 * and a `verdict` testsuite whose one testcase carries the run's verdict (verdict.ts).
 */
export function renderJunit(report: ConformanceReport): string {
  const total = countStatuses(report.checks);
  const verdict = verdictOf(report);
  const timestamp = report.startedAt.replace(/Z$/, '');
  const suites = familyCounts(report.checks).map(({ family, counts }) => {
    const checks = report.checks.filter((c) => c.family === family);
    const time = checks.reduce((sum, c) => sum + c.durationMs, 0);
    const head = `  <testsuite name="${xmlAttr(family)}" tests="${checks.length}" failures="${counts.failed}" errors="${counts.error}" skipped="${counts.skipped + counts.waived + counts['not-applicable']}" time="${seconds(time)}" timestamp="${xmlAttr(timestamp)}">`;
    const props = [
      ['target', report.target],
      ['seed', report.seed],
      ['runId', report.runId],
    ].map(([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value ?? '')}"/>`);
    return [head, '    <properties>', ...props, '    </properties>', ...checks.map(testcase), '  </testsuite>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="connectfi-conformance" tests="${report.checks.length + 1}" failures="${total.failed + (verdict.kind === 'not-conformant' ? 1 : 0)}" errors="${verdict.kind === 'inconclusive' ? 1 : 0}" skipped="${total.skipped + total.waived + total['not-applicable']}" time="${seconds(report.durationMs)}" timestamp="${xmlAttr(timestamp)}">`,
    verdictSuite(verdict, timestamp, reportCauses(report)),
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
