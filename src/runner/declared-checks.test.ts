import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { citationProblem } from '../testing/doc-citations.ts';
import { declaredChecks } from './testing/declared-checks.ts';

/**
 * The checks the live suites declare, collected without running them (list-checks.ts): each id once,
 * each citing the doc its rule comes from, a file and heading that exist (docs/architecture.md,
 * "One check, one place, one id"), and every check id the README and docs/*.md name among them.
 */
const checks = declaredChecks();

describe('the checks the live suites declare', () => {
  it('are collected with their metadata, each id once, the run-wide rows among them', () => {
    expect(checks.length).toBeGreaterThan(400);
    const ids = checks.map((c) => c.id);
    expect(ids.length - new Set(ids).size).toBe(0);
    expect(ids).toContain('envelope.ibis-card-list.success');
    expect(new Set(checks.map((c) => c.file)).size).toBeGreaterThan(10);
  });

  it('each cite an existing file and heading (docRef)', () => {
    const broken = checks.flatMap((c) => {
      if (!c.docRef) return [`${c.id} (${c.file}): no docRef`];
      const problem = citationProblem(c.docRef.file, c.docRef.heading);
      return problem ? [`${c.id} (${c.file}): ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('include every check id the README and docs/*.md name (`<x>` and `*` stand for any part)', () => {
    const families = new Set(checks.map((c) => c.id.split('.')[0]));
    const docs = readdirSync(path.join(ROOT, 'docs'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.parentPath.includes('connectfi'))
      .map((e) => path.join(e.parentPath, e.name));
    const named = [path.join(ROOT, 'README.md'), ...docs].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/`([a-z]+(?:\.[\w<>*-]+)+)`/g)]
        .map((m) => m[1])
        .filter((id) => families.has(id.split('.')[0]) && !/\.(?:ts|js|mjs|json|md|txt)$/.test(id))
        .map((id) => ({ id, file: path.relative(ROOT, file) })),
    );
    expect(named.filter((n) => n.file === 'docs/architecture.md').length).toBeGreaterThan(3);
    // `<from>` is one part of an id, `*` any rest.
    const pattern = (id: string) =>
      new RegExp(
        `^${id
          .split(/(<[^>]+>|\*)/)
          .map((part) => (part === '*' ? '.*' : part.startsWith('<') ? '[^.]+' : part.replaceAll('.', '\\.')))
          .join('')}$`,
      );
    expect(named.filter((n) => !checks.some((c) => pattern(n.id).test(c.id))).map((n) => `${n.file}: ${n.id}`)).toEqual([]);
  });
});
