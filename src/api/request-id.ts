import path from 'node:path';
import { readJson } from './catalogue.ts';
import { SCHEMAS_DIR } from './paths.ts';

/**
 * The requestId pattern of every connectFi answer, read from schemas/common/envelope.json
 * (definitions.requestId; README.md, "Error envelope") so that the checks, the redaction and the
 * Pact matchers share the one transcription.
 */
const envelope = readJson<{ definitions: { requestId: { pattern: string } } }>(path.join(SCHEMAS_DIR, 'common', 'envelope.json'));

export const REQUEST_ID_PATTERN: string = envelope.definitions.requestId.pattern;
export const REQUEST_ID: RegExp = new RegExp(REQUEST_ID_PATTERN);
