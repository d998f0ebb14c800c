import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.ts';
import type { AppContract } from '../pact/app-contract.ts';
import { needPact } from './commands/pact.ts';

/** The app's contract of --pact-out: fed every exchange, written with the reports. */
export interface ContractOut {
  contract: AppContract;
  file: string;
  write(): string;
}

export async function contractOut(args: { pactOut?: string; consumer?: string }): Promise<ContractOut | undefined> {
  if (args.pactOut === undefined) return undefined;
  const { AppContract } = await needPact(() => import('../pact/app-contract.ts'), '@pact-foundation/pact');
  const { writePact } = await import('../pact/pact-file.ts');
  const { ROOT } = await import('../api/index.ts');
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const contract = new AppContract(args.consumer ?? 'connectfi-app');
  const file = path.resolve(args.pactOut);
  return {
    contract,
    file,
    write() {
      try {
        writePact(contract.pact(version), file);
      } catch (err) {
        throw new ConfigurationError(
          'PACT_OUT',
          `cannot write --pact-out ${args.pactOut}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
        );
      }
      return file;
    },
  };
}
