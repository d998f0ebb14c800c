import net from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from '../errors.ts';
import { resolveRunConfig } from './config.ts';
import { runConformance } from './run.ts';

/**
 * A target that accepts connections and never answers: while the run waits for it, progress lines
 * say so (the preflight, the request in flight and for how long), with a short client timeout and a
 * short progress interval (CONNECTFI_TIMEOUT_MS, CONNECTFI_PROGRESS_MS).
 */
interface SilentServer {
  url: string;
  /** Requests received (their first line), none ever answered. */
  requests: string[];
  close(): Promise<void>;
}

async function silentServer(): Promise<SilentServer> {
  const sockets = new Set<net.Socket>();
  const requests: string[] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (d: Buffer) => requests.push(d.toString('latin1').split('\r\n')[0]));
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The run's stderr, line by line; `next(pattern)` resolves with the first line that matches. */
function lines() {
  const seen: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let partial = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      partial += chunk.toString();
      const parts = partial.split('\n');
      partial = parts.pop()!;
      for (const line of parts) {
        seen.push(line);
        for (const w of waiting.filter((x) => x.pattern.test(line))) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(line);
        }
      }
      done();
    },
  });
  const next = (pattern: RegExp) => new Promise<string>((resolve) => waiting.push({ pattern, resolve }));
  return { stream, seen, next };
}

function config(target: string, env: Record<string, string>, flags: { quiet?: boolean } = {}) {
  const environment = { CONNECTFI_TOKEN: 'progress-test-token', CONNECTFI_ENV: 'sandbox', ...env };
  return resolveRunConfig({ target, reportDir: mkdtempSync(path.join(tmpdir(), 'cfc-progress-')), ...flags }, environment, tmpdir());
}

let server: SilentServer | undefined;
afterEach(() => server?.close());

describe('progress while a run waits for a target that never answers', () => {
  it('prints the preflight step and the request in flight, and for how long, while the request waits', async () => {
    server = await silentServer();
    const out = lines();
    const cfg = config(server.url, { CONNECTFI_TIMEOUT_MS: '20000', CONNECTFI_PROGRESS_MS: '200' });
    let settled = false;
    const run = runConformance(cfg, out.stream).finally(() => (settled = true));
    const first = await out.next(/^progress /);
    const second = await out.next(/^progress /);
    // Both lines came while the run still waited for the one request the target received.
    expect(settled).toBe(false);
    expect(server.requests).toEqual(['POST /ibis/card/list HTTP/1.1']);
    for (const line of [first, second])
      expect(line).toMatch(
        new RegExp(
          `^progress 0:0\\d \\| preflight: logging in and probing ${server.url.replace(/\./g, '\\.')} \\| oldest request in flight: POST /ibis/card/list, \\d+\\.\\d s \\(1 in flight\\)$`,
        ),
      );
    const waited = (line: string) => Number(/, (\d+\.\d) s \(/.exec(line)![1]);
    expect(waited(second)).toBeGreaterThan(waited(first));
    // The target goes away: the run ends with a transport error (one error line on the console).
    await server.close();
    server = undefined;
    await expect(run).rejects.toBeInstanceOf(TransportError);
  });

  it('--quiet: no progress line, whatever the wait', async () => {
    server = await silentServer();
    const out = lines();
    const cfg = config(server.url, { CONNECTFI_TIMEOUT_MS: '400', CONNECTFI_PROGRESS_MS: '100' }, { quiet: true });
    await expect(runConformance(cfg, out.stream)).rejects.toThrow(/no answer from .* within 400 ms/);
    // Three attempts of 400 ms were each longer than the interval: without --quiet, lines would have come.
    expect(server.requests.length).toBeGreaterThanOrEqual(3);
    expect(out.seen).toEqual([]);
  });
});
