import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, UsageError } from '../errors.ts';
import { defineOptions, formatOptions, parseFlags, parseOptions, resolveOptions, synopsis } from './option-table.ts';

const TABLE = defineOptions({
  port: { type: 'integer', value: 'N', min: 0, max: 65_535, default: 0, defaultHelp: '0: a free port', help: 'port to listen on' },
  runs: { type: 'integer', value: 'N', min: 1, max: 100, env: 'X_RUNS', help: 'cases per operation' },
  requests: { type: 'integer', value: 'N', min: 1, default: 10, help: 'requests per server' },
  evidence: { type: 'enum', choices: ['all', 'failures'], default: 'failures', env: 'X_EVIDENCE', help: 'which exchanges to keep' },
  rateLimit: {
    type: 'custom',
    value: 'N/s',
    must: 'look like 10/s',
    parse: (v: string) => (/^\d+\/s$/.test(v) ? Number.parseInt(v, 10) : undefined),
    help: 'requests per second',
  },
  only: {
    type: 'custom',
    value: 'PATTERN',
    must: 'be a regular expression',
    parse: (v: string) => new RegExp(v),
    help: 'checks to run',
  },
  reportDir: { type: 'string', value: 'D', default: 'reports', must: 'be a directory path', help: 'where reports go' },
  seed: { type: 'string', value: 'S', help: 'seed' },
  keep: { type: 'boolean', help: 'keep the cards' },
  timeoutMs: { type: 'integer', value: 'MS', min: 100, max: 1000, default: 500, env: 'X_TIMEOUT_MS', flag: false, help: 'request timeout' },
});

const parse = (argv: string[], env: Record<string, string> = {}, code = 'USAGE') =>
  parseOptions(TABLE, argv, { code, env: (v) => env[v] }).values;

