import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../api/index.ts';
import { ENVELOPE_KINDS, OTHER_PATHS_SLUG, envelopeRunWideId } from '../harness/check-ids.ts';
import type { ExchangeSummary } from '../harness/check-types.ts';
import { gradeRunWide, type ObservedExchange } from '../harness/run-wide.ts';
import { RUN_WIDE_CHECKS } from '../../suites/live/run-wide/run-wide-checks.ts';

/**
 * The run-wide rows the live suites declare (suites/live/run-wide/), as the runner grades them after
 * a run: the envelope family's one row per documented operation and kind, and the undocumented paths.
 */
const observe = (check: string, s: Partial<ExchangeSummary> & { status: number }): ObservedExchange => ({
  check,
  summary: { operation: '/ibis/card/list', method: 'POST', path: '/ibis/card/list', problems: [], ...s },
});

describe('the run-wide checks of the live suites', () => {
  it('declare one envelope row per documented operation and kind, each id once', () => {
    const ids = RUN_WIDE_CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = [...OPERATIONS.map((op) => op.slug), OTHER_PATHS_SLUG].flatMap((slug) =>
      ENVELOPE_KINDS.map((kind) => envelopeRunWideId(slug, kind)),
    );
    expect(ids).toEqual(expected);
  });

  it('skip an operation no check called, and leave out the undocumented paths when none was called', () => {
    const rows = gradeRunWide(RUN_WIDE_CHECKS, []);
    expect(rows).toHaveLength(OPERATIONS.length * ENVELOPE_KINDS.length);
    expect(rows.every((r) => r.status === 'skipped')).toBe(true);
    expect(rows.find((r) => r.id === envelopeRunWideId('ibis-card-list', 'error'))!.reason).toBe(
      'no error response was observed for this operation in this run',
    );
  });

  it('pass when every answer had the envelope, and fail naming the first deviating exchange', () => {
    const rows = gradeRunWide(RUN_WIDE_CHECKS, [
      observe('cards.a', { status: 200 }),
      observe('cards.b', { status: 200, requestId: 'r1', problems: ['200 body /data must be object'] }),
      observe('cards.c', { status: 400 }),
      observe('cards.d', { status: 0 }),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(envelopeRunWideId('ibis-card-list', 'success'))).toMatchObject({
      status: 'failed',
      failureKind: 'assertion',
      reason: '1 of 2 responses deviate; first (check cards.b, requestId r1): 200 body /data must be object',
    });
    expect(byId.get(envelopeRunWideId('ibis-card-list', 'error'))).toMatchObject({ status: 'passed', reason: '1 responses checked' });
  });

  it('leave transport incidents (a 429, an undocumented 5xx) ungraded: they are no answer of the provider', () => {
    const rows = gradeRunWide(RUN_WIDE_CHECKS, [
      observe('cards.a', { status: 503, transport: 'http-503' }),
      observe('cards.b', { status: 429, transport: 'http-429' }),
      observe('cards.c', { status: 400 }),
    ]);
    expect(rows.find((r) => r.id === envelopeRunWideId('ibis-card-list', 'error'))).toMatchObject({
      status: 'passed',
      reason: '1 responses checked',
    });
  });

  it('grade the answers of undocumented paths in their own rows, only when a check called one', () => {
    const rows = gradeRunWide(RUN_WIDE_CHECKS, [
      observe('auth.x', { operation: null, path: '/no/such/path', status: 404 }),
      // A documented path sent without its operation (a hand-built request) is not "undocumented".
      observe('auth.y', { operation: null, path: '/ibis/card/list', status: 200, problems: ['ignored'] }),
    ]);
    const other = rows.filter((r) => r.id.startsWith(`envelope.${OTHER_PATHS_SLUG}.`));
    expect(other.map((r) => `${r.id} ${r.status} ${r.reason}`)).toEqual([
      `${envelopeRunWideId(OTHER_PATHS_SLUG, 'error')} passed 1 responses checked`,
    ]);
  });
});
