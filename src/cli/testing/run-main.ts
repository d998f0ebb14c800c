import { vi } from 'vitest';
import { main } from '../main.ts';

export interface MainResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `connectfi-conformance <argv>` in this process: `main`, which the bin imports and calls, with what
 * it writes to stdout and stderr captured. For the cheap answers of the CLI (usage errors, help,
 * listings) in the fast lane; what only the bin does (its shebang, Node's own options, standard
 * input, the exit code of the process) is tested through a child process in `bin.e2e.test.ts`.
 */
export async function runMain(argv: string[]): Promise<MainResult> {
  const captured = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      (rest.find((r) => typeof r === 'function') as (() => void) | undefined)?.();
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    const code = await main(argv);
    return { code, ...captured };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
