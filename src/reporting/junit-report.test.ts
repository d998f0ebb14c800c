import { describe, expect, it } from 'vitest';
import { renderJunit, xmlAttr, xmlText } from './junit-report.ts';
import { SAMPLE_SECRETS, XSS_REASON, sampleReport } from './testing/sample-report.ts';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const decode = (s: string) =>
  s.replace(/&(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );

/** A strict little XML reader: throws on anything not well-formed (unbalanced tags, raw < or & in text). */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    m = token.exec(body);
    if (!m) throw new Error(`not well-formed at ${pos}: ${body.slice(pos, pos + 40)}`);
    pos = token.lastIndex;
    const top = stack[stack.length - 1];
    if (m[1]) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([\w:-]+)="([^"]*)"/g)) {
        if (/&(?!(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);)/.test(a[2])) throw new Error(`raw & in attribute ${a[1]}`);
        attrs[a[1]] = decode(a[2]);
      }
      const el: XmlElement = { name: m[2], attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else {
      if (/&(?!(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);)/.test(m[5])) throw new Error('raw & in text');
      top.text += decode(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  if (root.children.length !== 1) throw new Error('expected one root element');
  return root.children[0];
}

describe('renderJunit', () => {
  const report = sampleReport();
  const xml = renderJunit(report);
  const doc = parseXml(xml);
  const suites = doc.children.filter((c) => c.name === 'testsuite' && c.attrs.name !== 'verdict');
  const cases = suites.flatMap((s) => s.children.filter((c) => c.name === 'testcase'));
  const verdictSuite = (d: XmlElement) => d.children.find((c) => c.name === 'testsuite' && c.attrs.name === 'verdict')!;

  it('is well-formed, with totals on <testsuites>', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.name).toBe('testsuites');
    // The checks, plus the verdict's own test case (a failure: the run is not conformant).
    expect(doc.attrs).toMatchObject({ tests: String(report.checks.length + 1), failures: '3', errors: '0', skipped: '3' });
  });

  it('carries the verdict as a test case: a failure, an error when inconclusive, a pass when conformant', () => {
    const failed = verdictSuite(doc);
    expect(failed.children.find((c) => c.name === 'testcase')!.children[0]).toMatchObject({
      name: 'failure',
      attrs: { type: 'not-conformant' },
    });
    // The verdict's properties, then the run's causes, largest first (docs/ci.md, "Causes").
    expect(failed.children.find((c) => c.name === 'properties')!.children.map((p) => [p.attrs.name, p.attrs.value])).toEqual([
      ['verdict', 'not-conformant'],
      ['exitCode', '1'],
      ['cause.accepts-invalid-request', '1 check: answers 200 where the docs give an error, on 1 operation'],
      ['cause.auth-not-enforced', '1 check: answers without checking the token or credentials, on 1 operation'],
    ]);
    const gap = sampleReport();
    gap.checks = gap.checks.filter((c) => c.status !== 'failed');
    gap.summary = { ...gap.summary, failed: 0 };
    const inconclusive = parseXml(renderJunit(gap));
    expect(inconclusive.attrs).toMatchObject({ failures: '0', errors: '1' });
    const error = verdictSuite(inconclusive).children.find((c) => c.name === 'testcase')!.children[0];
    expect(error).toMatchObject({ name: 'error', attrs: { type: 'inconclusive' } });
    expect(error.attrs.message).toMatch(
      /^Inconclusive: 1 check did not run because fixture variables are not set: CONNECTFI_DEBIT_PROGRAM_ID \(1 check\)/,
    );
    const accepted = parseXml(renderJunit({ ...gap, allowMissingFixtures: true }));
    expect(accepted.attrs).toMatchObject({ failures: '0', errors: '0' });
    expect(verdictSuite(accepted).children.find((c) => c.name === 'testcase')!.children).toEqual([]);
  });

  it('has one testsuite per family, with its own counts', () => {
    expect(suites.map((s) => s.attrs.name).sort()).toEqual(['auth', 'envelope', 'money', 'pin', 'status', 'validation']);
    const auth = suites.find((s) => s.attrs.name === 'auth')!;
    expect(auth.attrs).toMatchObject({ tests: '2', failures: '1', skipped: '0' });
    const props = auth.children.find((c) => c.name === 'properties')!.children.map((p) => [p.attrs.name, p.attrs.value]);
    expect(props).toContainEqual(['seed', '1234']);
  });

  it('names each testcase by check id with the family as classname', () => {
    expect(cases.map((c) => c.attrs.name).sort()).toEqual(report.checks.map((c) => c.id).sort());
    for (const c of cases) expect(c.attrs.classname).toBe(report.checks.find((r) => r.id === c.attrs.name)!.family);
    expect(cases.find((c) => c.attrs.name === 'status.transition.S-I')!.attrs.time).toBe('0.041');
  });

  it('gives failures their deviation and reason as message, and the curl in the body', () => {
    const failing = cases.find((c) => c.attrs.name === 'status.transition.S-I')!;
    const failure = failing.children.find((c) => c.name === 'failure')!;
    expect(failure.attrs.message).toBe('[accepts-invalid-request] expected 400 extIbis subCode SA, got 200');
    expect(failure.text).toContain(`curl -sS -X POST 'http://127.0.0.1:4010/ibis/card/set-status'`);
    expect(failure.text).toContain('doc: ibis-overview.txt, "Set the Status of a Card"');
    expect(failure.text).toContain('deviation: accepts-invalid-request (docs/ci.md, "Causes")');
    const hostile = cases.find((c) => c.attrs.name === 'auth.wrong-token.ibis-card-list')!;
    expect(hostile.children.find((c) => c.name === 'failure')!.attrs.message).toBe(`[auth-not-enforced] ${XSS_REASON}`);
  });

  it('marks skipped and waived checks <skipped>, the waiver with its reason and expiry', () => {
    const skipped = cases.find((c) => c.attrs.name === 'money.pull.insufficient')!;
    expect(skipped.children.find((c) => c.name === 'skipped')!.attrs.message).toBe('fixture not configured: CONNECTFI_DEBIT_PROGRAM_ID');
    const na = cases.find((c) => c.attrs.name === 'pin.lock.after-max-attempts')!;
    expect(na.children.find((c) => c.name === 'skipped')!.attrs.message).toBe(
      'not applicable: errata pin-attempt-limit: the PIN lock is graded only against the simulator',
    );
    const waived = cases.find((c) => c.attrs.name === 'envelope.ibis-card-status.success')!;
    expect(waived.children.find((c) => c.name === 'skipped')!.attrs.message).toBe(
      'waived until 2099-12-31: sandbox omits requestId, ticket CFI-123',
    );
    const passed = cases.find((c) => c.attrs.name === 'status.transition.A-B')!;
    expect(passed.children).toEqual([]);
  });

  it('escapes markup, quotes, line breaks and characters XML cannot hold', () => {
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttr('"x"\n\'y\'')).toBe('&quot;x&quot;&#10;&apos;y&apos;');
    expect(xmlText('bell\u0007 and lone \uD800 surrogate')).toBe('bell\uFFFD and lone \uFFFD surrogate');
    const odd = sampleReport();
    odd.checks[0] = { ...odd.checks[0], id: 'x"<>&\u0001', reason: 'line1\nline2 ]]> <![CDATA[' };
    const el = parseXml(renderJunit(odd));
    const tc = el.children.flatMap((s) => s.children).find((c) => c.attrs.name === 'x"<>&\uFFFD')!;
    expect(tc.children[0].attrs.message).toBe('[accepts-invalid-request] line1\nline2 ]]> <![CDATA[');
  });

  it('does not redact by itself (writeReports does), so the sample still holds its planted secrets', () => {
    expect(xml).toContain(SAMPLE_SECRETS.token);
  });
});
