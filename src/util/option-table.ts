import { parseArgs } from 'node:util';
import { ConfigurationError, UsageError } from '../errors.ts';

/**
 * One table per command describes its options; the parseArgs configuration, the typed values with
 * their defaults, the validation and the `--help` lines all come from it, so they cannot disagree
 * (docs/architecture.md, "Validate options early"). A key is the option's name in camelCase; its
 * flag is the same name in kebab-case (`rateLimit` is `--rate-limit`).
 *
 * Precedence is flag > environment: an option with `env` reads that variable when the flag is
 * absent (the caller's lookup merges the environment over `.env`), and a value from the environment
 * is validated by the same rule, the message naming the variable instead of the flag.
 */

interface Described {
  /** What the option does, for `--help` (wrapped there; no default or variable: those are added). */
  help: string;
  /** `--help`'s word for the default when the default is not a plain value (`a free port`). */
  defaultHelp?: string;
}

interface Valued extends Described {
  /** The value's name in `--help`: `--runs N`. */
  value: string;
  /** The environment variable read when the flag is absent. */
  env?: string;
  /** `false`: no flag, only the variable `env` (a setting too rare for the command line). */
  flag?: false;
}

export interface BooleanOption extends Described {
  type: 'boolean';
}

export interface StringOption extends Valued {
  type: 'string';
  default?: string;
  /** When set, a blank value is refused: `--report-dir must be a directory path, got ""`. */
  must?: string;
}

export interface IntegerOption extends Valued {
  type: 'integer';
  min: number;
  max?: number;
  default?: number;
}

export interface EnumOption extends Omit<Valued, 'value'> {
  type: 'enum';
  choices: readonly string[];
  /** The value's name in `--help`; the choices joined by | when absent. */
  value?: string;
  default?: string;
  /** What the value must be, when listing the choices would not fit in the sentence (they follow it). */
  must?: string;
}

/** A domain value (`I/N`, `10/s`, a URL): `parse` answers undefined, or throws, for a bad value. */
export interface CustomOption<T = unknown> extends Valued {
  type: 'custom';
  /** The rule, completing "--flag must ...": `be an http(s) URL`. A thrown error's message is added. */
  must: string;
  parse: (value: string) => T | undefined;
  default?: T;
}

export type OptionSpec = BooleanOption | StringOption | IntegerOption | EnumOption | CustomOption;
export type OptionTable = Readonly<Record<string, OptionSpec>>;

type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'integer' }
    ? number
    : S extends { type: 'enum'; choices: readonly (infer C)[] }
      ? C
      : S extends { type: 'custom'; parse: (value: string) => infer R }
        ? Exclude<R, undefined>
        : string;

/** The resolved values: an option with a default (and every boolean) is always set. */
export type OptionValues<T extends OptionTable> = {
  -readonly [K in keyof T]: T[K] extends { type: 'boolean' } | { default: unknown } ? ValueOf<T[K]> : ValueOf<T[K]> | undefined;
};

/** The flags as given on the command line, unchecked: strings, and true for a boolean flag. */
export type OptionFlags<T extends OptionTable> = {
  -readonly [K in keyof T as T[K] extends { flag: false } ? never : K]?: T[K] extends { type: 'boolean' } ? boolean : string;
};

/** Keeps the literal types of a table (its choices, its parsers' results) for OptionValues. */
export function defineOptions<const T extends OptionTable>(table: T): T {
  return table;
}

export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The arguments split into the table's flags and the positionals; an unknown flag is a usage error. */
export function parseFlags<T extends OptionTable>(
  table: T,
  argv: string[],
  allowPositionals = false,
): { flags: OptionFlags<T>; positionals: string[] } {
  const keys = Object.keys(table).filter((key) => !('flag' in table[key] && table[key].flag === false));
  const options = Object.fromEntries(
    keys.map((key) => [flagOf(key).slice(2), { type: table[key].type === 'boolean' ? ('boolean' as const) : ('string' as const) }]),
  );
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: negativeValues(argv, options), options, allowPositionals, strict: true });
  } catch (err) {
    // parseArgs explains over several lines; the CLI's errors are one line (docs/architecture.md, "Stable interfaces").
    throw new UsageError((err as Error).message.replace(/\s*\n\s*/g, ' '));
  }
  const flags: Record<string, unknown> = {};
  for (const key of keys) {
    const value = parsed.values[flagOf(key).slice(2)];
    if (value !== undefined) flags[key] = value;
  }
  return { flags: flags as OptionFlags<T>, positionals: parsed.positionals };
}

/**
 * `--port -1` as `--port=-1`: parseArgs takes a value starting with a dash for a flag, so a negative
 * number would be refused as an ambiguous flag rather than by the option's own rule, which names it.
 */
