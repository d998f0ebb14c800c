import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.ts';
import {
  FAKE_TOKEN,
  PACT_FILE,
  TOKEN_HEADER,
  TOKEN_PATTERN,
  findLuhnValidRuns,
  normalizePact,
  readPact,
  type PactInteraction,
} from '../../src/pact/index.ts';
import { loadExamples } from '../../src/api/examples.ts';
import { OPERATIONS, REQUEST_ID_PATTERN, errorRuleList, readJson, SCHEMAS_DIR } from '../../src/api/index.ts';
import { startSimulator, type RunningSimulator } from '../../src/simulator/index.ts';

/**
 * The committed contract (contracts/), as provider teams receive it: complete, deterministic and
 * free of secrets and card numbers (docs/providers.md, "The contract").
 */
const text = readFileSync(PACT_FILE, 'utf8');
const pact = readPact();
const withResponse = loadExamples().filter((e) => e.response !== null);
type Rules = Record<string, { matchers: { match: string; regex?: string }[] }>;
const bodyRules = (i: PactInteraction) => (i.response.matchingRules?.body ?? {}) as Rules;
const body = (i: PactInteraction) => i.response.body?.content as Record<string, unknown>;

function operationOf(i: PactInteraction): string | undefined {
  return OPERATIONS.find(
    (op) => new RegExp(`^${op.operation.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(i.request.path) && op.method === i.request.method,
  )?.operation;
}

describe('contract.pact-file: what the contract covers', () => {
  it('contract.pact-file.count: one interaction per documented example with a response (74)', () => {
    expect(withResponse).toHaveLength(74);
    expect(pact.interactions).toHaveLength(withResponse.length);
    expect(pact.interactions.map((i) => i.description.split(':')[0]).sort()).toEqual(withResponse.map((e) => e.name).sort());
    expect(pact.consumer.name).toBe('connectfi-conformance-client');
    expect(pact.provider.name).toBe('connectfi-api');
    expect((pact.metadata.pactSpecification as { version: string }).version).toBe('4.0');
  });

  it('contract.pact-file.operations: all 21 operations appear', () => {
    const covered = new Set(pact.interactions.map(operationOf));
    expect(OPERATIONS).toHaveLength(21);
    expect(OPERATIONS.filter((op) => !covered.has(op.operation)).map((op) => op.operation)).toEqual([]);
  });

  it('contract.pact-file.errors: every documented error code (code and subCode) appears, matched exactly', () => {
    const key = (b: Record<string, unknown>) => `${String(b.code)}${typeof b.subCode === 'string' && b.subCode ? `/${b.subCode}` : ''}`;
    const documented = new Set(
      withResponse.filter((e) => e.response!.status >= 400).map((e) => key(e.response!.body as Record<string, unknown>)),
    );
    // schemas/rules/errors.json: every error an operation page documents (README-only ones have no example).
    const catalogue = errorRuleList;
    for (const e of catalogue.filter((c) => c['x-doc'].some((d) => d.file !== 'README.md'))) documented.add(key(e as never));
    const inPact = new Set(pact.interactions.filter((i) => i.response.status >= 400).map((i) => key(body(i))));
    expect([...documented].filter((k) => !inPact.has(k))).toEqual([]);
    expect(documented.size).toBeGreaterThanOrEqual(19);
    for (const i of pact.interactions) {
      // No matcher on code/subCode: the default equality is the contract.
      expect(bodyRules(i)['$.code'], i.description).toBeUndefined();
      expect(bodyRules(i)['$.subCode'], i.description).toBeUndefined();
      expect(bodyRules(i)['$.requestId']?.matchers, i.description).toEqual([{ match: 'regex', regex: REQUEST_ID_PATTERN }]);
    }
  });

  it('contract.pact-file.states: interactions with a documented provider state carry it with its params', () => {
    for (const e of withResponse) {
      const i = pact.interactions.find((x) => x.description.startsWith(`${e.name}:`))!;
      expect(i.providerStates?.map((s) => s.name) ?? [], e.name).toEqual(e.providerState ? [e.providerState.name] : []);
      if (e.providerState) expect(i.providerStates![0].params).toEqual(e.providerState.params);
    }
  });

  it('contract.pact-file.readme: contracts/README.md lists every provider state, every operation and the count', () => {
    const readme = readFileSync(`${path.dirname(PACT_FILE)}/README.md`, 'utf8');
    const catalogue = readJson<{ states: { name: string }[] }>(`${SCHEMAS_DIR}/examples/states.json`).states;
    expect(catalogue.filter((st) => !readme.includes(`| \`${st.name}\` |`)).map((st) => st.name)).toEqual([]);
    expect(OPERATIONS.filter((op) => !readme.includes(`| \`${op.operation}\``)).map((op) => op.operation)).toEqual([]);
    expect(readme).toContain(`**${pact.interactions.length} interactions**`);
    expect(readme).toContain(`${catalogue.length} states`);
  });

  it('contract.pact-file.deterministic: the committed file is in normal form (sorted, no timestamps)', () => {
    expect(normalizePact(pact)).toBe(text);
    expect(text).not.toMatch(/"(createdAt|timestamp|date)"\s*:/i);
  });
});

describe('contract.pact-file: no secret and no PAN in the contract', () => {
  let sim: RunningSimulator;
  let simToken = '';
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
    const client = createClient({ baseUrl: sim.baseUrl, login: sim.credentials.login, password: sim.credentials.password });
    simToken = await client.getToken();
    await client.close();
  });
  afterAll(() => sim?.close());

  it('contract.pact-file.token: every request carries a fake token with a regex matcher, never a real one', () => {
    for (const i of pact.interactions) {
      expect(i.request.headers?.[TOKEN_HEADER], i.description).toEqual([FAKE_TOKEN]);
      const rules = (i.request as { matchingRules?: { header?: Rules } }).matchingRules?.header?.[TOKEN_HEADER];
      expect(rules?.matchers).toEqual([{ match: 'regex', regex: TOKEN_PATTERN }]);
    }
    expect(simToken.length).toBeGreaterThan(20);
    expect(text).not.toContain(simToken);
    expect(text).not.toContain(sim.credentials.password);
    for (const name of ['CONNECTFI_TOKEN', 'CONNECTFI_PASSWORD', 'PACT_BROKER_TOKEN', 'PACT_BROKER_PASSWORD']) {
      const v = process.env[name];
      if (v && v.length >= 4) expect(text, name).not.toContain(v);
    }
  });

  it('contract.pact-file.no-password: no password, token or authorization field anywhere', () => {
    expect(text).not.toMatch(/"(password|token|accessToken|authorization|cookie)"\s*:/i);
  });

  it('contract.pact-file.no-pan: no 13-19 digit run that passes Luhn', () => {
    // The scanner finds real PANs, plain or grouped; the documented placeholder does not pass Luhn.
    expect(findLuhnValidRuns('pan 4111111111111111, grouped 4111-1111-1111-1111')).toEqual(['4111111111111111', '4111-1111-1111-1111']);
    expect(findLuhnValidRuns('"1234567890123456"')).toEqual([]);
    expect(findLuhnValidRuns(text)).toEqual([]);
  });
});
