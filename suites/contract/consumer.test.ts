import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MatchersV3 as M, PactV4 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.ts';
import {
  CONSUMER,
  FAKE_TOKEN,
  PROVIDER,
  TOKEN_HEADER,
  TOKEN_PATTERN,
  contractInteractions,
  disablePactTelemetry,
  readPact,
  writePact,
} from '../../src/pact/index.ts';

/**
 * Consumer side of the Pact contract (docs/providers.md, "The contract"): every documented example with a response becomes
 * one V4 HTTP interaction, and the project's own typed client (src/client) is what calls the Pact
 * mock server, so the contract records what the client really sends.
 *
 * This is the only test file that writes a pact. pact-js merges each interaction into a file in a
 * private temporary directory; once every interaction has passed, the normalized pact replaces
 * contracts/ atomically (and only if it changed), so parallel vitest workers never share a pact file.
 */
const interactions = contractInteractions();
let pactDir = '';
let pact: PactV4;
let passed = 0;

beforeAll(() => {
  disablePactTelemetry();
  pactDir = mkdtempSync(path.join(os.tmpdir(), 'connectfi-pact-'));
  pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir: pactDir, logLevel: 'error' });
});

afterAll(() => {
  try {
    if (passed === interactions.length) writePact(readPact(path.join(pactDir, `${CONSUMER}-${PROVIDER}.json`)));
  } finally {
    rmSync(pactDir, { recursive: true, force: true });
  }
});

/**
 * The Pact mock server records a match on a separate task after answering (pact-js 16.3+, open
 * upstream: pact-foundation/pact-core-mock-server#13, pact-js#1835): under CPU load executeTest can
 * report "expected but not received" for a request it did answer. A short settle before returning
 * lets the record land; a retry absorbs the rare remaining race (a real contract failure is
 * deterministic and fails every attempt).
 */
const SETTLE_MS = 25;

describe('contract.consumer: the typed client against the Pact mock server', { retry: 2 }, () => {
  it.each(interactions.map((i) => [i.example, i] as const))('contract.consumer.%s', async (_name, i) => {
    let interaction = pact.addInteraction();
    if (i.state) interaction = interaction.given(i.state.name, i.state.params as never);
    for (const text of i.comments) interaction = interaction.comment(text);
    await interaction
      .uponReceiving(i.description)
      .withRequest(i.request.method, i.request.path, (req) => {
        req.headers({ [TOKEN_HEADER]: M.regex(TOKEN_PATTERN, FAKE_TOKEN) });
        if (i.request.body !== undefined) req.jsonBody(i.request.body);
      })
      .willRespondWith(i.response.status, (res) => {
        res.headers({ 'Content-Type': M.regex('^application/json(;.*)?$', 'application/json') });
        res.jsonBody(i.response.template);
      })
      .executeTest(async (server) => {
        // retries: 0, so that a contract failure is reported once and not retried away.
        const client = createClient({ baseUrl: server.url, token: FAKE_TOKEN, retries: 0 });
        try {
          const result = await client.call(i.operation, i.request.input);
          expect(result.status).toBe(i.response.status);
          expect(result.body).toEqual(i.response.example);
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        } finally {
          await client.close();
        }
      });
    passed++;
  });
});
