/** The allowed variants: the simulator choosing differently where the docs leave the choice open. */
export { VARIANTS, VARIANT_NAMES, UnknownVariantError, variantNamed } from './catalogue.ts';
export { setUpVariants, variantsOf, withVariantOptions } from './install.ts';
export type { Variant, VariantDoc, VariantOptions } from './types.ts';
