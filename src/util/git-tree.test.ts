import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGitFolder, gitCommit, gitTopLevel } from './git-tree.ts';

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
};
const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['-C', repo, '-c', 'commit.gpgsign=false', ...args], { env: ENV, stdio: 'pipe' }).toString();

describe('a folder as it was at a git revision', () => {
  it('exports every file of the folder at each revision, leaving the work tree alone', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'cfc-git-'));
    git(repo, 'init', '-q');
    mkdirSync(path.join(repo, 'schemas', 'common'), { recursive: true });
    writeFileSync(path.join(repo, 'schemas', 'common', 'a.json'), '{"v":1}');
    writeFileSync(path.join(repo, 'schemas', 'b.json'), 'é\n'.repeat(3));
    writeFileSync(path.join(repo, 'other.txt'), 'x');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    writeFileSync(path.join(repo, 'schemas', 'common', 'a.json'), '{"v":2}');
    git(repo, 'commit', '-qam', 'two');
    writeFileSync(path.join(repo, 'schemas', 'common', 'a.json'), '{"v":3, "uncommitted": true}');

    expect(gitTopLevel(path.join(repo, 'schemas'))).toBe(execFileSync('realpath', [repo]).toString().trim());
    const first = mkdtempSync(path.join(tmpdir(), 'cfc-git-out-'));
    expect(exportGitFolder(repo, gitCommit(repo, 'HEAD~1'), 'schemas', first)).toBe(2);
    expect(readFileSync(path.join(first, 'common', 'a.json'), 'utf8')).toBe('{"v":1}');
    expect(readFileSync(path.join(first, 'b.json'), 'utf8')).toBe('é\n'.repeat(3));
    const second = mkdtempSync(path.join(tmpdir(), 'cfc-git-out-'));
    exportGitFolder(repo, gitCommit(repo, 'HEAD'), 'schemas', second);
    expect(readFileSync(path.join(second, 'common', 'a.json'), 'utf8')).toBe('{"v":2}');
    expect(readFileSync(path.join(repo, 'schemas', 'common', 'a.json'), 'utf8')).toContain('uncommitted');
    expect(exportGitFolder(repo, gitCommit(repo, 'HEAD'), 'nothing-here', second)).toBe(0);
  });

  it('refuses an unknown revision, an option in its place, and a folder outside git, in one line', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'cfc-git-'));
    expect(() => gitTopLevel(repo)).toThrow(/is not inside a git repository/);
    git(repo, 'init', '-q');
    expect(() => gitCommit(repo, 'no-such-branch')).toThrow(/unknown revision "no-such-branch"/);
    expect(() => gitCommit(repo, '--output=x')).toThrow(/is not a revision/);
  });
});
