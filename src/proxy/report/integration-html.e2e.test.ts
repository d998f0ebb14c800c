import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxySession } from '../session.ts';
import { ref, startKit } from '../testing/kit.ts';
import { sampleExchange } from '../testing/sample-exchange.ts';
import type { IntegrationReport } from './integration-types.ts';
import { launchChromium } from '../../testing/chromium.ts';
import { writeIntegrationReports } from './write-integration-reports.ts';

/**
 * Opens integration.html, written from real proxy traffic, in headless Chromium from file://
 * and checks what a person sees: the verdict, the behaviours, the violations, the coverage; no
 * script runs (markup sent by the app stays text), nothing is fetched.
 */
const XSS = '<img src=x onerror="document.title=\'pwned\'">';
let browser: Browser;
let page: Page;
let report: IntegrationReport;
let token: string;
const problems: string[] = [];

async function open(r: IntegrationReport): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-integration-'));
  await writeIntegrationReports(r, dir);
  await page.goto(pathToFileURL(path.join(dir, 'integration.html')).href);
  await page.waitForSelector('#behaviours');
}

beforeAll(async () => {
  const kit = await startKit();
  try {
    token = await kit.login();
    const card = await kit.issueCard(token);
    await kit.force('/ibis/financial/funds-credit', 'http-500');
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 5, currency: 'USD' }, token);
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: ref('fc'), amount: 5, currency: 'USD' }, token);
    await kit.post(
      '/ibis/financial/funds-credit',
      { cFiCardId: card, reference: ref('fc'), amount: 0, currency: 'USD', description: 'card 4111111111111111' },
      token,
    );
    await kit.post(`/ibis/${encodeURIComponent(XSS)}`, {}, token);
    // Markup in a reference reaches the report's text verbatim (reference-unique evidence).
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: XSS, amount: 1, currency: 'USD' }, token);
    await kit.post('/ibis/financial/funds-credit', { cFiCardId: card, reference: XSS, amount: 2, currency: 'USD' }, token);
    report = kit.proxy.report();
  } finally {
    await kit.close();
  }
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1360, height: 900 } })).newPage();
  page.setDefaultTimeout(5_000);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`network request: ${r.url()}`);
  });
  await open(report);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('integration.html in Chromium', () => {
  it('shows the verdict in the conformance report look', async () => {
    expect(report.verdict).toBe('not-ready');
    await expect(page.locator('#verdict .verdict-text').textContent()).resolves.toBe('NOT READY');
    await expect(page.title()).resolves.toBe('connectFi integration: NOT READY');
    // The shared stylesheet applies: a not-ready verdict has the failed colours.
    const colours = await page.locator('#verdict').evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colours).toEqual(['rgb(255, 235, 233)', 'rgb(207, 34, 46)']);
  });

  it('lists every behaviour with its status, citation and evidence', async () => {
    const rows = await page
      .locator('#behaviours tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-behaviour'), tr.getAttribute('data-status')]));
    expect(rows).toEqual(report.behaviours.map((b) => [b.id, b.status]));
    expect(rows).toContainEqual(['idempotent-retry', 'failed']);
    expect(rows).toContainEqual(['no-clear-pan', 'failed']);
    const retry = page.locator('#behaviours tr[data-behaviour="idempotent-retry"]');
    await expect(retry.locator('.badge').textContent()).resolves.toBe('failed');
    await expect(retry.locator('.doc').textContent()).resolves.toContain('ibis-overview.txt');
    await expect(retry.textContent()).resolves.toContain('NEW reference');
  });

  it('lists the violations, the markup an app sent staying text, the card number masked', async () => {
    const kinds = await page.locator('#violations tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')));
    expect(kinds).toHaveLength(report.violations.length);
    expect(kinds).toEqual(expect.arrayContaining(['request-schema', 'behaviour']));
    await expect(page.locator('#violations').textContent()).resolves.toContain('exclusiveMinimum at /amount');
    await expect(page.locator('#violations').textContent()).resolves.toContain(`reference "${XSS}" already used`);
    expect(await page.locator('#violations img').count()).toBe(0);
    const html = await page.content();
    expect(html).not.toContain('4111111111111111');
    expect(html).not.toContain(token);
    expect(await page.title()).not.toBe('pwned');
  });

  it('shows outcome coverage per operation', async () => {
    const ops = await page.locator('#coverage tbody tr td:first-child').allTextContents();
    expect(ops).toEqual(report.coverage.operations.map((f) => f.operation));
    const never = await page.locator('#outcomes tbody tr[data-seen="0"]').count();
    expect(never).toBe(report.outcomes.filter((o) => o.seen === 0).length);
    expect(never).toBeGreaterThan(0);
  });

  it('a session with more violations than it lists shows them all counted, by rule', async () => {
    const session = new ProxySession('http://upstream.example');
    for (let seq = 1; seq <= 250; seq++) {
      // Each body different: one invalid request after another, none repeated (handles-decline passes).
      const operation = '/ibis/card/status';
      session.record(
        sampleExchange(
          operation,
          { n: seq },
          { seq, at: seq, endAt: seq + 1, requestBytes: 2, status: 400, outcome: 'requestValidateError' },
        ),
        [
          {
            operation,
            kind: 'request-schema',
            rule: 'requestValidateError',
            detail: 'required at the body: must have required property cFiCardId',
            exchange: seq,
            keyword: 'required',
            instancePath: '',
          },
        ],
      );
    }
    const many = session.report();
    expect(many.violationsTotal).toBe(250);
    expect(many.violations.length).toBeLessThan(250);
    await open(many);
    await expect(page.locator('[data-count="violations"] .n').textContent()).resolves.toBe('250');
    expect(await page.locator('#violations tbody tr').count()).toBe(many.violations.length);
    await expect(page.locator('#violations-not-listed').textContent()).resolves.toContain(
      `${250 - many.violations.length} more violation(s) not listed`,
    );
    const tally = await page
      .locator('#violation-counts tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(tally).toEqual([['request-schema', 'requestValidateError', '/ibis/card/status', '250', String(many.violations.length)]]);
  });

  it('an empty session reads INCOMPLETE in the inconclusive colours', async () => {
    await open(new ProxySession('http://upstream.example').report());
    await expect(page.locator('#verdict .verdict-text').textContent()).resolves.toBe('INCOMPLETE');
    await expect(page.locator('#verdict').getAttribute('class')).resolves.toContain('verdict-inconclusive');
    await expect(page.locator('#violations .empty').textContent()).resolves.toBe('none');
  });

  it('raised no console error, page error, dialog or network request', () => {
    expect(problems).toEqual([]);
  });
});
