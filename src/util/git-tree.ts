import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';

/**
 * The files of one folder at one git revision, written into a directory: how `spec-diff --git`
 * reads schemas/ as it was (docs/architecture.md, "Spec diff"). Two git processes whatever the
 * number of files (ls-tree, then cat-file --batch); the work tree and the index are never touched.
 */
function git(repo: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', repo, ...args], {
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

function fail(message: string): never {
  throw new ConfigurationError('SPEC_DIFF', message);
}

/** The top folder of the git repository `dir` is in. */
export function gitTopLevel(dir: string): string {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  } catch {
    return fail(`--git: ${dir} is not inside a git repository`);
  }
}

/** The commit a revision names ("HEAD~1", "origin/main", a tag or a sha). */
export function gitCommit(repo: string, revision: string): string {
  if (revision.startsWith('-')) fail(`--git: ${JSON.stringify(revision)} is not a revision`);
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
      .toString('utf8')
      .trim();
  } catch {
    return fail(`--git: unknown revision ${JSON.stringify(revision)} in ${repo}`);
  }
}

/** Writes the files under `folder` (relative to the repository) at `commit` into `dest`; returns how many. */
export function exportGitFolder(repo: string, commit: string, folder: string, dest: string): number {
  const listing = git(repo, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder]).toString('utf8');
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t');
      const [, type, sha] = meta.split(' ');
      return { type, sha, file };
    })
    .filter((e) => e.type === 'blob');
  if (blobs.length === 0) return 0;
  const out = git(repo, ['cat-file', '--batch'], blobs.map((b) => `${b.sha}\n`).join(''));
  let at = 0;
  for (const blob of blobs) {
    // "<sha> blob <size>\n<content>\n" per object, in the order asked.
    const eol = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, eol).toString('utf8').split(' ')[2]);
    const content = out.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    const target = path.join(dest, path.relative(folder, blob.file));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return blobs.length;
}
