import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseProxyArgs } from './commands/proxy.ts';
import { parseSimulatorArgs } from './commands/simulator.ts';

// docs/architecture.md, "Validate options early": a command refuses a bad option before it starts
// anything, naming the flag and the value.
const PARSERS: Record<string, (argv: string[]) => unknown> = {
  simulator: parseSimulatorArgs,
  proxy: (argv) => parseProxyArgs(argv, {}, tmpdir()),
};

describe('the options of the long-running commands', () => {
  it.each([
    ['simulator', ['--port', 'abc'], '--port must be an integer from 0 to 65535, got "abc"'],
    ['simulator', ['--port', '70000'], '--port must be an integer from 0 to 65535, got "70000"'],
    ['simulator', ['--latency=-5'], '--latency must be an integer from 0 to 60000, got "-5"'],
    ['simulator', ['--latency', '1.5'], '--latency must be an integer from 0 to 60000, got "1.5"'],
    ['simulator', ['--host', ''], '--host must be a host name or IP address, got ""'],
    ['simulator', ['extra'], 'unexpected argument "extra"'],
    ['simulator', ['--env-file', 'a.env', '--write-env', 'b.env'], '--env-file is an alias of --write-env: pass only --write-env F'],
    [
      'simulator',
      ['--variant', 'no-such'],
      '--variant must be allowed variants of src/simulator/variants/, separated by commas, got "no-such": unknown variant "no-such"; valid: extra-response-fields, ',
    ],
    ['simulator', ['--variant', 'slow-answers,slow-answers'], 'a variant is named twice'],
    ['simulator', ['--flaky-network', '3'], '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "3"'],
    ['simulator', ['--flaky-network', '3%'], '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "3%"'],
    [
      'simulator',
      ['--flaky-network', '-0.1'],
      '--flaky-network must be a share of requests from 0 to 1 (0.03: about 3 in 100), got "-0.1"',
    ],
    ['proxy', ['--upstream', 'ftp://x'], '--upstream must be an http(s) URL or "simulator", got "ftp://x"'],
    ['proxy', ['--upstream', 'not a url'], '--upstream must be an http(s) URL or "simulator", got "not a url"'],
    ['proxy', ['--port=-1'], '--port must be an integer from 0 to 65535, got "-1"'],
    ['proxy', ['--progress-every', 'x'], '--progress-every must be an integer from 0 to 1000000, got "x"'],
    ['proxy', ['--upstream', 'https://sandbox.example', '--write-env', 'f'], '--write-env needs --upstream simulator'],
    ['proxy', ['extra'], 'unexpected argument "extra"'],
  ])('%s refuses %j early: %s', (command, argv, message) => {
    expect(() => PARSERS[command](argv)).toThrow(message);
  });
});
