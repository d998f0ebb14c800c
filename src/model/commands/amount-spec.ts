import { usd } from '../card-model.ts';

/**
 * How much a pull or card-to-card asks for: a fixed amount, or relative to the source's available
 * funds at the time it runs ("half" of them, "all": exactly them, "over": one cent more), so the
 * boundary of "funds are available" (extIbis 51) is reached often.
 */
export type AmountSpec = { cents: number } | 'half' | 'all' | 'over';

export function resolveAmount(spec: AmountSpec, availableCents: number): number {
  if (spec === 'half') return Math.max(Math.floor(availableCents / 2), 1);
  if (spec === 'all') return Math.max(availableCents, 1);
  if (spec === 'over') return Math.max(availableCents, 0) + 1;
  return spec.cents;
}

export function describeAmount(spec: AmountSpec): string {
  return typeof spec === 'string' ? { half: 'half', all: 'all', over: 'all+0.01' }[spec] : usd(spec.cents);
}
