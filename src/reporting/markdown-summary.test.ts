import { describe, expect, it } from 'vitest';
import { mdBlock, mdCode, mdText, renderMarkdownSummary } from './markdown-summary.ts';
import { sampleReport, triageReport } from './testing/sample-report.ts';
import type { ConformanceReport } from './types.ts';

describe('renderMarkdownSummary', () => {
  const md = renderMarkdownSummary(sampleReport());

  it('leads with the verdict and a counts table', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ connectFi conformance: Not conformant');
    expect(md).toContain('**2 of 9 checks failed (1 skipped, 1 not applicable, 1 waived)**');
    expect(md).toContain(
      '| passed | failed | could not be graded | advisory | skipped | not applicable | waived |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| 4 | 2 | 0 | 0 | 1 | 1 | 1 |',
    );
  });

  it('lists each failure with id, doc ref, reason and its first curl', () => {
    expect(md).toContain('### Failures (2)');
    expect(md).toContain('#### `status.transition.S-I` S → I is refused with extIbis subCode SA');
    expect(md).toContain('- doc: `ibis-overview.txt`, “Set the Status of a Card”');
    expect(md).toContain('- reason: expected 400 extIbis subCode SA, got 200');
    expect(md).toContain("```sh\ncurl -sS -X POST 'http://127.0.0.1:4010/ibis/card/set-status'");
    expect(md).toContain('- requestId: `a3f1c2d4e5b6978812345678901234ab`');
  });

  it('shows waivers with their reason and expiry, and counts per family', () => {
    expect(md).toContain('- `envelope.ibis-card-status.success`: until 2099-12-31: sandbox omits requestId, ticket CFI-123');
    expect(md).toContain('| auth | 1 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| status | 2 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('| pin | 0 | 0 | 0 | 1 | 0 |');
  });

  it('renders hostile text inert', () => {
    expect(md).not.toMatch(/<img|<script/i);
    expect(md).toContain('&lt;img src=x onerror="document.body.dataset.pwned=1"&gt;');
    expect(mdText('a|b *c* [d](e) `f`\nnext')).toBe('a\\|b \\*c\\* \\[d\\](e) \\`f\\` next');
    expect(mdCode('has `tick`')).toBe('`` has `tick` ``');
    expect(mdBlock('a ``` b', 'sh')).toBe('````sh\na ``` b\n````');
  });

  it('says conformant when nothing failed, inconclusive when nothing ran', () => {
    const ok: ConformanceReport = { ...sampleReport(), checks: [], summary: { passed: 3, failed: 0, skipped: 1, waived: 0 } };
    expect(renderMarkdownSummary(ok).split('\n')[0]).toBe('## ✅ connectFi conformance: Conformant');
    const none: ConformanceReport = { ...ok, summary: { passed: 0, failed: 0, skipped: 4, waived: 0 } };
    expect(renderMarkdownSummary(none)).toContain('## ⚠️ connectFi conformance: Inconclusive');
  });

  it('lists the causes of the failures, and the missing fixture variables', () => {
    const md = renderMarkdownSummary(triageReport());
    expect(md).toContain(
      [
        '### Causes (3)',
        '',
        '| checks | deviation | cause | for example |',
        '| ---: | --- | --- | --- |',
        '| 6 | `envelope-format` | answers with an envelope the docs do not give, on 6 operations | `envelope.op-0.success` |',
        '| 4 | `accepts-invalid-request` | answers 200 where the docs give an error, on 1 operation | `status.transition.case-0` |',
        '| 1 | `money-mismatch` | gets balances or amounts wrong, on 1 operation | `money.balance.exact` |',
      ].join('\n'),
    );
    expect(md.indexOf('### Causes')).toBeLessThan(md.indexOf('### Failures'));
    expect(md).toContain('#### `money.balance.exact` title of money.balance.exact\n\n- deviation: `money-mismatch`');
    expect(md).toContain(
      '### Fixture variables not set\n\n| variable | checks it would enable |\n| --- | ---: |\n| `CONNECTFI_CUSTOMER_ID` | 1 |',
    );
  });
});
