import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs, toDotenv, variantListing } from './simulator.ts';

// The simulator process itself (start, env file, signals, --fault) is tested in simulator.e2e.test.ts.
describe('connectfi-conformance simulator', () => {
  it.each([
    [['--port', 'abc'], '--port must be an integer from 0 to 65535, got "abc"'],
    [['--port', '70000'], '--port must be an integer from 0 to 65535, got "70000"'],
    [['--latency=-5'], '--latency must be an integer from 0 to 60000, got "-5"'],
    [['--latency', '1.5'], '--latency must be an integer from 0 to 60000, got "1.5"'],
    [['--host', ''], '--host must be a host name or IP address, got ""'],
    [['extra'], 'unexpected argument "extra"'],
    [
      ['--variant', 'no-such'],
      '--variant must be allowed variants of src/simulator/variants/, separated by commas, got "no-such": unknown variant "no-such"; valid: extra-response-fields, ',
    ],
    [['--variant', 'slow-answers,slow-answers'], 'a variant is named twice'],
    [['--flaky-network', '3'], '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "3"'],
    [['--flaky-network', '3%'], '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "3%"'],
    [['--flaky-network', '-0.1'], '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "-0.1"'],
  ])('validates %j early: %s', (argv, message) => {
    expect(() => parseSimulatorArgs(argv)).toThrow(message);
  });

  it('refuses --env-file (the old alias of --write-env) together with --write-env', () => {
    expect(() => parseSimulatorArgs(['--env-file', 'a.env', '--write-env', 'b.env'])).toThrow(
      '--env-file is an alias of --write-env: pass only --write-env F',
    );
  });

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
