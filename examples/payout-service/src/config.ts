import type { PayoutServiceOptions } from './payout-service.ts';

/**
 * The app's configuration, from the CONNECTFI_* variables (what `connectfi-conformance proxy --exec`
 * and `--write-env` set; in production, the real sandbox's): where connectFi is, how to log in, and
 * the customer and card program the app pays out with.
 */
export interface PayoutConfig {
  service: PayoutServiceOptions;
  customerId: string;
  debitProgramId: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): PayoutConfig {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set: run the app through \`connectfi-conformance proxy --exec\`, or set it`);
    return value;
  };
  return {
    service: {
      baseUrl: need('CONNECTFI_BASE_URL'),
      login: need('CONNECTFI_LOGIN'),
      password: need('CONNECTFI_PASSWORD'),
      ...(env.CONNECTFI_TOKEN ? { token: env.CONNECTFI_TOKEN } : {}),
    },
    customerId: need('CONNECTFI_CUSTOMER_ID'),
    debitProgramId: need('CONNECTFI_DEBIT_PROGRAM_ID'),
  };
}
