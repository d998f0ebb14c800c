import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PACT_FILE } from './contract-names.ts';
import { type GitInfo, publishPlan, runPactPublish } from './publish.ts';

const git: GitInfo = { sha: '0123456789abcdef0123456789abcdef01234567', branch: 'feature/contracts', contractsDirty: false };
const sink = () => {
  const lines: string[] = [];
  return { lines, write: (t: string) => lines.push(t) };
};

describe('pact:publish configuration', () => {
  it('refuses with one line and exit 2 when PACT_BROKER_BASE_URL is missing', async () => {
    const err = sink();
    expect(await runPactPublish({}, err, () => git)).toBe(2);
    expect(err.lines.join('')).toMatch(/^pact:publish: error \[MISSING_BROKER\]: PACT_BROKER_BASE_URL is not set[^\n]*\n$/);
  });

  it('refuses with exit 2 when there are no broker credentials (or only half of basic auth)', async () => {
    for (const env of [
      { PACT_BROKER_BASE_URL: 'https://broker.example' },
      { PACT_BROKER_BASE_URL: 'https://broker.example', PACT_BROKER_USERNAME: 'u' },
    ]) {
      const err = sink();
      expect(await runPactPublish(env, err, () => git)).toBe(2);
      expect(err.lines.join('')).toContain('no broker credentials');
    }
  });

  it('publishes the contract with version = git sha and branch = git branch, secrets never in the arguments', () => {
    const env = { PACT_BROKER_BASE_URL: 'https://broker.example', PACT_BROKER_TOKEN: 'tok-secret' };
    const plan = publishPlan(env, git);
    expect(plan.args).toEqual(['publish', PACT_FILE, '--consumer-app-version', git.sha, '--branch', 'feature/contracts']);
    expect(plan.args.join(' ')).not.toContain('tok-secret');
    expect(plan.warnings).toEqual([]);
    const detached = publishPlan(env, { ...git, branch: undefined, contractsDirty: true });
    expect(detached.args).not.toContain('--branch');
    expect(detached.warnings.join('\n')).toMatch(/detached HEAD[\s\S]*uncommitted changes/);
    expect(publishPlan({ ...env, PACT_CONSUMER_BRANCH: 'main' }, { ...git, branch: undefined }).args).toContain('main');
  });
});

describe('pact:publish with the Pact CLI from npm (offline, against a fake broker)', () => {
  it('sends the committed pact under the git sha and branch, authenticated from the environment', async () => {
    const seen: { method: string; url: string; auth?: string; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body });
        const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        res.setHeader('content-type', 'application/hal+json');
        if (req.method === 'GET' && req.url === '/') {
          res.end(JSON.stringify({ _links: { 'pb:publish-contracts': { href: `${base}/contracts/publish` } } }));
        } else {
          res.end(
            JSON.stringify({ notices: [{ type: 'success', text: 'published' }], _embedded: { version: { number: git.sha } }, _links: {} }),
          );
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const code = await runPactPublish({ PACT_BROKER_BASE_URL: url, PACT_BROKER_TOKEN: 'broker-token-for-test' }, sink(), () => git);
      expect(code).toBe(0);
      const publish = seen.find((r) => r.method === 'POST' && r.url === '/contracts/publish')!;
      expect(publish.auth).toBe('Bearer broker-token-for-test');
      const sent = JSON.parse(publish.body) as {
        pacticipantName: string;
        pacticipantVersionNumber: string;
        branch: string;
        contracts: { content: string; providerName: string }[];
      };
      expect(sent).toMatchObject({
        pacticipantName: 'connectfi-conformance-client',
        pacticipantVersionNumber: git.sha,
        branch: 'feature/contracts',
      });
      expect(sent.contracts[0].providerName).toBe('connectfi-api');
      // The CLI re-serializes the pact with its own Pact models library (metadata.pactRust.models).
      const { metadata: _m1, ...published } = JSON.parse(Buffer.from(sent.contracts[0].content, 'base64').toString('utf8')) as Record<
        string,
        unknown
      >;
      const { metadata: _m2, ...committed } = JSON.parse(readFileSync(PACT_FILE, 'utf8')) as Record<string, unknown>;
      expect(published).toEqual(committed);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 30_000);
});
