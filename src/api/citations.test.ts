import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SCHEMAS_DIR } from './paths.ts';
import { loadErrata, loadExamples } from './examples.ts';
import { citationProblem } from '../testing/doc-citations.ts';

/**
 * Every citation is real: each errata quote stands word for word in the cited file, and every
 * x-doc (schemas/**, the rule tables of schemas/rules/ included) names a heading of that file, a
 * whole line of a connectFi .txt doc or a `#` heading of docs/connectfi/README.md
 * (src/testing/doc-citations.ts); the checks' docRefs are held to the same in
 * src/runner/declared-checks.test.ts. docs/connectfi/ is the project's copy of the connectFi documentation
 * (../shared/connectfi-docs/), so that the tests run from any clone.
 */
const DOCS = path.join(ROOT, 'docs', 'connectfi');
const SHARED = path.join(ROOT, '..', 'shared', 'connectfi-docs');
const docs = Object.fromEntries(readdirSync(DOCS).map((f) => [f, readFileSync(path.join(DOCS, f), 'utf8')]));
const norm = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const normalized = Object.fromEntries(Object.entries(docs).map(([f, t]) => [f, norm(t)]));

/** Schemas, errata and examples cite the connectFi docs only: a file of docs/connectfi/ and one of its headings. */
const connectFiProblem = (file: string, heading: string) => citationProblem(`docs/connectfi/${file}`, heading);

function docRefs(node: unknown, where: string, out: { file: string; heading: string; where: string }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => docRefs(n, `${where}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'x-doc') for (const ref of [v].flat() as { file: string; heading: string }[]) out.push({ ...ref, where });
      else docRefs(v, `${where}/${k}`, out);
    }
  }
  return out;
}

function schemaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? schemaFiles(path.join(dir, e.name)) : e.name.endsWith('.json') ? [path.join(dir, e.name)] : [],
  );
}

describe('citations', () => {
  it('every errata quote stands word for word in the cited file, under an existing heading', () => {
    for (const e of loadErrata()) {
      for (const q of e.quotes) {
        expect(normalized[q.file], `${e.id}: unknown file ${q.file}`).toBeDefined();
        expect(normalized[q.file].includes(norm(q.text)), `${e.id}: quote not found in ${q.file}: "${q.text.slice(0, 80)}"`).toBe(true);
        expect(connectFiProblem(q.file, q.heading), `${e.id}: quote of ${q.file}`).toBeUndefined();
      }
    }
  });

  it('every x-doc in schemas/ and its rule tables names a connectFi doc and one of its headings', () => {
    const refs = schemaFiles(SCHEMAS_DIR).flatMap((f) => docRefs(JSON.parse(readFileSync(f, 'utf8')), path.relative(ROOT, f)));
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((r) => r.where.startsWith('schemas/rules/')).length).toBeGreaterThan(30);
    const broken = refs.flatMap((r) => {
      const problem = connectFiProblem(r.file, r.heading);
      return problem ? [`${r.where}: ${problem}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('every documented example names the file and heading it was transcribed from', () => {
    // Response labels are the docs' own block headings ("200 (HTTP response status code) -- ...");
    // request-only examples carry a description instead.
    for (const e of loadExamples()) {
      expect(normalized[e.source.file], `${e.name}: unknown file ${e.source.file}`).toBeDefined();
      expect(connectFiProblem(e.source.file, e.source.heading), e.name).toBeUndefined();
      if (e.source.label && e.response)
        expect(
          normalized[e.source.file].includes(norm(e.source.label)),
          `${e.name}: label "${e.source.label}" not in ${e.source.file}`,
        ).toBe(true);
    }
  });

  it('docs/connectfi/ is an exact copy of ../shared/connectfi-docs/ where that exists (CI has it beside the clone)', () => {
    if (!existsSync(SHARED)) return; // a clone without shared/: the copy is the reference
    expect(readdirSync(SHARED).sort()).toEqual(Object.keys(docs).sort());
    for (const f of readdirSync(SHARED)) expect(readFileSync(path.join(SHARED, f), 'utf8'), f).toBe(docs[f]);
  });
});
