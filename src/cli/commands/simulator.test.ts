import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs, toDotenv, variantListing } from './simulator.ts';

// The simulator process itself (start, env file, signals, --fault) is tested in simulator.e2e.test.ts;
// its refused options in ../usage-errors.test.ts.
describe('connectfi-conformance simulator', () => {
  it('parses the documented flags', () => {
    expect(parseSimulatorArgs(['--port', '8080', '--write-env', 'x.env', '--latency', '50', '--seed', 's1', '--enable-state-api'])).toEqual(
      {
        port: 8080,
        host: '127.0.0.1',
        envFile: 'x.env',
        latencyMs: 50,
        seed: 's1',
        enableStateApi: true,
      },
    );
  });

  it('takes allowed variants separated by commas, and lists them with the doc lines that allow each', () => {
    expect(parseSimulatorArgs(['--variant', 'reworded-messages,slow-answers']).variants).toEqual(['reworded-messages', 'slow-answers']);
    expect(variantListing()).toContain('reworded-messages ');
    expect(variantListing()).toContain('README.md, "Error envelope": and may have no message.');
  });

  it('--flaky-network RATE: the share of requests that meet a transport incident', () => {
    expect(parseSimulatorArgs(['--flaky-network', '0.03'])).toMatchObject({ flakyNetwork: 0.03 });
    expect(parseSimulatorArgs(['--flaky-network', '.5'])).toMatchObject({ flakyNetwork: 0.5 });
    expect(parseSimulatorArgs(['--flaky-network', '1'])).toMatchObject({ flakyNetwork: 1 });
    expect(parseSimulatorArgs([])).not.toHaveProperty('flakyNetwork');
  });

  it('writes dotenv, quoting values that are not plain', () => {
    expect(toDotenv({ A: 'http://127.0.0.1:1', B: 'has space' })).toBe(
      '# written by connectfi-conformance simulator\nA=http://127.0.0.1:1\nB="has space"\n',
    );
  });
});
