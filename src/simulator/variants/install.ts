import type { SimulatorStore } from '../store.ts';
import type { SimulatorOptions } from '../types.ts';
import { variantNamed } from './catalogue.ts';
import type { Variant, VariantOptions } from './types.ts';

/** The variants a simulator is started with, by name (an unknown name throws UnknownVariantError). */
export function variantsOf(options: SimulatorOptions): Variant[] {
  return (options.variants ?? []).map(variantNamed);
}

/**
 * The options with the variants' own on top (a variant's latency or token lifetime is what the
 * variant is). Applying it twice gives the same options, so server.ts and app.ts both may.
 */
export function withVariantOptions(options: SimulatorOptions): SimulatorOptions & VariantOptions {
  let out: SimulatorOptions & VariantOptions = options;
  for (const variant of variantsOf(options)) if (variant.options) out = { ...out, ...variant.options(options) };
  return out;
}

/** Runs each variant's setup on a new simulator's store, before it answers. */
export function setUpVariants(variants: readonly Variant[], store: SimulatorStore): void {
  for (const variant of variants) variant.setup?.(store);
}
