import { describe, expect, it } from 'vitest';
import { getOperation } from '../../api/index.ts';
import { buildSimulatorApp, type SimulatorApp } from '../app.ts';
import { FAULTS, FAULT_NAMES, UnknownFaultError, faultNamed } from './catalogue.ts';
import type { Fault, ProbeApi } from './types.ts';

/**
 * Each fault really changes behaviour: its probe, run in-process against a clean and a
 * faulty simulator built with the same seed, observes something different. Data-driven from the
 * catalogue, so a new fault is tested by declaring its probe.
 */
// The rule families of docs/ci.md ("The checks"), as check id prefixes. The
// model-based lifecycle check is a way of testing across them, not a family of rules of its own.
const FAMILIES = [
  'auth',
  'envelope',
  'validation',
  'status',
  'pin',
  'idempotency',
  'money',
  'reversal',
  'retrieve',
  'history',
  'cards',
  'credit',
  'register',
];

/** Every HTTP status a probe saw, so that a fault that crashes the simulator (5xx) is caught. */
function probeApi(app: SimulatorApp, statuses: number[] = []): ProbeApi {
  const token = app.simulator.issueToken();
  return {
    state: app.simulator.state,
    fixtures: app.simulator.fixtures,
    credentials: app.simulator.credentials,
    async call(operation, body, options = {}) {
      const op = getOperation(operation);
      const headers: Record<string, string> = {};
      const tok = options.token === undefined ? token : options.token;
      if (tok !== null) headers['x-connectfi-token'] = tok;
      const params = (body ?? {}) as Record<string, string>;
      const url = op.operation.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
      const res =
        op.method === 'GET'
          ? await app.inject({ method: 'GET', url, headers })
          : await app.inject({
              method: 'POST',
              url,
              headers: { ...headers, 'content-type': 'application/json' },
              payload: JSON.stringify(body ?? {}),
            });
      statuses.push(res.statusCode);
      return { status: res.statusCode, body: JSON.parse(res.body), contentType: String(res.headers['content-type'] ?? '') };
    },
  };
}

async function observe(fault: Fault, name?: string): Promise<{ observed: unknown; statuses: number[] }> {
  const app = await buildSimulatorApp({ seed: `probe-${fault.name}`, ...(name ? { fault: name } : {}) });
  const statuses: number[] = [];
  try {
    return { observed: await fault.probe(probeApi(app, statuses)), statuses };
  } finally {
    await app.close();
  }
}

/** The faults whose deviation is a server error. */
const ANSWERS_5XX = new Set(['http-500-on-bad-body']);

describe('the fault catalogue', () => {
  it('names, for every fault, the checks that must catch it (valid regular expressions over check ids)', () => {
    for (const f of FAULTS) {
      expect(f.expected.length, f.name).toBeGreaterThan(0);
      for (const p of [...f.expected, ...(f.alsoRun ?? [])]) expect(() => new RegExp(`^(?:${p})$`), `${f.name}: ${p}`).not.toThrow();
    }
  });

  it('has at least 20 faults modelled on how real providers break, each with a one-line story', () => {
    const stories = FAULTS.filter((f) => f.story !== undefined);
    expect(stories.length).toBeGreaterThanOrEqual(20);
    for (const f of stories) expect(f.story, f.name).toMatch(/^\S[^\n]{10,200}$/);
  });

  it('has at least 90 faults, kebab-case names, and covers every rule family', () => {
    expect(FAULTS.length).toBeGreaterThanOrEqual(90);
    for (const f of FAULTS) expect(f.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect([...new Set(FAULTS.map((f) => f.family))].sort()).toEqual([...FAMILIES].sort());
  });

  it('documents every fault: a one-line description and the rule it breaks, with its doc file and heading', () => {
    for (const f of FAULTS) {
      expect(f.description, f.name).toMatch(/^\S.{10,200}$/);
      expect(f.doc.file, f.name).toMatch(/^(README\.md|[a-z-]+\.txt)$/);
      expect(f.doc.heading.length, f.name).toBeGreaterThan(5);
      expect(f.doc.rule.length, f.name).toBeGreaterThan(10);
      expect(
        Boolean(f.authNotEnforced || f.tokenAccepted || f.credentialsMatch || f.validate || f.handlers || f.respond),
        `${f.name} has an implementation`,
      ).toBe(true);
    }
  });

  it('refuses an unknown fault name, listing the valid ones', async () => {
    expect(() => faultNamed('no-such-fault')).toThrow(UnknownFaultError);
    expect(() => faultNamed('no-such-fault')).toThrow(FAULT_NAMES.join(', '));
    await expect(buildSimulatorApp({ fault: 'no-such-fault' })).rejects.toThrow(
      /unknown fault "no-such-fault"; valid faults: auth-not-enforced, /,
    );
  });

  it.each(FAULTS.map((f) => [f.name, f] as const))('%s: the probe observes a deviation from the clean simulator', async (name, fault) => {
    const clean = await observe(fault);
    const faulty = await observe(fault, name);
    expect(faulty.observed, `clean: ${JSON.stringify(clean.observed)}`).not.toEqual(clean.observed);
    // A deviation is a wrong answer, not a crash: the faulty simulator still answers every request.
    expect(clean.statuses.every((s) => s < 500)).toBe(true);
    if (!ANSWERS_5XX.has(name))
      expect(
        faulty.statuses.filter((s) => s >= 500),
        'a fault must not crash the simulator',
      ).toEqual([]);
  });
});
