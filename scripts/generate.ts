// Writes generated/types.ts, generated/openapi.json, generated/validators.cjs and generated/keyword-coverage.json from schemas/. `--check` writes nothing and
// exits 1 when a generated file is stale (CI and the before-stop hook use it).
import { generateAll } from '../src/api/generate.ts';
import { compileFromSchemas } from '../src/api/validator.ts';
import { KEYWORD_COVERAGE_FILE, buildKeywordCoverageFile } from '../src/generators/coverage-file.ts';

// The keyword coverage below validates bodies: against the schemas, not the file being rewritten.
compileFromSchemas();
const check = process.argv.includes('--check');
const stale = await generateAll({ check, extra: { [KEYWORD_COVERAGE_FILE]: buildKeywordCoverageFile() } });
for (const file of stale) process.stdout.write(`${check ? 'stale' : 'wrote'}: ${file}\n`);
if (check && stale.length > 0) {
  process.stderr.write('generated/ is stale: run `npm run generate` and commit the result\n');
  process.exitCode = 1;
}
