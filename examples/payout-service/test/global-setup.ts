import { createClient } from 'connectfi-conformance';
import type { TestProject } from 'vitest/node';
import { configFromEnv } from '../src/config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The token every worker's app starts with: one login for the whole test run. */
    token: string;
  }
}

/** Logs in once, before any worker starts: parallel workers are instances of one app, sharing its token. */
export async function setup(project: TestProject): Promise<void> {
  const { service } = configFromEnv();
  const client = createClient({ baseUrl: service.baseUrl, login: service.login, password: service.password, retries: 0 });
  try {
    project.provide('token', await client.getToken());
  } finally {
    await client.close();
  }
}