function negativeValues(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return [...args, ...argv.slice(i)];
    const next = argv[i + 1];
    if (arg.startsWith('--') && options[arg.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  return args;
}

export interface ResolveContext {
  /** The code of a bad value's error: `USAGE` (a UsageError) or another ConfigurationError code. */
  code: string;
  /** A variable's value (environment over `.env`); a blank value counts as unset. */
  env?: (variable: string) => string | undefined;
}

/** Each option's value: its flag, else its variable, else its default; every value given is validated. */
export function resolveOptions<T extends OptionTable>(table: T, flags: OptionFlags<T>, context: ResolveContext): OptionValues<T> {
  const given = flags as Record<string, string | boolean | undefined>;
  const values: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(table)) {
    if (spec.type === 'boolean') {
      values[key] = given[key] === true;
      continue;
    }
    const flag = spec.flag === false ? undefined : given[key];
    const fromEnv = typeof flag !== 'string' && spec.env ? context.env?.(spec.env)?.trim() : undefined;
    if (typeof flag === 'string') values[key] = parseValue(spec, flag, flagOf(key), context.code);
    else if (fromEnv) values[key] = parseValue(spec, fromEnv, spec.env!, context.code);
    else if (spec.default !== undefined) values[key] = spec.default;
  }
  return values as OptionValues<T>;
}

/** parseFlags then resolveOptions, for a command whose options need no `.env` read in between. */
export function parseOptions<T extends OptionTable>(
  table: T,
  argv: string[],
  context: ResolveContext & { allowPositionals?: boolean },
): { values: OptionValues<T>; positionals: string[] } {
  const { flags, positionals } = parseFlags(table, argv, context.allowPositionals);
  return { values: resolveOptions(table, flags, context), positionals };
}

function parseValue(spec: Exclude<OptionSpec, BooleanOption>, value: string, name: string, code: string): unknown {
  const refuse = (must: string, detail = ''): never => {
    const message = `${name} must ${must}, got ${JSON.stringify(value)}${detail}`;
    // A bad value's message says what the value must be: the CLI does not repeat the usage after it.
    throw code === 'USAGE' ? new UsageError(message, false) : new ConfigurationError(code, message);
  };
  switch (spec.type) {
    case 'string':
      if (spec.must !== undefined && value.trim() === '') refuse(spec.must);
      return value;
    case 'integer': {
      const n = Number(value);
      if (!/^-?\d+$/.test(value.trim()) || n < spec.min || (spec.max !== undefined && n > spec.max)) refuse(integerRule(spec));
      return n;
    }
    case 'enum':
      if (!spec.choices.includes(value)) {
        if (spec.must !== undefined) refuse(spec.must, `; valid: ${spec.choices.join(', ')}`);
        refuse(`be ${alternatives(spec.choices)}`);
      }
      return value;
    case 'custom': {
      let parsed: unknown;
      try {
        parsed = spec.parse(value);
      } catch (err) {
        refuse(spec.must, `: ${(err as Error).message}`);
      }
      return parsed === undefined ? refuse(spec.must) : parsed;
    }
  }
}

function integerRule(spec: IntegerOption): string {
  if (spec.max !== undefined) return `be an integer from ${spec.min} to ${spec.max}`;
  return spec.min === 1 ? 'be a positive integer' : `be an integer of at least ${spec.min}`;
}

/** ["all", "failures"] → `"all" or "failures"`. */
function alternatives(choices: readonly string[]): string {
  const quoted = choices.map((c) => JSON.stringify(c));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function valueName(spec: Exclude<OptionSpec, BooleanOption>): string {
  return spec.value ?? (spec.type === 'enum' ? spec.choices.join('|') : 'VALUE');
}

/** `[--port N] [--host H] [--list-faults]`: the flags of a table, for a usage line, but those of `omit` (an old alias). */
export function synopsis(table: OptionTable, omit: readonly string[] = []): string {
  return Object.entries(table)
    .filter(([key, spec]) => !omit.includes(key) && (spec.type === 'boolean' || spec.flag !== false))
    .map(([key, spec]) => `[${flagOf(key)}${spec.type === 'boolean' ? '' : ` ${valueName(spec)}`}]`)
    .join(' ');
}

const WIDTH = 110;
const MAX_LEFT = 26;

/**
 * The `--help` lines of a table: each flag with its value name, then what it does, its default and
 * its variable. A variable without a flag is shown as `NAME=VALUE`.
 */
export function formatOptions(table: OptionTable, indent = 2): string {
  const rows = Object.entries(table).map(([key, spec]) => {
    if (spec.type === 'boolean') return { left: flagOf(key), text: spec.help };
    const left = spec.flag === false ? `${spec.env}=${valueName(spec)}` : `${flagOf(key)} ${valueName(spec)}`;
    const plain = typeof spec.default === 'string' || typeof spec.default === 'number' ? String(spec.default) : undefined;
    const shown = spec.defaultHelp ?? plain;
    const notes = [shown === undefined ? '' : `default ${shown}`, spec.env && spec.flag !== false ? `env ${spec.env}` : ''].filter(Boolean);
    return { left, text: notes.length > 0 ? `${spec.help} (${notes.join('; ')})` : spec.help };
  });
  const column = indent + Math.min(MAX_LEFT, Math.max(0, ...rows.map((r) => r.left.length))) + 2;
  return rows
    .flatMap(({ left, text }) => {
      const head = ' '.repeat(indent) + left;
      const lines = wrap(text, WIDTH - column);
      if (head.length + 2 > column) return [head, ...lines.map((l) => ' '.repeat(column) + l)];
      return [head.padEnd(column) + lines[0], ...lines.slice(1).map((l) => ' '.repeat(column) + l)];
    })
    .join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
