import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The package root (the checkout, or node_modules/connectfi-conformance once installed), found from
 * this file so that the CLI works from any working directory: the nearest folder above that holds
 * schemas/ and package.json. Both src/api/ and its build dist/src/api/ find the same root.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'schemas')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

export const ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');
export const GENERATED_DIR = path.join(ROOT, 'generated');
