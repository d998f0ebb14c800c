import { param } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../../reporting/integration-types.ts';
import { AUTH_OPERATION, label, type Finding, type Grader } from './grade-types.ts';

const isLogin = (e: ProxyExchange) => e.operation === AUTH_OPERATION;
const refusedToken = (e: ProxyExchange) => e.status === 401 && !isLogin(e) && e.tokenId !== null;

/**
 * token-reuse (README.md, "Authentication": the token from /auth/get-token goes in
 * x-connectfi-token on every other request). A login while an earlier token the app already used
 * still works (never refused with 401) is unneeded; more than maxUnneededLogins of them is a login per call.
 */
export const gradeTokenReuse: Grader = (exchanges, rule) => {
  const allowed = param(rule, 'maxUnneededLogins');
  const working = new Set<number>();
  const uses = new Map<number, number>();
  const findings: Finding[] = [];
  let logins = 0;
  let calls = 0;
  for (const e of exchanges) {
    if (e.tokenId !== null && !isLogin(e)) {
      calls++;
      uses.set(e.tokenId, (uses.get(e.tokenId) ?? 0) + 1);
      if (e.status === 401) working.delete(e.tokenId);
    }
    if (!isLogin(e) || e.issuedTokenId === undefined) continue;
    logins++;
    // Only a token the app has used is one it surely holds: a login whose answer was lost (the
    // app timed out) is followed by another login without the first token ever being used.
    const stillWorking = [...working].filter((t) => (uses.get(t) ?? 0) > 0);
    if (stillWorking.length > 0) {
      const previous = stillWorking[stillWorking.length - 1]!;
      findings.push({ failed: false, exchange: e.seq, text: `${label(e)}: a new login while token #${previous} still worked (used by ${uses.get(previous) ?? 0} call(s))` });
    }
    working.add(e.issuedTokenId);
  }
  const unneeded = findings.length;
  if (unneeded > allowed) for (const f of findings) f.failed = true;
  const summary = `${logins} login(s) for ${calls} authenticated call(s); ${unneeded} while a token still worked (at most ${allowed} allowed)`;
  return { exercised: calls > 0, findings: [{ failed: false, exchange: 0, text: summary }, ...findings] };
};

/**
 * token-refresh (README.md, "Authentication"; errata token-lifetime-undocumented: a refused token
 * is answered 401 unauthorized). After such a 401 the app logs in and sends the call again with
 * the new token, and never presents the refused token again.
 */
export const gradeTokenRefresh: Grader = (exchanges) => {
  const findings: Finding[] = [];
  let exercised = false;
  for (const e of exchanges) {
    if (!refusedToken(e)) continue;
    exercised = true;
    const later = exchanges.filter((f) => f.seq > e.seq && f.at >= e.endAt);
    const reused = later.find((f) => f.tokenId === e.tokenId && !isLogin(f));
    if (reused) {
      findings.push({ failed: true, exchange: reused.seq, text: `${label(e)}: the refused token #${e.tokenId} was sent again in #${reused.seq}` });
      continue;
    }
    const login = later.find((f) => isLogin(f) && f.issuedTokenId !== undefined);
    const retry = later.find((f) => f.operation === e.operation && f.canonical === e.canonical && f.tokenId !== null && f.tokenId !== e.tokenId);
    if (!login || !retry || retry.seq < login.seq) {
      findings.push({ failed: true, exchange: e.seq, text: `${label(e)}: ${!login ? 'no new login followed' : 'the call was not sent again with the new token'}` });
    } else {
      findings.push({ failed: false, exchange: retry.seq, text: `${label(e)}: logged in at #${login.seq}, retried as #${retry.seq} with token #${retry.tokenId}` });
    }
  }
  return { exercised, findings };
};
