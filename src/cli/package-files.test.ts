import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTestOnly } from '../../bin/build-state.mjs';
import { ROOT } from '../api/paths.ts';

/**
 * Tests and test support stay out of the build and the package (docs/architecture.md, "Test
 * files"): one list of globs, the negations of package.json `files`, is also tsconfig.build.json's
 * `exclude`, and bin/build-state.mjs skips the same files when it decides whether dist/ is current.
 * Each of the three is read from what it really does: npm's own file list, the compiler's, and
 * build-state's rule.
 */
const exec = promisify(execFile);
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

/** build-state's rule, applied to a path from the root: a test file, or a file under a testing/ folder. */
function testOnly(file: string): boolean {
  const parts = file.split('/');
  return isTestOnly(parts.at(-1)!, false) || parts.slice(0, -1).some((folder) => isTestOnly(folder, true));
}

const sources = walk('src');
const expectedShipped = sources.filter((f) => !testOnly(f)).sort();

describe('test files and test support: one list keeps them out of the build and the package', () => {
  it('package.json `files` leaves out exactly the globs tsconfig.build.json excludes', () => {
    const left = (json('package.json').files as string[]).filter((f) => f.startsWith('!')).map((f) => f.slice(1));
    expect(left.length).toBeGreaterThan(0);
    expect(json('tsconfig.build.json').exclude).toEqual(left);
  });

  it("bin/build-state.mjs's rule finds tests and test support in every layer that has them", () => {
    const found = sources.filter(testOnly);
    for (const file of [
      'src/simulator/testing/harness.ts',
      'src/reporting/testing/sample-report.ts',
      'src/testing/chromium.ts',
      'src/cli/cli.test.ts',
    ])
      expect(found).toContain(file);
    expect(found).not.toContain('src/simulator/app.ts');
  });

  it('the build compiles every TypeScript file of src/ but the tests and test support', () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    const compiled = parsed!.fileNames.map((f) => path.relative(ROOT, f).split(path.sep).join('/')).filter((f) => f.startsWith('src/'));
    expect(compiled.filter((f) => f.endsWith('.ts')).sort()).toEqual(expectedShipped.filter((f) => f.endsWith('.ts')));
  });

  it('npm packs every file of src/ but the tests and test support, and no test outside the live suites', async () => {
    // --ignore-scripts: the list only, without the build npm's `prepare` would run first.
    const { stdout } = await exec('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    const shipped = (JSON.parse(stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
    expect(shipped.filter((f) => f.startsWith('src/')).sort()).toEqual(expectedShipped);
    expect(shipped.filter((f) => testOnly(f) && !f.startsWith('suites/live/'))).toEqual([]);
    expect(shipped).toContain('suites/live/status.test.ts'); // the product's own suites are vitest files
  });
});