describe('option tables', () => {
  it('types the values: a default or a boolean makes an option always set', () => {
    const values = parse([]);
    expectTypeOf(values.port).toEqualTypeOf<number>();
    expectTypeOf(values.runs).toEqualTypeOf<number | undefined>();
    expectTypeOf(values.evidence).toEqualTypeOf<'all' | 'failures'>();
    expectTypeOf(values.rateLimit).toEqualTypeOf<number | undefined>();
    expectTypeOf(values.only).toEqualTypeOf<RegExp | undefined>();
    expectTypeOf(values.keep).toEqualTypeOf<boolean>();
    expect(values).toEqual({ port: 0, requests: 10, evidence: 'failures', reportDir: 'reports', keep: false, timeoutMs: 500 });
  });

  it('turns camelCase keys into kebab-case flags and parses each type', () => {
    const values = parse(['--port', '8080', '--rate-limit', '5/s', '--only', '^a', '--keep', '--evidence=all', '--seed', '']);
    expect(values).toMatchObject({ port: 8080, rateLimit: 5, evidence: 'all', keep: true, seed: '' });
    expect(values.only).toEqual(/^a/);
  });

  it('takes a flag over its variable, a variable over the default, and ignores a blank variable', () => {
    expect(parse(['--runs', '3'], { X_RUNS: '7' }).runs).toBe(3);
    expect(parse([], { X_RUNS: ' 7 ' }).runs).toBe(7);
    const blank = parse([], { X_RUNS: '  ', X_EVIDENCE: '' });
    expect(blank.runs).toBeUndefined();
    expect(blank.evidence).toBe('failures');
    expect(parse([], { X_TIMEOUT_MS: '200' }).timeoutMs).toBe(200);
  });

  it.each([
    [['--port', 'abc'], {}, '--port must be an integer from 0 to 65535, got "abc"'],
    [['--port=-1'], {}, '--port must be an integer from 0 to 65535, got "-1"'],
    [['--port', '-1'], {}, '--port must be an integer from 0 to 65535, got "-1"'],
    [['--port', '1.5'], {}, '--port must be an integer from 0 to 65535, got "1.5"'],
    [['--requests', '0'], {}, '--requests must be a positive integer, got "0"'],
    [[], { X_RUNS: '101' }, 'X_RUNS must be an integer from 1 to 100, got "101"'],
    [[], { X_EVIDENCE: 'some' }, 'X_EVIDENCE must be "all" or "failures", got "some"'],
    [['--rate-limit', 'fast'], {}, '--rate-limit must look like 10/s, got "fast"'],
    [['--only', '('], {}, '--only must be a regular expression, got "(": Invalid regular expression'],
    [['--report-dir', ' '], {}, '--report-dir must be a directory path, got " "'],
    [[], { X_TIMEOUT_MS: '5' }, 'X_TIMEOUT_MS must be an integer from 100 to 1000, got "5"'],
  ])('refuses %j %j: %s', (argv, env, message) => {
    expect(() => parse(argv, env)).toThrow(message);
  });

  it("throws the table's code: a USAGE value error is a UsageError that does not repeat the usage", () => {
    const usage = (() => {
      try {
        parse(['--port', 'x']);
      } catch (err) {
        return err;
      }
    })();
    expect(usage).toBeInstanceOf(UsageError);
    expect((usage as UsageError).showUsage).toBe(false);
    expect(() => parse(['--port', 'x'], {}, 'INVALID_OPTION')).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', name: 'ConfigurationError' }) as ConfigurationError,
    );
  });

  it('refuses an unknown flag, a flag-less option given as a flag and a positional, with the usage', () => {
    for (const argv of [['--bogus'], ['--timeout-ms', '200'], ['extra']]) {
      expect(() => parseFlags(TABLE, argv), argv.join(' ')).toThrow(UsageError);
      try {
        parseFlags(TABLE, argv);
      } catch (err) {
        expect((err as UsageError).showUsage).toBe(true);
      }
    }
    expect(parseFlags(TABLE, ['a', '--keep'], true)).toEqual({ flags: { keep: true }, positionals: ['a'] });
    expect(parseFlags(TABLE, ['--seed', '-5', '--', '--port', '-1'], true)).toEqual({
      flags: { seed: '-5' },
      positionals: ['--port', '-1'],
    });
    expect(() => parseFlags(TABLE, ['--port', '--keep'])).toThrow(/^Option '--port' argument is ambiguous\. Did you forget/);
    expect(() => parseFlags(TABLE, ['--port', '--keep'])).not.toThrow(/\n/);
  });

  it('resolves flags given as strings (a programmatic caller) by the same rules', () => {
    expect(resolveOptions(TABLE, { port: '1', keep: true }, { code: 'USAGE' })).toMatchObject({ port: 1, keep: true });
    expect(() => resolveOptions(TABLE, { runs: '0' }, { code: 'USAGE' })).toThrow('--runs must be an integer from 1 to 100, got "0"');
  });

  it('writes the help from the same table: every flag, its value, help, default and variable, wrapped', () => {
    const help = formatOptions(TABLE);
    for (const flag of [
      '--port N',
      '--runs N',
      '--evidence all|failures',
      '--rate-limit N/s',
      '--report-dir D',
      '--keep',
      'X_TIMEOUT_MS=MS',
    ])
      expect(help).toContain(flag);
    expect(help).toMatch(/^ {2}--port N +port to listen on \(default 0: a free port\)$/m);
    expect(help).toMatch(/--runs N +cases per operation \(env X_RUNS\)$/m);
    expect(help).toMatch(/--evidence all\|failures +which exchanges to keep \(default failures; env X_EVIDENCE\)$/m);
    expect(help).toMatch(/X_TIMEOUT_MS=MS +request timeout \(default 500\)$/m);
    const long = formatOptions(defineOptions({ x: { type: 'boolean', help: 'word '.repeat(60).trim() } }), 4);
    expect(long.split('\n').length).toBeGreaterThan(2);
    for (const line of long.split('\n')) expect(line.length).toBeLessThanOrEqual(110);
    expect(synopsis(TABLE)).toBe(
      '[--port N] [--runs N] [--requests N] [--evidence all|failures] [--rate-limit N/s] [--only PATTERN] [--report-dir D] [--seed S] [--keep]',
    );
  });
});
