import { CHOICE_VARIANTS } from './choice-variants.ts';
import { FORMAT_VARIANTS } from './format-variants.ts';
import { NETWORK_VARIANTS } from './network-variants.ts';
import type { Variant } from './types.ts';

/**
 * The allowed variants: every other choice the simulator can be started with where the docs leave
 * one open (docs/contributing.md, "Allowed variants"). The order is the self-check's table order.
 */
export const VARIANTS: readonly Variant[] = [...FORMAT_VARIANTS, ...CHOICE_VARIANTS, ...NETWORK_VARIANTS];

export const VARIANT_NAMES: readonly string[] = VARIANTS.map((v) => v.name);

const BY_NAME = new Map(VARIANTS.map((v) => [v.name, v]));
if (BY_NAME.size !== VARIANTS.length) throw new Error('src/simulator/variants: two variants share a name');

/** A variant name that is not in the catalogue; the message lists the valid names. */
export class UnknownVariantError extends Error {
  constructor(readonly variant: string) {
    super(`unknown variant ${JSON.stringify(variant)}; valid variants: ${VARIANT_NAMES.join(', ')}`);
    this.name = 'UnknownVariantError';
  }
}

export function variantNamed(name: string): Variant {
  const variant = BY_NAME.get(name);
  if (!variant) throw new UnknownVariantError(name);
  return variant;
}
