import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { buildGenerated } from './generate.ts';
import { GENERATED_DIR, ROOT } from './paths.ts';
import { OPERATIONS } from './catalogue.ts';

const run = promisify(execFile);

describe('generated/', () => {
  it('is exactly what `npm run generate` writes from schemas/ (regenerate and commit when this fails)', async () => {
    const fresh = await buildGenerated();
    for (const [name, content] of Object.entries(fresh)) {
      expect(readFileSync(path.join(GENERATED_DIR, name), 'utf8'), `generated/${name} is stale`).toBe(content);
    }
  });

  it('types.ts starts with the do-not-edit banner and has request and response types for every operation', () => {
    const types = readFileSync(path.join(GENERATED_DIR, 'types.ts'), 'utf8');
    expect(types.startsWith('/* eslint-disable */\n/**\n * DO NOT EDIT.')).toBe(true);
    for (const op of OPERATIONS) {
      expect(types).toMatch(new RegExp(`export (interface|type) ${op.name}Request\\b`));
      expect(types).toMatch(new RegExp(`export (interface|type) ${op.name}ResponseData\\b`));
    }
  });

  it('openapi.json is OpenAPI 3.1 with all 21 operations, each with its request and 200/400 responses', () => {
    const doc = JSON.parse(readFileSync(path.join(GENERATED_DIR, 'openapi.json'), 'utf8'));
    expect(doc.openapi).toBe('3.1.0');
    for (const op of OPERATIONS) {
      const item = doc.paths[op.operation.replace(':applicationId', '{applicationId}')]?.[op.method.toLowerCase()];
      expect(item, op.operation).toBeTruthy();
      if (op.requestIn === 'body')
        expect(item.requestBody.content['application/json'].schema.$ref).toBe(`#/components/schemas/${op.name}Request`);
      else expect(item.parameters[0]).toMatchObject({ name: 'applicationId', in: 'path', required: true });
      expect(item.responses['200'].content['application/json'].schema.$ref).toBe(`#/components/schemas/${op.name}Response`);
      expect(item.responses['400']).toBeTruthy();
    }
  });

  it('openapi.json passes the Redocly linter (recommended rules, examples must validate) with no errors or warnings', async () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'redocly');
    const { stdout, stderr } = await run(bin, ['lint', 'generated/openapi.json', '--format=summary'], {
      cwd: ROOT,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    expect(`${stdout}${stderr}`).toMatch(/Your API description is valid/);
    expect(`${stdout}${stderr}`).not.toMatch(/You have \d+ (warning|error)/);
  }, 60_000);
});
