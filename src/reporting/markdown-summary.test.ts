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

  it('lists the top causes of the failures, and the missing fixture variables', () => {
    const md = renderMarkdownSummary(triageReport());
    expect(md).toContain(
      '### Top causes (3 in all)\n\n| checks | cause | families |\n| ---: | --- | --- |\n| 6 | requestId "&lt;id&gt;" does not match ^\\[0-9a-f\\]{32}$ | envelope |\n| 4 | card &lt;id&gt; answered 200, expected 400 extIbis subCode 57 | status |',
    );
    expect(md.indexOf('### Top causes')).toBeLessThan(md.indexOf('### Failures'));
    expect(md).toContain(
      '### Fixture variables not set\n\n| variable | checks it would enable |\n| --- | ---: |\n| `CONNECTFI_CUSTOMER_ID` | 1 |',
    );
  });
});
