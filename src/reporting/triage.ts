import type { CheckResult } from './types.ts';

/** Failed checks that share a cause: the same assertion with the same deviation, ids aside. */
export interface FailureGroup {
  /** The normalised reason, e.g. `requestId does not match ^[0-9a-f]{32}$`. */
  cause: string;
  /** The failed check ids, sorted. */
  checks: string[];
  /** The families the checks belong to, sorted. */
  families: string[];
  /** One original reason, as an example. */
  example: string;
}

/**
 * Run-specific tokens a reason carries (ids, references, request ids, timestamps, amounts), replaced
 * by a placeholder so that failures with one cause share one text. Status codes, subCodes and
 * keywords stay: they are the deviation.
 */
const PLACEHOLDERS: [RegExp, string][] = [
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, '<time>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b[0-9a-f]{32}\b/gi, '<hex32>'],
  [/\b\d{6}\*+\d{4}\b/g, '<card number>'],
  [/\b[a-z]{2,8}_[0-9A-Za-z]{6,}\b/g, '<id>'],
  // Ids and references: 8+ characters of letters, digits, - and _, with at least one digit and one letter.
  [/(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{7,}(?![\w-])/g, '<id>'],
  [/(?<![\w.])-?\d+\.\d+(?:e[+-]?\d+)?(?![\w.])/gi, '<number>'],
  [/\b\d{5,}\b/g, '<number>'],
];

/** The cause of a failure: its reason with the run-specific parts replaced (see PLACEHOLDERS). */
export function failureCause(reason: string | undefined): string {
  if (!reason?.trim()) return 'failed (no reason recorded)';
  let text = reason.split('\n')[0];
  // The run-wide envelope checks: "3 of 9 responses deviate; first (check X, requestId Y): problems".
  const envelope = /^\d+ of \d+ responses deviate; first \([^)]*\): (.*)$/.exec(text);
  if (envelope) text = envelope[1]!;
  for (const [pattern, placeholder] of PLACEHOLDERS) text = text.replace(pattern, placeholder);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

/** Failures grouped by cause, the largest group first (then by cause). */
export function failureGroups(checks: readonly CheckResult[]): FailureGroup[] {
  const by = new Map<string, { checks: CheckResult[] }>();
  for (const c of checks) {
    if (c.status !== 'failed') continue;
    const cause = failureCause(c.reason);
    const group = by.get(cause) ?? { checks: [] };
    group.checks.push(c);
    by.set(cause, group);
  }
  return [...by.entries()]
    .map(([cause, g]) => ({
      cause,
      checks: g.checks.map((c) => c.id).sort(),
      families: [...new Set(g.checks.map((c) => c.family))].sort(),
      example: g.checks[0].reason ?? '',
    }))
    .sort((a, b) => b.checks.length - a.checks.length || a.cause.localeCompare(b.cause));
}
