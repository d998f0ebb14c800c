import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import type { DriftReport } from '../reporting/drift-report.ts';
import type { SpecDiffReport } from '../reporting/spec-diff-report.ts';
import { claimedBlock } from '../testing/doc-shell.ts';

/**
 * docs/drift.md's commands, run as written, in order, in a project that has the package installed
 * (node_modules/.bin/connectfi-conformance, as `npm install` leaves it) and its own git repository
 * holding a copy of schemas/: the guide's `run` targets the embedded simulator, its spec-diff
 * commands compare that repository's revisions and a changed copy. Every line must exit 0.
 */
const GUIDE = readFileSync(path.join(ROOT, 'docs', 'drift.md'), 'utf8');
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CI: '1' };

function sh(line: string, cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', line], { cwd, env: ENV });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** A project of an integrator or a maintainer: the package installed, schemas/ committed. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-drift-guide-'));
  mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(path.join(ROOT, 'bin', 'connectfi-conformance.mjs'), path.join(dir, 'node_modules', '.bin', 'connectfi-conformance'));
  cpSync(path.join(ROOT, 'schemas'), path.join(dir, 'schemas'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', 'schemas');
  git('commit', '-qm', 'schemas');
  return dir;
}

async function runAll(lines: string[], cwd: string): Promise<string[]> {
  const outputs: string[] = [];
  for (const line of lines) {
    const r = await sh(line, cwd);
    expect(r.code, `${line}\n${r.out.slice(-3000)}`).toBe(0);
    outputs.push(r.out);
  }
  return outputs;
}

describe('docs/drift.md, as written', () => {
  it('drift.json after a run: the run writes it, and the one-liner reads it', { timeout: 900_000 }, async () => {
    const dir = project();
    const lines = claimedBlock('drift').commands.map((c) => c.line);
    expect(lines[0]).toMatch(/^npx connectfi-conformance run /);
    const [run, listing] = await runAll(lines, dir);
    expect(run).toMatch(/^CONFORMANT: [1-9]\d* passed, 0 failed/m);
    const drift = JSON.parse(readFileSync(path.join(dir, 'reports', 'drift-demo', 'drift.json'), 'utf8')) as DriftReport;
    const printed = listing.split('\n').filter(Boolean);
    expect(printed).toEqual(drift.fields.map((f) => `${f.operation} ${f.path} ${f.type} ${f.seen} of ${drift.answers[f.operation]}`));
  });

  it(
    'spec-diff in a pull request: identical revisions pass, the documented date change breaks integrators',
    { timeout: 300_000 },
    async () => {
      const dir = project();
      const lines = claimedBlock('spec-diff').commands.map((c) => c.line);
      const outputs = await runAll(lines, dir);
      expect(outputs[0]).toContain('no change between HEAD and HEAD');
      const last = outputs[outputs.length - 1];
      expect(last).toMatch(/^BREAKING for integrators: \/ibis\/inquiry\/transaction-history request \/dateFrom: became required/m);
      expect(last).toMatch(/^exit 1: the change breaks someone$/m);
      const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'spec-diff', 'spec-diff.json'), 'utf8')) as SpecDiffReport;
      expect(report.summary).toEqual({ integrators: 2, providers: 0, none: 0 });
    },
  );

  it('the workflow step it shows is the one .github/workflows/spec-diff.yml runs', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(GUIDE.slice(GUIDE.indexOf('## spec-diff in a pull request')))![1];
    const workflow = readFileSync(path.join(ROOT, '.github', 'workflows', 'spec-diff.yml'), 'utf8');
    const steps = workflow.split('\n').map((l) => l.trim());
    for (const line of block.split('\n').filter((l) => l.trim())) expect(steps, line).toContain(line.trim());
    expect(workflow).toMatch(/spec-diff --git "origin\/\$BASE_REF" HEAD/);
  });
});
