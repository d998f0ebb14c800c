import { createHash } from 'node:crypto';
import { param } from '../behaviour-rules.ts';
import { Findings, label, type GraderFactory } from './grade-types.ts';

/** A digest of a canonical body: a session keeps one per reference it saw, so not the body itself. */
const digest = (canonical: string) => createHash('sha1').update(canonical).digest('base64');

/**
 * reference-unique (ibis-overview.txt, "Add a Debit Card with /ibis": "will not accept requests
 * with duplicate reference IDs"). The same reference with the same body is a retry; with a
 * different body it is a reference scheme that collides.
 */
export const gradeReferenceUnique: GraderFactory = (rule) => {
  const remembered = param(rule, 'rememberedReferences');
  /** `${operation} ${reference}` → the first exchange's seq and body digest; the oldest forgotten past `remembered`. */
  const first = new Map<string, { seq: number; body: string }>();
  let forgotten = 0;
  const findings = new Findings();
  let exercised = false;
  return {
    observe(e) {
      if (e.reference === undefined) return;
      exercised = true;
      const key = `${e.operation} ${e.reference}`;
      const body = digest(e.canonical);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { seq: e.seq, body });
        if (first.size > remembered) {
          first.delete(first.keys().next().value!);
          forgotten++;
        }
      } else if (earlier.body !== body) {
        findings.add({
          failed: true,
          exchange: e.seq,
          operation: e.operation,
          text: `${label(e)}: reference "${e.reference}" already used by #${earlier.seq} with a different body`,
        });
      }
    },
    result() {
      const grading = findings.grading(exercised);
      if (forgotten === 0) return grading;
      // Said beside the findings: a reuse of a forgotten reference would have gone unseen.
      const note = {
        failed: false,
        exchange: 0,
        operation: null,
        text: `the ${forgotten} oldest reference(s) were forgotten (the last ${remembered} are remembered): a reuse of one of them is not seen`,
      };
      return { ...grading, findings: [note, ...grading.findings], total: grading.total + 1 };
    },
    held: () => first.size,
  };
};
