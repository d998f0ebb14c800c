import type { IntegrationReport } from './integration-types.ts';
import { xmlAttr, xmlText } from '../../reporting/junit-report.ts';

/** integration-junit.xml of an integration session: one suite of behaviours, one of schema checks, one of outcomes. */
export function renderIntegrationJunit(report: IntegrationReport): string {
  const behaviours = report.behaviours.map((b) => {
    const open = `    <testcase name="${xmlAttr(b.id)}" classname="integration.behaviour">`;
    if (b.status === 'failed') {
      const body = [b.title, b.rule, ...b.docRef.map((d) => `doc: ${d.file}, "${d.heading}"`), '', ...b.evidence].join('\n');
      return `${open}\n      <failure message="${xmlAttr(b.evidence.find((x) => x.startsWith('FAILED')) ?? 'failed')}" type="behaviour">${xmlText(body)}</failure>\n    </testcase>`;
    }
    if (b.status === 'not-exercised') return `${open}\n      <skipped message="not exercised by this traffic"/>\n    </testcase>`;
    return `${open}</testcase>`;
  });
  const used = [...new Set(report.outcomes.map((o) => o.operation))];
  const schema = used.map((operation) => {
    const found = report.violations.filter((v) => v.operation === operation && v.kind !== 'behaviour');
    const open = `    <testcase name="${xmlAttr(operation)}" classname="integration.schema">`;
    if (found.length === 0) return `${open}</testcase>`;
    const total = report.violationCounts
      .filter((c) => c.operation === operation && c.kind !== 'behaviour')
      .reduce((n, c) => n + c.count, 0);
    const body = [
      ...found.map((v) => `#${v.exchange} ${v.kind} ${v.rule}: ${v.detail}`),
      ...(total > found.length ? [`... ${total - found.length} more`] : []),
    ].join('\n');
    return `${open}\n      <failure message="${xmlAttr(`${total} violation(s)`)}" type="schema">${xmlText(body)}</failure>\n    </testcase>`;
  });
  const unknown = report.violations.filter((v) => v.operation === null && v.kind !== 'behaviour');
  if (unknown.length > 0) {
    schema.push(
      `    <testcase name="undocumented requests" classname="integration.schema">\n      <failure message="${xmlAttr(`${unknown.length} violation(s)`)}" type="schema">${xmlText(unknown.map((v) => `#${v.exchange} ${v.rule}: ${v.detail}`).join('\n'))}</failure>\n    </testcase>`,
    );
  }
  const outcomes = report.outcomes.map((o) => {
    const open = `    <testcase name="${xmlAttr(`${o.operation} ${o.outcome}`)}" classname="integration.outcome">`;
    return o.seen > 0
      ? `${open}</testcase>`
      : `${open}\n      <skipped message="${xmlAttr(neverMet(o.operation, o.outcome))}"/>\n    </testcase>`;
  });
  const suite = (name: string, cases: string[], failures: number, skipped: number) =>
    `  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`;
  const bFailed = report.behaviours.filter((b) => b.status === 'failed').length;
  const bSkipped = report.behaviours.filter((b) => b.status === 'not-exercised').length;
  const sFailed = schema.filter((s) => s.includes('<failure')).length;
  const oSkipped = report.outcomes.filter((o) => o.seen === 0).length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="connectfi-integration" tests="${behaviours.length + schema.length + outcomes.length}" failures="${bFailed + sFailed}">
${suite('behaviours', behaviours, bFailed, bSkipped)}
${suite('schemas', schema, sFailed, 0)}
${suite('outcomes', outcomes, 0, oSkipped)}
</testsuites>
`;
}

/** "never met", and how to make it happen. */
function neverMet(operation: string, outcome: string): string {
  return outcome === '200'
    ? 'never met: no request of this operation succeeded'
    : `never met; force it with POST /__simulator/outcomes ${JSON.stringify({ operation, outcome })}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** integration-summary.md of an integration session. */
export function renderIntegrationMarkdown(report: IntegrationReport): string {
  const lines = [
    `## connectFi integration: ${report.verdict.toUpperCase()}`,
    '',
    `${report.verdictDetail}. Upstream \`${report.upstream}\`, ${report.exchanges} exchanges in ${(report.durationMs / 1000).toFixed(1)} s; outcome coverage ${report.coverage.met}/${report.coverage.total}.`,
    '',
    '| behaviour | status | evidence |',
    '| --- | --- | --- |',
    ...report.behaviours.map(
      (b) => `| \`${b.id}\` | ${b.status} | ${cell(b.evidence.find((x) => x.startsWith('FAILED')) ?? b.evidence[0] ?? '')} |`,
    ),
    '',
    '| operation | outcomes met | never met |',
    '| --- | --- | --- |',
    ...report.coverage.operations.map(
      (f) => `| \`${f.operation}\` | ${f.met}/${f.total} | ${f.missing.map((m) => `\`${m}\``).join(', ')} |`,
    ),
  ];
  if (report.missingOutcomes.length > 0) {
    lines.push(
      '',
      '### Outcomes never met',
      '',
      'Each can be forced on the next call of its operation: `POST /__simulator/outcomes` with the body shown (through the proxy, with `--upstream simulator`).',
      '',
      '| operation | outcome | body to force it |',
      '| --- | --- | --- |',
      ...report.missingOutcomes.map(
        (m) =>
          `| \`${m.operation}\` | \`${m.outcome}\` | ${m.force ? `\`${cell(JSON.stringify(m.force))}\`` : 'a request that succeeds'} |`,
      ),
    );
  }
  if (report.violations.length > 0) {
    lines.push(
      '',
      `### Violations (${report.violationsTotal})`,
      '',
      '| exchange | operation | kind | rule | detail |',
      '| --- | --- | --- | --- | --- |',
    );
    const shown = report.violations.slice(0, 50);
    for (const v of shown) lines.push(`| #${v.exchange} | \`${v.operation ?? '-'}\` | ${v.kind} | \`${v.rule}\` | ${cell(v.detail)} |`);
    if (report.violationsTotal > shown.length) {
      const byRule = report.violationCounts.map((c) => `\`${c.rule}\` ${c.count}`).join(', ');
      lines.push(
        '',
        `${report.violationsTotal - shown.length} more not shown here (integration.json lists the first of each rule; counted by rule: ${byRule}).`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
