import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { AUTH_OPERATION, Findings, FINDINGS_LISTED, Keyed, label, type Finding, type GraderFactory } from './grade-types.ts';

const isLogin = (e: ProxyExchange) => e.operation === AUTH_OPERATION;
const refusedToken = (e: ProxyExchange) => e.status === 401 && !isLogin(e) && e.tokenId !== null;

/**
 * token-reuse (README.md, "Authentication": the token from /auth/get-token goes in
 * x-connectfi-token on every other request). A login while an earlier token the app already used
 * still works (never refused with 401) is unneeded; more than maxUnneededLogins of them is a login per call.
 */
export const gradeTokenReuse: GraderFactory = (rule) => {
  const allowed = param(rule, 'maxUnneededLogins');
  const working = new Set<number>();
  const uses = new Map<number, number>();
  // Only a token the app has used is one it surely holds: a login whose answer was lost (the app
  // timed out) is followed by another login without the first token ever being used.
  let workingUsed = 0;
  let lastUsed: number | undefined;
  const notes: Finding[] = [];
  let unneeded = 0;
  let logins = 0;
  let calls = 0;
  /** The token the app used last, if it still works; else the last issued one it used that does. */
  const stillWorking = (): number => {
    if (lastUsed !== undefined && working.has(lastUsed)) return lastUsed;
    return [...working].filter((t) => (uses.get(t) ?? 0) > 0).pop()!;
  };
  return {
    observe(e) {
      if (e.tokenId !== null && !isLogin(e)) {
        calls++;
        const before = uses.get(e.tokenId) ?? 0;
        uses.set(e.tokenId, before + 1);
        if (before === 0 && working.has(e.tokenId)) workingUsed++;
        lastUsed = e.tokenId;
        if (e.status === 401 && working.delete(e.tokenId)) workingUsed--;
      }
      if (!isLogin(e) || e.issuedTokenId === undefined) return;
      logins++;
      if (workingUsed > 0) {
        unneeded++;
        const previous = stillWorking();
        if (notes.length < FINDINGS_LISTED) {
          notes.push({
            failed: false,
            exchange: e.seq,
            operation: e.operation,
            text: `${label(e)}: a new login while token #${previous} still worked (used by ${uses.get(previous) ?? 0} call(s))`,
          });
        }
      }
      if (!working.has(e.issuedTokenId)) {
        working.add(e.issuedTokenId);
        if ((uses.get(e.issuedTokenId) ?? 0) > 0) workingUsed++;
      }
    },
    result() {
      const failed = unneeded > allowed;
      const summary = `${logins} login(s) for ${calls} authenticated call(s); ${unneeded} while a token still worked (at most ${allowed} allowed)`;
      const findings = new Findings();
      findings.add({ failed: false, exchange: 0, operation: null, text: summary });
      for (const n of notes) findings.add({ ...n, failed });
      const grading = findings.grading(calls > 0);
      // The notes beyond those listed are counted too.
      return { ...grading, total: 1 + unneeded, failed: failed ? unneeded : 0 };
    },
    held: () => uses.size,
  };
};

interface Refused {
  seq: number;
  endAt: number;
  tokenId: number;
  operation: string | null;
  label: string;
  loginSeq?: number;
  retry?: { seq: number; tokenId: number };
  settled?: boolean;
}

/** A refused call settled at the end: graded by whether a login and a retry with the new token followed. */
function refusedVerdict(r: Refused): Finding {
  if (r.loginSeq === undefined || r.retry === undefined || r.retry.seq < r.loginSeq) {
    return {
      failed: true,
      exchange: r.seq,
      operation: r.operation,
      text: `${r.label}: ${r.loginSeq === undefined ? 'no new login followed' : 'the call was not sent again with the new token'}`,
    };
  }
  return {
    failed: false,
    exchange: r.retry.seq,
    operation: r.operation,
    text: `${r.label}: logged in at #${r.loginSeq}, retried as #${r.retry.seq} with token #${r.retry.tokenId}`,
  };
}

/**
 * token-refresh (README.md, "Authentication"; errata token-lifetime-undocumented: a refused token
 * is answered 401 unauthorized). After such a 401 the app logs in and sends the call again with
 * the new token, and never presents the refused token again.
 */
export const gradeTokenRefresh: GraderFactory = () => {
  const findings = new Findings();
  // A refused call stays open for the whole session (its token may be sent again at any time);
  // what is kept of it is a few numbers.
  const open = new Set<Refused>();
  const byToken = new Keyed<Refused>();
  // A retry is looked for once per refused call; `settled` here is the look-up's, not the call's.
  const byRequest = new Keyed<{ r: Refused; settled?: boolean }>();
  let awaitingLogin: Refused[] = [];
  let exercised = false;
  return {
    observe(f) {
      if (f.tokenId !== null && !isLogin(f)) {
        byToken.settle(String(f.tokenId), (r) => {
          if (f.at < r.endAt) return false;
          findings.add({
            failed: true,
            exchange: f.seq,
            operation: f.operation,
            text: `${r.label}: the refused token #${r.tokenId} was sent again in #${f.seq}`,
          });
          open.delete(r);
          return true;
        });
      }
      if (isLogin(f) && f.issuedTokenId !== undefined) {
        awaitingLogin = awaitingLogin.filter((r) => {
          if (r.settled || f.at < r.endAt) return !r.settled;
          r.loginSeq = f.seq;
          return false;
        });
      }
      const request = `${f.operation}\n${f.canonical}`;
      if (f.tokenId !== null) {
        byRequest.settle(request, ({ r }) => {
          if (r.settled) return true; // its token was sent again: graded already
          if (f.at < r.endAt || f.tokenId === r.tokenId) return false;
          r.retry = { seq: f.seq, tokenId: f.tokenId! };
          return true;
        });
      }
      if (!refusedToken(f)) return;
      exercised = true;
      const r: Refused = { seq: f.seq, endAt: f.endAt, tokenId: f.tokenId!, operation: f.operation, label: label(f) };
      open.add(r);
      byToken.add(String(r.tokenId), r);
      byRequest.add(request, { r });
      awaitingLogin.push(r);
    },
    result: () => findings.grading(exercised, [...open].map(refusedVerdict)),
    held: () => open.size + awaitingLogin.length,
  };
};
