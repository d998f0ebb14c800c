import { describe, expect, it } from 'vitest';
import { failureCause, failureGroups } from './triage.ts';
import { triageReport } from './testing/sample-report.ts';

describe('failure triage', () => {
  it('groups failures by cause, ids and amounts aside, the largest group first', () => {
    const groups = failureGroups(triageReport().checks);
    expect(groups.map((g) => [g.checks.length, g.cause])).toEqual([
      [6, 'requestId "<id>" does not match ^[0-9a-f]{32}$'],
      [4, 'card <id> answered 200, expected 400 extIbis subCode 57'],
      [1, 'balance <number> after a push of <number>, expected <number>'],
    ]);
    expect(groups[0].checks).toEqual([
      'envelope.op-0.success',
      'envelope.op-1.success',
      'envelope.op-2.success',
      'envelope.op-3.success',
      'envelope.op-4.success',
      'envelope.op-5.success',
    ]);
    expect(groups[1].families).toEqual(['status']);
  });

  it('keeps what makes a deviation (status codes, subCodes, keywords) and drops run-specific tokens', () => {
    expect(failureCause('expected 400 requestValidateError, got 200')).toBe('expected 400 requestValidateError, got 200');
    expect(failureCause('expected 404 but got 400 for icrd_3KBvJw2N0d81u5Y2sAqvCx at 2025-01-02T03:04:05.000Z')).toBe(
      'expected 404 but got 400 for <id> at <time>',
    );
    expect(failureCause('requestId a3f1c2d4e5b6978812345678901234ab repeated')).toBe('requestId <hex32> repeated');
    expect(failureCause('card 411111******1111 shown')).toBe('card <card number> shown');
    expect(failureCause('requestId does not match the 32-hex pattern')).toBe('requestId does not match the 32-hex pattern');
    expect(failureCause(undefined)).toBe('failed (no reason recorded)');
    expect(failureCause('first line\nstack')).toBe('first line');
  });

  it('leaves passed, skipped and waived checks out', () => {
    const groups = failureGroups(triageReport().checks);
    expect(groups.reduce((n, g) => n + g.checks.length, 0)).toBe(11);
  });
});
