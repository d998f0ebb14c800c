import { defineOptions } from '../util/option-table.ts';

/**
 * What the subcommands of src/cli/commands/ share. It lives apart from main.ts, which loads the
 * commands, so that no command imports the file that imports it (docs/architecture.md, "Jobs and
 * entry points").
 */

/** A subcommand: parses its own arguments and returns the process exit code. */
export interface Command {
  summary: string;
  usage: string;
  run(argv: string[]): number | Promise<number>;
}

/** `--port` and `--host` of the commands that listen (simulator, proxy): same rules, same defaults. */
export const LISTEN_OPTIONS = defineOptions({
  port: { type: 'integer', value: 'N', min: 0, max: 65_535, default: 0, defaultHelp: '0: a free port', help: 'port to listen on' },
  host: {
    type: 'custom',
    value: 'H',
    must: 'be a host name or IP address',
    parse: (v: string) => (v.trim() === '' || /\s/.test(v) ? undefined : v),
    default: '127.0.0.1',
    help: 'interface to bind',
  },
});
