import { spawn } from 'node:child_process';
import { claimById, NOT_RUN, type DocBlockClaim } from './doc-command-claims.ts';
import { docBlockAfter, type ReadmeCommand } from './readme-commands.ts';

/**
 * Runs the ```sh blocks of the README and the guides as a person would paste them into a terminal
 * (docs/contributing.md, "Test lanes"): the lines between two servers as one `sh -e` script (so an
 * `export` reaches the lines after it), a server (`simulator`, `proxy`) in the background in its own
 * process group, as "in another terminal". Only a claim's placeholders are replaced, and only the
 * lines of NOT_RUN are left out.
 */
export interface ShellResult {
  code: number | null;
  out: string;
}

export interface DocServer {
  line: string;
  url: string;
  output(): string;
  /** Sends `signal` to the server's process group and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<ShellResult>;
}

export interface DocSession {
  cwd: string;
  env: Record<string, string>;
  /** The stand-ins of the claims' placeholders, by name; a started server sets `serverAddress`. */
  values: Record<string, string>;
  servers: DocServer[];
}

export interface RanLine {
  line: string;
  out: string;
}

export function claimedBlock(id: string): { claim: DocBlockClaim; commands: ReadmeCommand[] } {
  const claim = claimById(id);
  return { claim, commands: docBlockAfter(claim.file, claim.after).commands };
}

export function sh(script: string, cwd: string, env: Record<string, string>): Promise<ShellResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', script], { cwd, env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** The line as the test runs it: its alternative, or with the claim's placeholders replaced. */
export function runnableLine(command: ReadmeCommand, claim: DocBlockClaim, values: Record<string, string>): string {
  if (claim.alternatives?.[command.line]) {
    const alt = /^or: (.+?)(?: \(.*\))?$/.exec(command.comment);
    if (!alt) throw new Error(`${claim.file}: "${command.line}" offers no "# or: ..." alternative`);
    return alt[1];
  }
  // Longest first, so that a placeholder inside another (a host inside a URL) is replaced last.
  const placeholders = Object.entries(claim.placeholders ?? {}).sort(([a], [b]) => b.length - a.length);
  let line = command.line;
  for (const [text, name] of placeholders) {
    if (!line.includes(text)) continue;
    const value = values[name];
    if (value === undefined) throw new Error(`${claim.id}: no stand-in "${name}" for ${text} in: ${command.line}`);
    line = line.split(text).join(value);
  }
  return line;
}

// A line that starts a server and leaves it running; not one that lists, runs a command to its end
// (--exec) or starts it in the background itself (`&`: the block's own script stops it).
const SERVER = /^npx connectfi-conformance (?:simulator|proxy)\b(?!.*(?:--list-faults|--list-variants|--exec|\s&(?:\s|$)))/;

/** Starts a long-running line in its own process group and waits for its URL (and its env file). */
export function startServer(line: string, session: DocSession): Promise<DocServer> {
  const child = spawn('sh', ['-c', `exec ${line}`], { cwd: session.cwd, env: session.env, detached: true });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const closed = new Promise<ShellResult>((resolve) => child.on('close', (code) => resolve({ code, out })));
  const ready = (u: string): boolean => !line.includes('--write-env') || out.slice(out.indexOf(u)).includes('written to');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${line}: not ready within 60 s: ${out}`)), 60_000);
    const onData = (): void => {
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (!url || !ready(url)) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      resolve({
        line,
        url,
        output: () => out,
        stop: (signal = 'SIGINT') => {
          if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, signal);
          return closed;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void closed.then((r) => {
      clearTimeout(timer);
      reject(new Error(`${line} stopped (exit ${r.code}) before it was ready: ${r.out}`));
    });
  });
}

async function runScript(lines: string[], session: DocSession, claim: DocBlockClaim): Promise<RanLine[]> {
  const script = ['set -e', 'exec 2>&1', ...lines.flatMap((l, i) => [`printf '\\n@@doc-line ${i}@@\\n'`, l])].join('\n');
  const r = await sh(script, session.cwd, session.env);
  const parts = r.out.split(/\n@@doc-line (\d+)@@\n/);
  const ran = lines.map((line) => ({ line, out: '' }));
  for (let i = 1; i < parts.length; i += 2) ran[Number(parts[i])].out = parts[i + 1];
  if (r.code !== 0) {
    const failed = Math.max(0, (parts.length - 1) / 2 - 1);
    throw new Error(`${claim.file} (${claim.id}): "${lines[failed]}" exited ${r.code}:\n${r.out.slice(-3000)}`);
  }
  return ran;
}

/**
 * Runs every line of the claimed block in `session.cwd`: servers are started and left in
 * `session.servers` for the caller to stop; the other lines must exit 0. Returns what each printed.
 */
export async function runClaimedBlock(id: string, session: DocSession): Promise<RanLine[]> {
  const { claim, commands } = claimedBlock(id);
  const ran: RanLine[] = [];
  let pending: string[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length) ran.push(...(await runScript(pending, session, claim)));
    pending = [];
  };
  for (const command of commands) {
    if (command.line in NOT_RUN && !claim.runs?.includes(command.line)) continue;
    const line = runnableLine(command, claim, session.values);
    if (!SERVER.test(line)) {
      pending.push(line);
      continue;
    }
    await flush();
    const server = await startServer(line, session);
    session.servers.push(server);
    session.values.serverAddress = new URL(server.url).host;
  }
  await flush();
  return ran;
}
