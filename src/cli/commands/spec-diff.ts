import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from '../command.ts';
import { ConfigurationError, EXIT, UsageError } from '../../errors.ts';
import { loadSchemaSet, type SchemaSet } from '../../api/schema-set.ts';
import { diffSchemaSets } from '../../api/schema-diff.ts';
import { exportGitFolder, gitCommit, gitTopLevel } from '../../util/git-tree.ts';
import { defineOptions, formatOptions, parseOptions } from '../../util/option-table.ts';
import {
  SPEC_DIFF_FILES,
  renderSpecDiffJson,
  renderSpecDiffMarkdown,
  specDiffHeadline,
  specDiffReport,
  type SpecDiffChange,
} from '../../reporting/spec-diff-report.ts';

const OPTIONS = defineOptions({
  git: { type: 'boolean', help: 'OLD and NEW are git revisions of the repository you are in (its schemas/ at each)' },
  reportDir: {
    type: 'string',
    value: 'D',
    default: 'reports',
    must: 'be a directory path',
    help: 'where spec-diff.json and spec-diff.md go',
  },
});

const USAGE = `usage: connectfi-conformance spec-diff OLD NEW [--git] [--report-dir D]
  What a revision of the schemas changes, per operation, request and response, and whom it breaks:
  integrators (a request that was valid is now refused), providers (an answer that was valid is
  now refused), or nobody (compatible). Each change names the checks and Pact interactions it
  affects. OLD and NEW are schemas directories (like schemas/), or git revisions with --git.
${formatOptions(OPTIONS)}
  Writes spec-diff.json and spec-diff.md (appended to $GITHUB_STEP_SUMMARY when set); docs/drift.md.
exit codes: 0 identical or compatible, 1 something breaks, 2 bad input (a missing directory, not a
schemas directory, an unknown revision)`;

/** One side of the comparison: a directory as given, or schemas/ of a revision exported to a temporary directory. */
function readSide(arg: string, git: boolean, temp: string[]): SchemaSet {
  if (!git) return loadSchemaSet(path.resolve(arg), arg);
  const repo = gitTopLevel(process.cwd());
  const commit = gitCommit(repo, arg);
  const dir = mkdtempSync(path.join(tmpdir(), 'cfc-spec-diff-'));
  temp.push(dir);
  if (exportGitFolder(repo, commit, 'schemas', dir) === 0)
    throw new ConfigurationError('SPEC_DIFF', `--git: ${arg} has no schemas/ folder`);
  return loadSchemaSet(dir, `${arg}:schemas`);
}

/** The checks and interactions each change affects; the suites are collected only when something changed. */
async function impact(changes: ReturnType<typeof diffSchemaSets>): Promise<SpecDiffChange[]> {
  if (changes.length === 0) return [];
  const { listChecks } = await import('../../runner/list-checks.ts');
  const { interactionsByOperation } = await import('../../pact/interactions-by-operation.ts');
  const { withImpact } = await import('../../runner/spec-diff-impact.ts');
  return withImpact(changes, await listChecks(), interactionsByOperation());
}

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text, 'utf8');
  } catch (err) {
    throw new ConfigurationError('REPORT_DIR', `cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return file;
}

/** spec-diff.md into the job summary of a GitHub workflow, as `run` does with summary.md. */
function appendStepSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, `${markdown}\n`, 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      'STEP_SUMMARY',
      `cannot append to GITHUB_STEP_SUMMARY (${file}): ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

export const command: Command = {
  summary: 'what a revision of the schemas breaks, for integrators and providers',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseOptions(OPTIONS, argv, { code: 'USAGE', allowPositionals: true });
    if (positionals.length !== 2) throw new UsageError(`spec-diff needs OLD and NEW, got ${positionals.length} argument(s)`);
    const [oldArg, newArg] = positionals;
    const temp: string[] = [];
    try {
      const changes = diffSchemaSets(readSide(oldArg, values.git, temp), readSide(newArg, values.git, temp));
      const report = specDiffReport(await impact(changes), oldArg, newArg);
      const dir = path.resolve(values.reportDir);
      const markdown = renderSpecDiffMarkdown(report);
      const files = [write(dir, SPEC_DIFF_FILES.json, renderSpecDiffJson(report)), write(dir, SPEC_DIFF_FILES.markdown, markdown)];
      appendStepSummary(markdown);
      const out = process.stdout;
      for (const c of report.changes.filter((x) => x.breaking !== 'none'))
        out.write(
          `BREAKING for ${c.breaking}: ${c.operation} ${c.side} ${c.path}: ${c.change} (${c.checks.length} checks, ${c.interactions.length} interactions)\n`,
        );
      out.write(`spec-diff ${oldArg} → ${newArg}: ${specDiffHeadline(report)}\n`);
      out.write(`reports: ${files.join(', ')}\n`);
      return report.summary.integrators + report.summary.providers > 0 ? EXIT.FAILED : EXIT.OK;
    } finally {
      for (const dir of temp) rmSync(dir, { recursive: true, force: true });
    }
  },
};
