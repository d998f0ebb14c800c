import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { JsonSchema } from './catalogue.ts';

/**
 * One revision of schemas/, read from any directory (the catalogue reads only this checkout's):
 * what spec-diff compares (docs/architecture.md, "Spec diff"). Only what decides which requests and
 * answers are valid is kept: each operation's request, 200 data and error ids, and the common
 * schemas their `$ref`s point into.
 */
export interface OperationSchemas {
  operation: string;
  method: string;
  request: JsonSchema;
  responseData: JsonSchema;
  errors: string[];
}

export interface SchemaSet {
  /** Where it was read from, for messages and reports. */
  source: string;
  /** By documented path ("/ibis/card/status"). */
  operations: Map<string, OperationSchemas>;
  /** The common schemas by `$id` ("common", "ibisResponse"...). */
  byId: Record<string, JsonSchema>;
}

function fail(message: string): never {
  throw new ConfigurationError('SPEC_DIFF', message);
}

function readJsonFile(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    return fail(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));

/** Reads a schemas directory (operations/*.json and common/*.json); a missing or foreign directory is refused. */
export function loadSchemaSet(dir: string, source = dir): SchemaSet {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${source}: no such directory`);
  const operationsDir = path.join(dir, 'operations');
  const commonDir = path.join(dir, 'common');
  if (!existsSync(operationsDir) || !existsSync(commonDir))
    fail(`${source} is not a schemas directory (it needs operations/ and common/, like schemas/ of this project)`);
  const operations = new Map<string, OperationSchemas>();
  for (const file of jsonFiles(operationsDir)) {
    const raw = readJsonFile(file);
    if (typeof raw.operation !== 'string' || typeof raw.request !== 'object' || typeof raw.responseData !== 'object')
      fail(`${file} is not an operation schema (it needs operation, request and responseData)`);
    operations.set(raw.operation, {
      operation: raw.operation,
      method: typeof raw.method === 'string' ? raw.method : 'POST',
      request: raw.request as JsonSchema,
      responseData: raw.responseData as JsonSchema,
      errors: Array.isArray(raw.errors) ? (raw.errors as string[]) : [],
    });
  }
  if (operations.size === 0) fail(`${source} is not a schemas directory: operations/ holds no operation schema`);
  const byId: Record<string, JsonSchema> = {};
  for (const file of jsonFiles(commonDir)) {
    const raw = readJsonFile(file);
    if (typeof raw.$id === 'string') byId[raw.$id] = raw;
  }
  return { source, operations, byId };
}
