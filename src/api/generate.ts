import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_DIR } from './paths.ts';
import { buildTypes } from './typegen.ts';
import { buildOpenApi } from './openapi.ts';
import { STANDALONE_FILE, standaloneValidatorsCode } from './validator.ts';

/** The generated files and their content, freshly built from schemas/. */
export async function buildGenerated(): Promise<Record<string, string>> {
  return {
    'types.ts': await buildTypes(),
    'openapi.json': `${JSON.stringify(buildOpenApi(), null, 2)}\n`,
    [STANDALONE_FILE]: standaloneValidatorsCode(),
  };
}

/**
 * Writes (or, with check, only compares) generated/; returns the files that differed. `extra`:
 * files built by layers above the spec (e.g. the generators' keyword coverage), passed in by the
 * generate script so that this module imports nothing above src/api.
 */
export async function generateAll({ check = false, extra = {} }: { check?: boolean; extra?: Record<string, string> } = {}): Promise<
  string[]
> {
  const files = { ...(await buildGenerated()), ...extra };
  const differing: string[] = [];
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(GENERATED_DIR, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    differing.push(path.relative(process.cwd(), file));
    if (!check) writeFileSync(file, content);
  }
  return differing;
}
