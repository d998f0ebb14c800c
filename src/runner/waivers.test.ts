import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { applyWaivers, loadWaivers } from './waivers.ts';
import type { CheckResult } from '../reporting/types.ts';

const row = (id: string, status: CheckResult['status']): CheckResult => ({
  id,
  title: id,
  family: 'f',
  operation: null,
  docRef: null,
  status,
  durationMs: 1,
  reason: 'boom',
});
const file = (content: string) => {
  const f = path.join(mkdtempSync(path.join(tmpdir(), 'cfc-waivers-')), 'w.json');
  writeFileSync(f, content);
  return f;
};

describe('waivers', () => {
  const today = new Date('2026-11-23T10:00:00Z');
  it('turns a failed check with a live waiver into waived, keeping the original reason', () => {
    const [c] = applyWaivers(
      [row('status.transition.S-I', 'failed')],
      [{ id: 'status.transition.S-I', reason: 'ticket CF-12', expires: '2026-12-31' }],
      today,
    );
    expect(c).toMatchObject({ status: 'waived', waiver: { reason: 'ticket CF-12', expires: '2026-12-31' } });
    expect(c.reason).toMatch(/waived until 2026-12-31: ticket CF-12 \(was: boom\)/);
  });
  it('leaves passed checks alone and fails the run for an expired waiver', () => {
    const out = applyWaivers([row('a', 'passed'), row('b', 'failed')], [{ id: 'b', reason: 'old ticket', expires: '2026-11-22' }], today);
    expect(out.find((c) => c.id === 'a')!.status).toBe('passed');
    expect(out.find((c) => c.id === 'b')!.status).toBe('failed');
    expect(out.find((c) => c.id === 'waiver.expired.b')).toMatchObject({
      status: 'failed',
      family: 'waivers',
      deviation: 'waiver-expired',
    });
  });
  it('loads a valid file, treats a missing file as no waivers, and rejects bad ones with the field named', () => {
    expect(loadWaivers('/no/such/waivers.json')).toEqual([]);
    expect(loadWaivers(file('{"waivers":[{"id":"a","reason":"why not","expires":"2027-01-01"}]}'))).toHaveLength(1);
    expect(() => loadWaivers(file('{'))).toThrow(/is not valid JSON/);
    expect(() => loadWaivers(file('[]'))).toThrow(/must be \{ "waivers"/);
    expect(() => loadWaivers(file('{"waivers":[{"id":"a","reason":"why not","expires":"soon"}]}'))).toThrow(
      /waivers\[0\] \(a\) expires must be a date YYYY-MM-DD, got "soon"/,
    );
    expect(() => loadWaivers(file('{"waivers":[{"id":"a","expires":"2027-01-01"}]}'))).toThrow(/needs a reason/);
  });
});
