import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError } from '../errors.ts';
import type { CheckResult } from '../reporting/types.ts';

/**
 * conformance.waivers.json: a known deviation becomes "waived" instead of hidden, until its expiry
 * date; an expired waiver fails the run (docs/architecture.md, "Stable interfaces"). Shape: { "waivers": [ { "id", "reason", "expires": "YYYY-MM-DD" } ] }.
 */
export interface Waiver {
  id: string;
  reason: string;
  expires: string;
}

export function loadWaivers(file: string): Waiver[] {
  if (!existsSync(file)) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigurationError('INVALID_WAIVERS', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const list = (doc as { waivers?: unknown })?.waivers;
  if (!Array.isArray(list))
    throw new ConfigurationError('INVALID_WAIVERS', `${file} must be { "waivers": [ { "id", "reason", "expires" } ] }`);
  return list.map((w, i) => {
    const { id, reason, expires } = (w ?? {}) as Partial<Waiver>;
    if (typeof id !== 'string' || !id) throw new ConfigurationError('INVALID_WAIVERS', `${file}: waivers[${i}].id must be a check id`);
    if (typeof reason !== 'string' || reason.trim().length < 3)
      throw new ConfigurationError('INVALID_WAIVERS', `${file}: waivers[${i}] (${id}) needs a reason`);
    if (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) {
      throw new ConfigurationError(
        'INVALID_WAIVERS',
        `${file}: waivers[${i}] (${id}) expires must be a date YYYY-MM-DD, got ${JSON.stringify(expires)}`,
      );
    }
    return { id, reason, expires };
  });
}

/** The row that fails a run for an expired waiver of `checkId`. */
export function expiredWaiverId(checkId: string): string {
  return `waiver.expired.${checkId}`;
}

/** Applies waivers: a failed check with a live waiver is waived; an expired waiver is a failure. */
export function applyWaivers(checks: CheckResult[], waivers: Waiver[], today = new Date()): CheckResult[] {
  const day = today.toISOString().slice(0, 10);
  const out = checks.map((c) => {
    const w = waivers.find((x) => x.id === c.id);
    if (!w || c.status !== 'failed' || w.expires < day) return c;
    return {
      ...c,
      status: 'waived' as const,
      waiver: { reason: w.reason, expires: w.expires },
      reason: `waived until ${w.expires}: ${w.reason} (was: ${c.reason ?? 'failed'})`,
    };
  });
  for (const w of waivers.filter((x) => x.expires < day)) {
    out.push({
      id: expiredWaiverId(w.id),
      title: `the waiver for ${w.id} expired on ${w.expires}`,
      family: 'waivers',
      operation: null,
      docRef: null,
      status: 'failed',
      deviation: 'waiver-expired',
      reason: `waiver for ${w.id} expired on ${w.expires} (${w.reason}): fix the deviation, or renew the waiver with a new date`,
      durationMs: 0,
    });
  }
  return out;
}
