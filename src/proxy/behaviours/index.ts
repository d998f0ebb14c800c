import type { GraderFactory } from './grade-types.ts';
import { gradeHandlesDecline } from './handles-decline.ts';
import { gradeIdempotentRetry } from './idempotent-retry.ts';
import { gradeNoClearPan } from './no-clear-pan.ts';
import { gradeReferenceUnique } from './reference-unique.ts';
import { gradeRetryAfter } from './retry-after.ts';
import { gradeTokenRefresh, gradeTokenReuse } from './token-behaviours.ts';

/** The grader of each behaviour id of schemas/rules/behaviours.json. */
export const GRADERS: Readonly<Record<string, GraderFactory>> = {
  'idempotent-retry': gradeIdempotentRetry,
  'token-reuse': gradeTokenReuse,
  'token-refresh': gradeTokenRefresh,
  'retry-after': gradeRetryAfter,
  'no-clear-pan': gradeNoClearPan,
  'reference-unique': gradeReferenceUnique,
  'handles-decline': gradeHandlesDecline,
};

export type { Finding, Grader, GraderFactory, Grading } from './grade-types.ts';
export { retryAfterSeconds } from './retry-after.ts';
