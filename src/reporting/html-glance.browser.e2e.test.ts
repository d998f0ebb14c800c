import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../testing/chromium.ts';
import { runCli } from '../testing/spawn-cli.ts';
import { causesOf } from './causes.ts';
import { SAMPLE_SECRETS, sampleReport, triageReport } from './testing/sample-report.ts';
import type { ConformanceReport } from './types.ts';
import { writeReports } from './write-reports.ts';

/**
 * conformance.html reads at a glance, at 1024 and 1360 px: a real passing run (the embedded
 * simulator, every check) is a few screens long, its passed checks collapsed by family; the
 * navigation bar reaches the causes, the checks, the coverage and the matrices; nothing scrolls
 * sideways, failures' evidence opened or not; nothing is logged to the console.
 */
const WIDTHS = [1024, 1360] as const;
/** Measured: 2,961 px at 1024 and 2,725 px at 1360 (it was 43,487 and 42,099 with every check listed). */
const MAX_PASSING_HEIGHT = 4_000;

let browser: Browser;
let passing: { html: string; report: ConformanceReport };
const problems: string[] = [];

async function open(width: number, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(10_000);
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${width}px console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${width}px page error: ${e.message}`));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#checks-table');
  return page;
}

async function written(report: ConformanceReport): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-glance-'));
  await writeReports(report, dir, { secrets: [SAMPLE_SECRETS.token, SAMPLE_SECRETS.password], githubStepSummary: null });
  return path.join(dir, 'conformance.html');
}

const size = (page: Page) =>
  page.evaluate(() => ({ height: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth, innerWidth }));

beforeAll(async () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'cfc-glance-run-'));
  const [run, launched] = await Promise.all([runCli(['run', '--quiet', '--report-dir', 'reports'], {}, cwd), launchChromium()]);
  browser = launched;
  expect(run.code, run.stdout + run.stderr).toBe(0);
  const dir = path.join(cwd, 'reports');
  passing = { html: path.join(dir, 'conformance.html'), report: JSON.parse(readFileSync(path.join(dir, 'conformance.json'), 'utf8')) };
  expect(passing.report.summary).toMatchObject({ failed: 0, passed: passing.report.checks.length });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)('conformance.html at %i px', (width) => {
  it('a passing run is short: its passed checks collapsed by family, one row each, expandable', async () => {
    const page = await open(width, passing.html);
    const { height, scrollWidth, innerWidth } = await size(page);
    expect(height).toBeLessThan(MAX_PASSING_HEIGHT);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const families = [...new Set(passing.report.checks.map((c) => c.family))].sort();
    const groups = page.locator('#checks-table tr.passed-group');
    await expect(groups.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-family')))).resolves.toEqual(families);
    await expect(page.locator('#checks-table tr.check-row:visible').count()).resolves.toBe(0);
    const n = passing.report.checks.length;
    await expect(page.locator('#shown-count').textContent()).resolves.toBe(
      `0 of ${n} checks shown; ${n} passed checks collapsed by family`,
    );
    // A family's row expands to its passed checks, and folds them again.
    const auth = passing.report.checks.filter((c) => c.family === 'auth').length;
    const toggle = page.locator('#checks-table tr.passed-group[data-family="auth"] button');
    await expect(toggle.textContent()).resolves.toBe(`▸ auth: ${auth} passed`);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#checks-table tr.check-row:visible').count()).resolves.toBe(auth);
    await expect(
      page.locator('#checks-table tr.check-row:visible').evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-family') === 'auth')),
    ).resolves.toBe(true);
    await toggle.click();
    await expect(page.locator('#checks-table tr.check-row:visible').count()).resolves.toBe(0);
    // Every passed check at once, and a search lists rows whatever their status.
    await page.click('#expand-passed');
    await expect(page.locator('#checks-table tr.check-row:visible').count()).resolves.toBe(n);
    expect((await size(page)).scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.click('#expand-passed');
    await page.fill('#filter-search', 'set-status');
    await expect(page.locator('#checks-table tr.passed-group:visible').count()).resolves.toBe(0);
    expect(await page.locator('#checks-table tr.check-row:visible').count()).toBeGreaterThan(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('the navigation bar reaches the causes, the checks, the coverage and the matrices, and stays on screen', async () => {
    const page = await open(width, passing.html);
    const links = page.locator('#report-nav a');
    await expect(links.evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).resolves.toEqual([
      ['#causes', 'Causes 0'],
      ['#checks-section', `Checks ${passing.report.checks.length}`],
      ['#coverage-section', 'Coverage'],
      ['#matrices', 'Matrices'],
    ]);
    for (const [target, inside] of [
      ['matrices', '#matrix-transitions table.matrix'],
      ['coverage-section', '#coverage-table'],
      ['causes', '#causes-empty'],
      ['checks-section', '#checks-table'],
    ]) {
      await page.click(`#report-nav a[href="#${target}"]`);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${target}`);
      // The section's heading is on screen, below the navigation bar, which stayed at the top.
      const [navBottom, top] = await page.evaluate(
        (id) => [
          document.getElementById('report-nav')!.getBoundingClientRect().bottom,
          document.getElementById(id)!.getBoundingClientRect().top,
        ],
        target,
      );
      expect(navBottom).toBeGreaterThan(0);
      expect(top).toBeGreaterThanOrEqual(navBottom - 1);
      expect(top).toBeLessThan(900);
      await expect(page.locator(inside).isVisible()).resolves.toBe(true);
    }
    const withSelfcheck = await open(width, await written(sampleReport({ selfcheck: true })));
    await expect(withSelfcheck.locator('#report-nav a').last().getAttribute('href')).resolves.toBe('#selfcheck');
    await page.close();
    await withSelfcheck.close();
    expect(problems).toEqual([]);
  });

  it('a failing run: no sideways scroll, with every evidence open', async () => {
    for (const report of [sampleReport(), triageReport()]) {
      const page = await open(width, await written(report));
      for (const button of await page.locator('button.evidence-toggle:visible').all()) await button.click();
      await expect(page.locator('tr.evidence-row:visible').count()).resolves.toBeGreaterThan(0);
      const { scrollWidth, innerWidth } = await size(page);
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      // The link counts the causes, as the section lists them.
      await expect(page.locator('#report-nav a[href="#causes"] .nav-count').textContent()).resolves.toBe(
        String(causesOf(report.checks).length),
      );
      await expect(page.locator('#cause-list > li.cause').count()).resolves.toBe(causesOf(report.checks).length);
      await page.close();
    }
    expect(problems).toEqual([]);
  });
});
