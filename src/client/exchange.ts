import { redact } from './redact.ts';

/**
 * One HTTP request and its answer, as recorded for evidence. Always built through `recordExchange`,
 * so every Exchange that leaves the client is already redacted.
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

export function recordExchange(raw: Exchange, secrets: readonly (string | undefined | null)[]): Exchange {
  return redact(raw, { secrets });
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

