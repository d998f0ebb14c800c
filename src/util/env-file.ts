import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { ConfigurationError } from '../errors.ts';

/** Reads a dotenv file; a file named explicitly must exist, the default .env may be absent. */
export function readEnvFile(file: string, explicit: boolean): Record<string, string> {
  if (!existsSync(file)) {
    if (explicit) throw new ConfigurationError('ENV_FILE_NOT_FOUND', `--env-file ${file} does not exist`);
    return {};
  }
  return parseDotenv(readFileSync(file));
}
