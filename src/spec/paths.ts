import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The checkout root, found from this file so that the CLI works from any working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');
export const GENERATED_DIR = path.join(ROOT, 'generated');
