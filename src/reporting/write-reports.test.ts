import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../errors.ts';
import { luhnValid } from '../client/redact.ts';
import { escapeHtml, jsonForScript, renderHtml } from './html-report.ts';
import { SAMPLE_SECRETS, XSS_REASON, sampleReport } from './testing/sample-report.ts';
import { writeReports } from './write-reports.ts';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'cfc-reports-'));

describe('writeReports', () => {
  it('writes the four reports and returns their paths', async () => {
    const dir = path.join(tmp(), 'nested', 'reports');
    const files = await writeReports(sampleReport(), dir, {
      secrets: [SAMPLE_SECRETS.token, SAMPLE_SECRETS.password],
      githubStepSummary: null,
    });
    expect(files.map((f) => path.basename(f))).toEqual(['conformance.json', 'junit.xml', 'summary.md', 'conformance.html']);
    expect(readdirSync(dir).sort()).toEqual(['conformance.html', 'conformance.json', 'junit.xml', 'summary.md']);
  });

  it('writes conformance.json in the shape of docs/architecture.md, "Stable interfaces"', async () => {
    const dir = tmp();
    await writeReports(sampleReport(), dir, { githubStepSummary: null });
    const json = JSON.parse(readFileSync(path.join(dir, 'conformance.json'), 'utf8'));
    expect(Object.keys(json).slice(0, 6)).toEqual(['target', 'startedAt', 'durationMs', 'seed', 'summary', 'checks']);
    expect(json.summary).toEqual({ passed: 4, failed: 2, skipped: 1, waived: 1, notApplicable: 1, errors: 0, advisories: 0 });
    for (const c of json.checks) {
      expect(c).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          title: expect.any(String),
          status: expect.stringMatching(/^(passed|failed|error|advisory|skipped|waived|not-applicable)$/),
        }),
      );
      expect(c).toHaveProperty('operation');
      expect(c).toHaveProperty('docRef');
    }
    const failed = json.checks.find((c: { id: string }) => c.id === 'status.transition.S-I');
    expect(failed.evidence.curl[0]).toMatch(/^curl /);
    expect(failed.evidence.exchanges[0].requestHeaders['x-connectfi-token']).toBe('[REDACTED]');
    expect(json.matrices.transitions.cells.S.I).toEqual({ checkId: 'status.transition.S-I', status: 'failed', expected: 'refused' });
  });

  it('leaves no token, password or Luhn-valid PAN in any file', async () => {
    const dir = tmp();
    await writeReports(sampleReport(), dir, { secrets: [SAMPLE_SECRETS.token, SAMPLE_SECRETS.password], githubStepSummary: null });
    for (const name of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(text, name).not.toContain(SAMPLE_SECRETS.token);
      expect(text, name).not.toContain(SAMPLE_SECRETS.password);
      expect(text, name).not.toContain(SAMPLE_SECRETS.pan);
      // Standalone (docs/ci.md, "Running against the real sandbox"): no word character next to it, not part of a decimal number.
      for (const run of text.match(/(?<!\w|\d\.)\d{13,19}(?!\w|\.\d)/g) ?? []) expect(luhnValid(run), `${name}: ${run}`).toBe(false);
    }
    expect(readFileSync(path.join(dir, 'conformance.json'), 'utf8')).toContain('Card Number(411111******1111)');
  });

  it('masks a standalone PAN in a description and in an error context, and leaves its lookalikes whole', async () => {
    const pan = '5555555555554444';
    const requestId = 'a3f14111111111111111c2d4e5b69788'; // 32 hex holding 16 Luhn-valid digits
    const mantissa = '1.3924024748305536e-219';
    const id = 'icrd_4111111111111111Zq';
    const report = sampleReport();
    report.checks[0] = {
      ...report.checks[0],
      reason: `expected 400, got 200 (requestId ${requestId}, amount ${mantissa}, card ${id})`,
      evidence: {
        exchanges: [
          {
            operation: '/ibis/card/set-status',
            method: 'POST',
            url: 'http://127.0.0.1:4010/ibis/card/set-status',
            requestHeaders: {},
            requestBody: { cFiCardId: id, statusCode: 'B', description: `lost card ${pan}, reported by phone` },
            status: 400,
            responseHeaders: {},
            requestId,
            responseBody: {
              requestId,
              code: 'requestValidateError',
              context: [{ message: `must not hold ${pan}`, params: { value: `Card Number(${pan})`, limit: 1.3924024748305536e-219 } }],
            },
            durationMs: 1,
            startedAt: '2025-01-02T03:04:05.000Z',
            attempt: 1,
          },
        ],
        curl: [],
      },
    };
    const dir = tmp();
    await writeReports(report, dir, { githubStepSummary: null });
    for (const name of readdirSync(dir)) {
      const raw = readFileSync(path.join(dir, name), 'utf8');
      const text = name.endsWith('.md') ? raw.replace(/\\(.)/g, '$1') : raw; // Markdown escapes "_"
      expect(text, name).not.toContain(pan);
      expect(text, name).toContain(requestId);
      expect(text, name).toContain(id);
      expect(text, name).toContain(mantissa);
    }
    const json = JSON.parse(readFileSync(path.join(dir, 'conformance.json'), 'utf8'));
    const exchange = json.checks[0].evidence.exchanges[0];
    expect(exchange.requestBody.description).toBe('lost card 555555******4444, reported by phone');
    expect(exchange.responseBody.context[0]).toEqual({
      message: 'must not hold 555555******4444',
      params: { value: 'Card Number(555555******4444)', limit: 1.3924024748305536e-219 },
    });
    expect(exchange.requestId).toBe(requestId);
    expect(exchange.responseBody.requestId).toBe(requestId);
    expect(json.checks[0].reason).toBe(`expected 400, got 200 (requestId ${requestId}, amount ${mantissa}, card ${id})`);
  });

  it('does not change the report it was given', async () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    await writeReports(report, tmp(), { secrets: [SAMPLE_SECRETS.token], githubStepSummary: null });
    expect(JSON.stringify(report)).toBe(before);
  });

  it('appends summary.md to GITHUB_STEP_SUMMARY', async () => {
    const dir = tmp();
    const step = path.join(dir, 'step-summary.md');
    writeFileSync(step, 'earlier step\n');
    const saved = process.env.GITHUB_STEP_SUMMARY;
    process.env.GITHUB_STEP_SUMMARY = step;
    try {
      await writeReports(sampleReport(), path.join(dir, 'out'), { secrets: [SAMPLE_SECRETS.token] });
    } finally {
      if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY;
      else process.env.GITHUB_STEP_SUMMARY = saved;
    }
    const text = readFileSync(step, 'utf8');
    expect(text.startsWith('earlier step\n## ❌ connectFi conformance: Not conformant')).toBe(true);
    expect(text).toBe(`earlier step\n${readFileSync(path.join(dir, 'out', 'summary.md'), 'utf8')}\n`);
  });

  it('reports an unwritable directory as a ConfigurationError naming it', async () => {
    const file = path.join(tmp(), 'a-file');
    writeFileSync(file, '');
    const err = await writeReports(sampleReport(), path.join(file, 'reports'), { githubStepSummary: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err).toMatchObject({ code: 'REPORT_DIR', message: expect.stringContaining(path.join(file, 'reports')) });
  });
});

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('is one self-contained file: no external resource', () => {
    const page = html.replace(/<script type="application\/json" id="report-data">[^<]*<\/script>/, '');
    expect(page).not.toMatch(/<(link|img|iframe)\b/i);
    // Inside a tag: report values (escaped, so never a tag) may say "src=" as text. A link within the
    // page (the navigation bar's href="#causes") loads nothing.
    expect(page).not.toMatch(/<[^>]*\b(src|href)=(?!"#[\w-]+")/i);
    expect(page).toMatch(/<a href="#causes"/);
    expect(page).not.toMatch(/url\(|@import|fetch\(|XMLHttpRequest/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`);
  });

  it('renders the verdict and the counts in the page itself', () => {
    expect(html).toContain('<span class="verdict-text">Not conformant</span>');
    expect(html).toContain('<div class="count count-failed" data-count="failed"><span class="n">2</span>');
  });

  it('embeds the report as inert JSON: markup from the API never appears as markup', () => {
    expect(html).not.toContain('<img');
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    const json = html.match(/<script type="application\/json" id="report-data">([^<]*)<\/script>/)![1];
    const data = JSON.parse(json);
    expect(data.report.checks.find((c: { id: string }) => c.id === 'auth.wrong-token.ibis-card-list').reason).toBe(XSS_REASON);
  });

  it('escapes what it renders itself', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(jsonForScript({ s: '</script><!-- \u2028 & >' })).toBe('{"s":"\\u003c/script\\u003e\\u003c!-- \\u2028 \\u0026 \\u003e"}');
    const hostile = renderHtml({ ...sampleReport(), target: '<script>alert(1)</script>', seed: '"><img src=x>' });
    expect(hostile).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
    expect(hostile).not.toContain('<img');
  });
});
