import { redactor } from './redact.ts';

/**
 * One HTTP request and its answer, as recorded for evidence. Always built through `recordExchange`,
 * so every field of an Exchange that leaves the client reads redacted.
 */
export interface Exchange {
  /** The documented operation ("/ibis/card/set-pin"), or null for a raw request to an undocumented path. */
  operation: string | null;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  /** null when no response arrived (see `error`). */
  status: number | null;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  requestId: string | null;
  durationMs: number;
  startedAt: string;
  /** 1 for the first attempt, 2 for the first retry... */
  attempt: number;
  /** Why no response arrived: a TransportError code and message. */
  error?: string;
}

// The fields that hold objects (headers, bodies): redacted when first read, not when recorded.
const LAZY = new Set<string>(['requestHeaders', 'requestBody', 'responseHeaders', 'responseBody']);

/**
 * The redacted record of an exchange. Scalars are redacted at once; headers and bodies when a field
 * is first read (then kept), from a JSON snapshot taken now: a run records every exchange but
 * reads only those of failed checks (a passed check keeps its summaries only: evidenceOf in
 * src/harness/check.ts), and redacting each one cost about as much as sending it. The snapshot is what went
 * on the wire (request bodies are sent as JSON) and keeps the record from changing if the caller
 * later changes an object it passed in. Spreading or serialising the record reads every field, so
 * nothing unredacted can leave through it.
 */
export function recordExchange(raw: Exchange, secrets: readonly (string | undefined | null)[]): Exchange {
  const redact = redactor(secrets);
  const out = {} as Record<string, unknown>;
  const fields: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(fields)) {
    const snapshot = LAZY.has(key) && value !== null && typeof value === 'object' ? jsonOrUndefined(value) : undefined;
    if (snapshot === undefined) {
      out[key] = redact(value);
      continue;
    }
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const parsed: unknown = JSON.parse(snapshot);
        const redacted = redact(parsed);
        Object.defineProperty(out, key, { value: redacted, enumerable: true, configurable: true, writable: true });
        return redacted;
      },
    });
  }
  return out as unknown as Exchange;
}

/** JSON text of a value, or undefined when it has none (a cycle, a BigInt): that one is redacted at once. */
function jsonOrUndefined(value: object): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The connectFi token header; rendered as `$CONNECTFI_TOKEN` by toCurl. */
export const TOKEN_HEADER = 'x-connectfi-token';

// Headers that curl sets itself or that do not change the answer.
const SKIPPED_HEADERS = new Set(['host', 'content-length', 'connection', 'user-agent', 'accept-encoding', 'keep-alive']);

/** Quotes a word for a POSIX shell: single quotes, with ' written as '\''. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * A curl command that reproduces the exchange. The token becomes "$CONNECTFI_TOKEN" (in double
 * quotes, so that the shell expands it); other redacted values stay "[REDACTED]".
 */
export function toCurl(exchange: Exchange): string {
  const parts = ['curl', '-sS', '-X', exchange.method.toUpperCase(), shellQuote(exchange.url)];
  for (const [name, value] of Object.entries(exchange.requestHeaders)) {
    const lower = name.toLowerCase();
    if (SKIPPED_HEADERS.has(lower)) continue;
    if (lower === TOKEN_HEADER) parts.push('-H', `"${TOKEN_HEADER}: $CONNECTFI_TOKEN"`);
    else parts.push('-H', shellQuote(`${lower}: ${value}`));
  }
  const body = exchange.requestBody;
  if (body !== undefined && body !== null) {
    parts.push('--data-raw', shellQuote(typeof body === 'string' ? body : JSON.stringify(body)));
  }
  return parts.join(' ');
}
