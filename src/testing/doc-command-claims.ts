/**
 * Every ```sh block of the README and of the guides under docs/, claimed by the test that runs it
 * (docs/contributing.md, "Test lanes": every command shown in a code block runs in a test). A test
 * runs its block with `runClaimedBlock(id)` (or reads it with `claimedBlock(id)`), so the lines it
 * runs are the lines a person copies; src/testing/docs.test.ts fails when a block has no claim, a
 * claim finds no block, or no test file names the claim.
 */
export interface DocBlockClaim {
  /** What the test passes to `claimedBlock`. */
  id: string;
  /** README.md or docs/<guide>.md. */
  file: string;
  /** A heading, or words of the paragraph just above the block: the first sh block after it. */
  after: string;
  /**
   * Placeholders the test replaces with local stand-ins, each by the name of the value it supplies.
   * Only example hosts (`your-...`), elided secrets (`=...`) and fixed ports (servers in tests listen
   * on port 0) are placeholders: docs.test.ts refuses any other text here.
   */
  placeholders?: Readonly<Record<string, string>>;
  /**
   * Lines run as the alternative their own comment offers (`# or: CMD`), each with the reason the
   * line itself cannot run in a test.
   */
  alternatives?: Readonly<Record<string, string>>;
}

export const DOC_BLOCK_CLAIMS: readonly DocBlockClaim[] = [
  { id: 'quick-start', file: 'README.md', after: '## Quick start' },
  { id: 'local-simulator', file: 'docs/integrators.md', after: '## The local simulator' },
  {
    id: 'proxy',
    file: 'docs/integrators.md',
    after: '## The proxy',
    placeholders: { '--port 4020': 'portZero', '127.0.0.1:4020': 'serverAddress' },
  },
  {
    id: 'outcomes',
    file: 'docs/integrators.md',
    after: '## Making every outcome happen',
    placeholders: { '127.0.0.1:4020': 'serverAddress' },
  },
  {
    id: 'install',
    file: 'docs/integrators.md',
    after: '## Install in your repository',
    alternatives: {
      'npm i -D connectfi-conformance': 'the tests install what `npm pack` wrote, not a published version from the registry',
    },
  },
  { id: 'shards', file: 'docs/ci.md', after: '## Sharded runs in CI' },
  { id: 'pact-verify', file: 'docs/providers.md', after: '## Verifying a provider' },
  {
    id: 'pact-verify-url',
    file: 'docs/providers.md',
    after: 'Against any implementation, by URL alone',
    placeholders: {
      'CONNECTFI_TOKEN=...': 'tokenAssignment',
      'https://your-provider.example/_pact/provider-states': 'statesUrl',
      'https://your-provider.example': 'providerUrl',
    },
  },
  {
    id: 'pact-broker',
    file: 'docs/providers.md',
    after: '## Publishing and can-i-deploy',
    placeholders: { 'https://your-org.pactflow.io': 'brokerUrl', 'PACT_BROKER_TOKEN=...': 'brokerTokenAssignment' },
  },
  { id: 'compare', file: 'docs/verdicts.md', after: '## Comparing two runs' },
  { id: 'drift', file: 'docs/drift.md', after: '## drift.json after a run' },
  { id: 'spec-diff', file: 'docs/drift.md', after: '## spec-diff in a pull request' },
  { id: 'progress', file: 'docs/verdicts.md', after: '## Progress' },
  {
    id: 'selfcheck',
    file: 'docs/contributing.md',
    after: '## Self-check: does the suite catch a non-conformant provider?',
  },
];

/**
 * Lines no test starts, each because CI's entry point `.ci/run` runs it itself (docs.test.ts checks
 * that it does): `npm test` is the command that runs these tests (a test checks it is the package's
 * test script), and the self-check as a whole is CI's own last step.
 */
export const NOT_RUN: Readonly<Record<string, string>> = {
  'npm test': 'the command that runs the tests themselves; .ci/run runs it',
  'npm run selfcheck':
    ".ci/run runs it after the tests; a test runs the same command on some faults (this block's `selfcheck --only` line)",
};

/** What counts as a placeholder: an example host, an elided secret, or a fixed port. */
export const PLACEHOLDER = /^(?:\S*your-[a-z-]+\.\S*|[A-Z_]+=\.\.\.|--port \d+|127\.0\.0\.1:\d+)$/;

export function claimById(id: string): DocBlockClaim {
  const claim = DOC_BLOCK_CLAIMS.find((c) => c.id === id);
  if (!claim) throw new Error(`no documented block is claimed as "${id}"`);
  return claim;
}
