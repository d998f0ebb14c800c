import { expect } from 'vitest';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { boundaryCases, refusalAt, withValue, type BoundaryCase, type NearMiss } from './support/boundary-cases.ts';
import type { TestJson } from '../../src/util/test-json.ts';

/**
 * Recall at the limits of every documented length, count, range, date and enum of a request
 * (suites/live/support/boundary-cases.ts builds the table from schemas/operations/): the value
 * exactly at a limit is not refused for it, and the value one character, digit, cent or day past it
 * is refused with 400 requestValidateError naming the keyword and instancePath a conforming Ajv
 * reports (README.md, "Error envelope": "The API itself validates with Ajv, so a conforming
 * validator reproduces the same keyword, instancePath and params"). An accepted value may still
 * meet a business refusal (the documented ids of the examples exist on no target): only a refusal
 * of the field for one of its own keywords fails it.
 */

/** A reference of `length` characters unique to the run: the run's reference, padded with a letter it never contains. */
function freshReference(t: CheckContext, length: number): string {
  const ref = t.ref('bd');
  return ref.length >= length ? ref.slice(ref.length - length) : ref + 'Z'.repeat(length - ref.length);
}

function bodyFor(t: CheckContext, c: BoundaryCase, m: NearMiss): Record<string, unknown> {
  const value = m.freshReference ? freshReference(t, m.freshReference) : m.value;
  // A reference the case does not probe is fresh too: the documented ones may exist on the target.
  const base = typeof c.base.reference === 'string' && c.path !== '/reference' ? withValue(c.base, '/reference', t.ref('bd')) : c.base;
  return withValue(base, c.path, value);
}

type Answer = { status: number; body: TestJson };

function expectRefused(t: CheckContext, c: BoundaryCase, m: NearMiss, r: Answer): void {
  const refusal = m.refusal!;
  const context = r.body?.context as unknown;
  t.expectation(
    { value: m.label, status: 400, code: 'requestValidateError', entry: refusal },
    { status: r.status, code: r.body?.code, context },
  );
  expect(r.status, `${c.path} ${m.label}: refused`).toBe(400);
  expect(r.body?.code, `${c.path} ${m.label}: refused`).toBe('requestValidateError');
  expect(context, `${c.path} ${m.label}: the entry a conforming validator reports`).toContainEqual(expect.objectContaining(refusal));
}

function expectAccepted(t: CheckContext, c: BoundaryCase, m: NearMiss, r: Answer): void {
  const context: unknown[] = r.body?.code === 'requestValidateError' && Array.isArray(r.body?.context) ? r.body.context : [];
  const ownRefusals = context.filter(
    (e) => (e as TestJson)?.instancePath === c.path && c.keywords.includes(String((e as TestJson)?.keyword)),
  );
  t.expectation(
    { value: m.label, notRefusedFor: c.keywords, at: c.path },
    { status: r.status, code: r.body?.code, subCode: r.body?.subCode, refusedFor: ownRefusals },
  );
  expect(ownRefusals, `${c.path} ${m.label}: a value at the limit is not refused for ${c.keywords.join('/')}`).toEqual([]);
}

function title(c: BoundaryCase): string {
  const accepted = c.misses.filter((m) => !m.refusal).map((m) => m.label);
  const refused = c.misses.filter((m) => m.refusal).map((m) => `${m.label} → ${m.refusal!.keyword}`);
  return `${c.operation} ${c.path}: ${accepted.length ? `${accepted.join(', ')} accepted` : ''}${accepted.length && refused.length ? '; ' : ''}${
    refused.length ? `${refused.join(', ')} refused with requestValidateError` : ''
  }`;
}

for (const c of boundaryCases()) {
  check({ id: c.id, title: title(c), family: 'validation', operation: c.operation, docRef: c.docRef }, async (t) => {
    for (const m of c.misses) {
      const body = bodyFor(t, c, m);
      // The table is checked against the project's validator when it is built; a fresh reference must not change that.
      if (Boolean(refusalAt(c.operation, body, c.path, c.keywords)) !== Boolean(m.refusal))
        throw new Error(`boundary table: ${c.id} ${m.label} is not what the validator says`);
      const r = await t.client.call(c.operation, body);
      t.log(`${m.label}: HTTP ${r.status} ${r.ok ? '0' : `${r.error?.code ?? ''} ${r.error?.subCode ?? ''}`.trim()}`);
      if (m.refusal) expectRefused(t, c, m, r);
      else expectAccepted(t, c, m, r);
    }
  });
}
