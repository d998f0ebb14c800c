import type { Deviation } from './types.ts';

/**
 * The fixed vocabulary of deviations (docs/ci.md, "Causes"): what a failed or `error` check says the
 * target did, in one word (the `Deviation` type of types.ts). Each failed check gets exactly one,
 * derived from the judge's reading of its failing exchange and from what the check set out to grade
 * (its intent), never from the text of its assertion (derive-deviation.ts). The report groups failures
 * into causes by this word (causes.ts).
 */
export type { Deviation };

export interface DeviationText {
  /** One sentence: what the word means (the table of docs/ci.md, "Causes"). */
  meaning: string;
  /** What the target does, as a cause's title starts ("answers 200 where the docs give an error"). */
  phrase: string;
}

/** The vocabulary, in the order the docs list it (also the order of causes of equal size). */
export const DEVIATIONS: Readonly<Record<Deviation, DeviationText>> = {
  'accepts-invalid-request': {
    meaning: 'the target answered success to a request the docs say it must refuse with an error',
    phrase: 'answers 200 where the docs give an error',
  },
  'refuses-valid-request': {
    meaning: 'the target answered a documented error to a request the docs say must succeed',
    phrase: 'refuses valid requests with an error',
  },
  'wrong-error': {
    meaning: 'the target refused, but with another error than the docs give (status, code, subCode or context)',
    phrase: 'answers another error than the docs give',
  },
  'undocumented-answer': {
    meaning:
      'the answer is none the docs give for the operation: a status or error identity they do not list for it, or a 200 without code "0"',
    phrase: 'gives answers the docs do not list',
  },
  'state-not-kept': {
    meaning: 'a request succeeded but what it changed (a status, a PIN, a setup step) does not read back',
    phrase: 'does not keep what a successful request changed',
  },
  'read-mismatch': {
    meaning: 'a success carries other data than the request gave or the target holds (ids, references, lists, profiles)',
    phrase: 'answers with other data than it was given or holds',
  },
  'money-mismatch': {
    meaning: 'balances or amounts differ from the documented arithmetic of pushes, pulls, transfers and reversals',
    phrase: 'gets balances or amounts wrong',
  },
  'idempotency-broken': {
    meaning: 'a reused reference is not refused with referenceExists, or a new one does not make a new entity',
    phrase: 'does not keep references unique',
  },
  'auth-not-enforced': {
    meaning: 'a request without a valid token, or a login with wrong credentials, was answered as if authenticated',
    phrase: 'answers without checking the token or credentials',
  },
  'envelope-format': {
    meaning: "answers deviate from the documented envelope or schema: content type, requestId, code, the error body's fields or the data",
    phrase: 'answers with an envelope the docs do not give',
  },
  transport: {
    meaning: 'no answer, a 429 or an undocumented 5xx: the network or the gateway, not a verdict on the provider',
    phrase: 'could not be graded: no answer, a 429 or an undocumented 5xx',
  },
  'check-crashed': {
    meaning: "the check's own code failed on an answer it did not expect (a bug of the suite, or an answer no other word names)",
    phrase: 'made checks crash on answers they could not read',
  },
  'waiver-expired': {
    meaning: 'a waiver of the waiver file has passed its date: fix the deviation it covered or renew it',
    phrase: 'has waivers past their date',
  },
};

export const DEVIATION_WORDS = Object.keys(DEVIATIONS) as Deviation[];

/**
 * What a check sets out to grade. It decides what a failure means when the failing exchange alone
 * cannot: a success answer is a `state-not-kept` to a check of kept state, a `money-mismatch` to a
 * money check, an `accepts-invalid-request` to a check of a refusal.
 */
export type CheckIntent = 'refuse' | 'read' | 'state' | 'money' | 'idempotency' | 'auth' | 'envelope';

export const INTENTS: Readonly<Record<CheckIntent, string>> = {
  refuse: 'the request breaks a documented rule: the target must refuse it with the documented error',
  read: 'a valid request succeeds and its answer carries what the request gave or the target holds',
  state: 'a valid change succeeds and reads back afterwards',
  money: 'balances and amounts follow the documented arithmetic',
  idempotency: 'a reference names one entity: a repeat is refused with referenceExists',
  auth: 'a request without valid credentials is refused with 401',
  envelope: 'every answer has the documented envelope',
};

/** The intent of a family's checks unless a check declares its own (CheckMeta.intent). */
const FAMILY_INTENTS: Readonly<Record<string, CheckIntent>> = {
  auth: 'auth',
  envelope: 'envelope',
  idempotency: 'idempotency',
  validation: 'refuse',
  status: 'state',
  lifecycle: 'state',
  money: 'money',
  reversal: 'money',
};

export function intentOf(family: string, declared?: CheckIntent): CheckIntent {
  return declared ?? FAMILY_INTENTS[family] ?? 'read';
}
