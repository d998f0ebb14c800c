import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { launchChromium } from '../testing/chromium.ts';
import { SAMPLE_SECRETS, XSS_REASON, sampleReport, triageReport } from './testing/sample-report.ts';
import { writeReports } from './write-reports.ts';

/**
 * Opens conformance.html in headless Chromium (the one npm ci installs, or CHROMIUM_PATH / the
 * system's) from file://, and checks what a person sees.
 */
const SHOTS = path.join(ROOT, 'reports');

let browser: Browser;
let page: Page;
const problems: string[] = [];

async function open(report = sampleReport()): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-html-'));
  await writeReports(report, dir, { secrets: [SAMPLE_SECRETS.token, SAMPLE_SECRETS.password], githubStepSummary: null });
  await page.goto(pathToFileURL(path.join(dir, 'conformance.html')).href);
  await page.waitForSelector('#checks-table, #checks .empty');
}

const visibleRows = () => page.locator('#checks-table tbody tr.check-row:visible');
const visibleIds = () => visibleRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));

beforeAll(async () => {
  // chromium.launch starts every run with a fresh temporary profile (user data dir).
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  page.setDefaultTimeout(5_000);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
  });
  await open();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('conformance.html in Chromium', () => {
  it('shows the verdict and the counts', async () => {
    await expect(page.locator('#verdict .verdict-text').textContent()).resolves.toBe('Not conformant');
    await expect(page.locator('#verdict .verdict-detail').textContent()).resolves.toBe(
      '2 of 9 checks failed (1 skipped, 1 not applicable, 1 waived)',
    );
    const counts = await page.locator('#counts .count').evaluateAll((els) => els.map((e) => e.textContent));
    expect(counts).toEqual(['4passed', '2failed', '1skipped', '1waived', '1not applicable']);
    await expect(page.title()).resolves.toBe('connectFi conformance: Not conformant');
  });

  it('lists every check that did not pass, failures first; the passed ones are collapsed by family', async () => {
    const ids = await visibleIds();
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 2).sort()).toEqual(['auth.wrong-token.ibis-card-list', 'status.transition.S-I']);
    await expect(page.locator('#shown-count').textContent()).resolves.toBe('5 of 9 checks shown; 4 passed checks collapsed by family');
  });

  it('filters by status and family, and the search narrows the rows', async () => {
    await page.selectOption('#filter-status', 'failed');
    const statuses = await visibleRows().evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses).toEqual(['failed', 'failed']);
    await page.selectOption('#filter-status', '');
    await page.fill('#filter-search', 'transition');
    expect((await visibleIds()).sort()).toEqual(['status.transition.A-B', 'status.transition.B-S', 'status.transition.S-I']);
    await page.fill('#filter-search', 'ONERROR');
    expect(await visibleIds()).toEqual(['auth.wrong-token.ibis-card-list']);
    await page.fill('#filter-search', '');
    await page.selectOption('#filter-family', 'auth');
    expect((await visibleIds()).sort()).toEqual(['auth.no-token.ibis-card-list', 'auth.wrong-token.ibis-card-list']);
    await page.selectOption('#filter-family', '');
    await expect(visibleRows().count()).resolves.toBe(5);
  });

  it('sorts by a column header', async () => {
    await page.click('th[data-sort="id"]');
    const ids = await visibleIds();
    expect(ids).toEqual([...ids].sort((a, b) => a!.localeCompare(b!)));
    await expect(page.getAttribute('th[data-sort="id"]', 'aria-sort')).resolves.toBe('ascending');
    await page.click('th[data-sort="id"]');
    expect(await visibleIds()).toEqual([...ids].reverse());
    await page.click('th[data-sort="status"]');
  });

  it("expands a failure's evidence: expected, actual, redacted exchanges and the curl with a copy button", async () => {
    const row = page.locator('tr.check-row[data-id="status.transition.S-I"]');
    await row.locator('button.evidence-toggle').click();
    const evidence = page.locator('tr.evidence-row').first();
    await expect(evidence.isVisible()).resolves.toBe(true);
    await expect(evidence.locator('pre.expected').textContent()).resolves.toContain('"subCode": "SA"');
    await expect(evidence.locator('pre.actual').textContent()).resolves.toContain('"status": 200');
    const curl = await evidence.locator('.curl code').textContent();
    expect(curl).toMatch(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:4010\/ibis\/card\/set-status'/);
    await evidence.locator('details.exchange summary').click();
    await expect(evidence.locator('details.exchange pre').textContent()).resolves.toContain('"x-connectfi-token": "[REDACTED]"');
    await evidence.locator('button.copy').click();
    await expect.poll(() => evidence.locator('button.copy').textContent()).toBe('Copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(curl);
  });

  it('shows hostile markup from the API as text and runs none of it', async () => {
    const row = page.locator('tr.check-row[data-id="auth.wrong-token.ibis-card-list"]');
    await row.locator('button.evidence-toggle').click();
    const reason = page.locator('tr.evidence-row .reason', { hasText: 'onerror' });
    await expect(reason.textContent()).resolves.toBe(XSS_REASON);
    await page.locator('tr.evidence-row', { hasText: 'onerror' }).locator('details.exchange summary').click();
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.body.dataset.pwned ?? null)).resolves.toBeNull();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(SAMPLE_SECRETS.token);
    expect(text).not.toContain(SAMPLE_SECRETS.password);
    expect(text).toContain('411111******1111');
  });

  it('colours the matrix cells by check status', async () => {
    const cell = (id: string) => page.locator(`#matrix-transitions td[data-check="${id}"]`);
    await expect(cell('status.transition.S-I').getAttribute('class')).resolves.toBe('cell cell-failed expect-refused');
    await expect(cell('status.transition.S-I').textContent()).resolves.toBe('✗');
    await expect(cell('status.transition.A-B').getAttribute('class')).resolves.toBe('cell cell-passed expect-allowed');
    const bg = (id: string) => cell(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(bg('status.transition.S-I')).resolves.toBe('rgb(207, 34, 46)');
    await expect(bg('status.transition.A-B')).resolves.toBe('rgb(218, 251, 225)');
    await expect(page.locator('#matrix-transitions td.cell-none').count()).resolves.toBe(5);
    await expect(page.locator('#matrix-permissions td.cell-waived').count()).resolves.toBe(1);
    await expect(page.locator('#matrix-permissions td.cell-skipped').count()).resolves.toBe(1);
  });

  it('jumps from a matrix cell to its check', async () => {
    await page.click('#matrix-transitions td[data-check="status.transition.A-B"]');
    expect(await visibleIds()).toEqual(['status.transition.A-B']);
    await expect(page.inputValue('#filter-search')).resolves.toBe('status.transition.A-B');
    await page.fill('#filter-search', '');
  });

  it('shows per-operation coverage, listing operations no check touched', async () => {
    const covered = page.locator('#coverage-table tr', { hasText: '/ibis/card/set-status' });
    await expect(covered.locator('td.num').allTextContents()).resolves.toEqual(['3', '1']);
    await expect(page.locator('#coverage-table tr.uncovered', { hasText: '/ibis/credit-card/add' }).count()).resolves.toBe(1);
  });

  it('takes a screenshot, and has logged no error', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('tr.check-row[data-id="status.transition.S-I"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'conformance-html.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows no self-check section in a report without one', async () => {
    await expect(page.locator('#selfcheck').textContent()).resolves.toBe('');
  });

  it('says "not run" where a report has no matrices', async () => {
    await open(sampleReport({ matrices: false }));
    await expect(page.locator('#matrix-transitions .not-run').textContent()).resolves.toContain('not run');
    await expect(page.locator('#matrix-permissions .not-run').count()).resolves.toBe(1);
    expect(problems).toEqual([]);
  });

  it('shows the self-check: the mutation score, the clean run, and each fault with its expected, detecting and collateral checks', async () => {
    await open(sampleReport({ selfcheck: true }));
    await expect(page.locator('#selfcheck-score').textContent()).resolves.toBe('Mutation score: 1/2 faults detected (50%)');
    await expect(page.locator('#selfcheck-score').getAttribute('class')).resolves.toBe('selfcheck-score ko');
    await expect(page.locator('#selfcheck-clean').textContent()).resolves.toContain(
      'Clean simulator: passed (413 passed, 0 failed, 11 skipped)',
    );
    const rows = page.locator('#selfcheck-table tbody tr');
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fault')))).resolves.toEqual([
      'pull-from-pre-active',
      'whitespace-only-accepted',
    ]);
    const detected = page.locator('tr[data-fault="pull-from-pre-active"]');
    await expect(detected.locator('.badge').textContent()).resolves.toBe('yes');
    await expect(detected.locator('td.selfcheck-expected').textContent()).resolves.toBe('money\\.pull\\..*\\.status-A');
    await expect(detected.locator('td.selfcheck-by').textContent()).resolves.toBe(
      'money.pull.funds-debit.status-A, money.pull.card-to-card.status-A, money.pull.extra.status-A, +1 more',
    );
    await expect(detected.locator('td.selfcheck-collateral').textContent()).resolves.toBe(
      '2: lifecycle.model-based, money.credit.pre-active-pull',
    );
    const missed = page.locator('tr[data-fault="whitespace-only-accepted"]');
    await expect(missed.getAttribute('class')).resolves.toBe('selfcheck-row undetected');
    await expect(missed.locator('.badge').textContent()).resolves.toBe('missed');
    await expect(missed.locator('td.selfcheck-by').textContent()).resolves.toBe(
      'the expected checks passed (2 checks); collateral failures: validation.other',
    );
    await expect(missed.locator('td.selfcheck-collateral').textContent()).resolves.toBe('1: validation.other');
    // The allowed variants: one with a false alarm, one passed with an advisory.
    await expect(page.locator('#selfcheck-variants-score').textContent()).resolves.toBe('1/2 allowed variants passed with no false alarm');
    const alarmed = page.locator('tr[data-variant="reworded-messages"]');
    await expect(alarmed.getAttribute('class')).resolves.toBe('selfcheck-variant undetected');
    await expect(alarmed.locator('td.selfcheck-by').textContent()).resolves.toBe('1: cards.reissue.unknown-card');
    await expect(alarmed.locator('td.selfcheck-docs').textContent()).resolves.toBe('README.md, "Error envelope": and may have no message.');
    const passed = page.locator('tr[data-variant="push-to-closed-accepted"]');
    await expect(passed.locator('.badge').textContent()).resolves.toBe('yes');
    await expect(passed.locator('td').nth(3).textContent()).resolves.toBe('money.push.closed-card-refused');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.body.dataset.pwned ?? null)).resolves.toBeNull();
    expect(problems).toEqual([]);
  });

  it('opens a failing run with the family x status chart and the causes, each leading to its checks', async () => {
    await open(triageReport());
    // What a person sees first, in page order: verdict, counts, then the chart and the groups, then the table.
    const order = await page.evaluate(() =>
      ['#verdict', '#counts', '#family-chart', '#cause-list', '#checks-table'].map(
        (sel) => document.querySelector(sel)!.getBoundingClientRect().top,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await expect(page.locator('#family-chart').isVisible()).resolves.toBe(true);
    expect(order[2]).toBeLessThan(900); // within the first screen (viewport 1360x900)

    const rows = page.locator('#family-chart .chart-row');
    await expect(
      rows.evaluateAll((els) => els.map((e) => [e.getAttribute('data-family'), e.getAttribute('data-failed')])),
    ).resolves.toEqual([
      ['cards', '0'],
      ['envelope', '6'],
      ['money', '1'],
      ['pin', '0'],
      ['status', '4'],
    ]);
    const envelope = page.locator('#family-chart .chart-row[data-family="envelope"] .seg');
    await expect(envelope.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).resolves.toEqual(['envelope: 6 failed']);
    // The widest bar is the largest family; a segment's width follows its count.
    const width = (family: string) =>
      page.locator(`#family-chart .chart-row[data-family="${family}"] .chart-bar`).evaluate((e) => e.getBoundingClientRect().width);
    expect(await width('envelope')).toBeGreaterThan(await width('status'));
    expect(await width('status')).toBeGreaterThan(await width('money'));

    const groups = page.locator('#cause-list > li.cause');
    await expect(
      groups.evaluateAll((els) =>
        els.map((e) => [
          e.querySelector('.cause-count')!.textContent,
          e.querySelector('.cause-deviation')!.textContent,
          e.querySelector('.cause-title')!.textContent,
        ]),
      ),
    ).resolves.toEqual([
      ['6 checks', 'envelope-format', 'answers with an envelope the docs do not give, on 6 operations'],
      ['4 checks', 'accepts-invalid-request', 'answers 200 where the docs give an error, on 1 operation'],
      ['1 check', 'money-mismatch', 'gets balances or amounts wrong, on 1 operation'],
    ]);
    await expect(groups.nth(1).locator('.cause-example').textContent()).resolves.toBe(
      'for example status.transition.case-0: POST /ibis/card/set-status → 200',
    );
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'conformance-html-triage.png') });
    // A group's check leads to its row in the table, with the evidence open.
    await groups.nth(1).locator('button.check-link', { hasText: 'status.transition.case-2' }).click();
    await expect(visibleIds()).resolves.toEqual(['status.transition.case-2']);
    await expect(page.locator('tr.evidence-row:visible .reason').textContent()).resolves.toContain('expected 400 extIbis subCode 57');
    // A chart segment filters the table to its family and status.
    await envelope.first().click();
    await expect(page.locator('#filter-status').inputValue()).resolves.toBe('failed');
    await expect(page.locator('#filter-family').inputValue()).resolves.toBe('envelope');
    await expect(visibleRows().count()).resolves.toBe(6);
    await expect(page.locator('#missing-fixtures').textContent()).resolves.toBe(
      'Fixture variables not set (checks each would enable): CONNECTFI_CUSTOMER_ID 1',
    );
    expect(problems).toEqual([]);
  });

  it('says so when no check failed', async () => {
    const report = triageReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed');
    report.summary = { ...report.summary, failed: 0 };
    await open(report);
    await expect(page.locator('#causes-empty').textContent()).resolves.toBe('no check failed');
    await expect(page.locator('#verdict .verdict-text').textContent()).resolves.toBe('Inconclusive');
    expect(problems).toEqual([]);
  });
});
