import { maskPans } from '../../client/redact.ts';
import { PAN_FIELDS } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { Findings, type GraderFactory } from './grade-types.ts';

const SKIPPED_HEADERS = new Set(['x-connectfi-token', 'authorization', 'cookie', 'content-length']);

function panFieldsOf(operation: string | null): Set<string> {
  return new Set(PAN_FIELDS.filter((f) => f.operation === operation).map((f) => f.pointer));
}

/** Every string or integer leaf with its JSON pointer. */
function* leaves(value: unknown, pointer = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer, value];
  else if (typeof value === 'number' && Number.isInteger(value)) yield [pointer, String(value)];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* leaves(value[i], `${pointer}/${i}`);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function clearPans(e: ProxyExchange): string[] {
  const found: string[] = [];
  const check = (where: string, text: string) => {
    const masked = maskPans(text);
    if (masked !== text) found.push(`${where}: ${masked.length > 80 ? `${masked.slice(0, 77)}...` : masked}`);
  };
  check('URL', e.url);
  for (const [name, value] of Object.entries(e.requestHeaders)) if (!SKIPPED_HEADERS.has(name)) check(`header ${name}`, value);
  const allowed = panFieldsOf(e.operation);
  if (e.body !== undefined) {
    for (const [pointer, text] of leaves(e.body)) if (!allowed.has(pointer)) check(`body ${pointer || '/'}`, text);
  }
  return found;
}

/**
 * no-clear-pan (transfer-to-card-register.txt, "Property table for toucan clearCard object": the
 * clear card number has its own field). A Luhn-valid card number anywhere else in a request is a
 * PAN in clear; the evidence shows it masked.
 */
export const gradeNoClearPan: GraderFactory = () => {
  const findings = new Findings();
  let exercised = false;
  return {
    observe(e) {
      exercised = true;
      for (const where of clearPans(e))
        findings.add({
          failed: true,
          exchange: e.seq,
          operation: e.operation,
          text: `#${e.seq} ${e.method} ${e.operation ?? e.path}: card number in clear in ${where}`,
        });
    },
    result: () => findings.grading(exercised),
    held: () => 0,
  };
};
