import type { FlakyNetworkOptions } from '../flaky-network.ts';
import type { ProbeApi, SimulatorHooks } from '../faults/types.ts';
import type { SimulatorStore } from '../store.ts';
import type { SimulatorOptions } from '../types.ts';

/**
 * An allowed variant (docs/contributing.md, "Allowed variants"): the simulator made to choose
 * differently wherever the connectFi docs leave the choice open, as a foreign provider may, so that
 * the self-check proves the suite passes such a provider (no false alarm). The twin of a fault
 * (src/simulator/faults/types.ts), which breaks a documented rule so that the suite must fail.
 */

/** A doc line that leaves the choice open: the file, its heading, and the words, quoted exactly. */
export interface VariantDoc {
  file: string;
  heading: string;
  quote: string;
}

/** Simulator options a variant sets; they take precedence over the options it was started with. */
export interface VariantOptions {
  /** Added to every answer, after the request was processed. */
  latencyMs?: number;
  /** How long a token lives. */
  tokenTtlMs?: number;
  /** A network in front of the simulator that resets or answers 503 on `rate` of the requests (seeded: flaky-network.ts). */
  flakyNetwork?: FlakyNetworkOptions;
}

export interface Variant extends SimulatorHooks {
  /** kebab-case; the value of `--variant` and of startSimulator({ variants }). */
  name: string;
  /** One line: what this provider does differently from the simulator. */
  description: string;
  /** The freedom it uses: the doc lines that leave the choice open (or show another answer). */
  docs: readonly VariantDoc[];
  /** The erratum of schemas/errata.json that records the silence, when one does. */
  erratum?: string;
  /** Simulator options of the variant (a slower answer, a shorter token, the flaky network). */
  options?: (given: SimulatorOptions) => VariantOptions;
  /** Adjusts a new simulator once, before it answers (another id form, another fixture program). */
  setup?: (store: SimulatorStore) => void;
  /**
   * Shows the difference in-process, like a fault's probe: run against the clean simulator and the
   * variant built with the same seed, the observations must differ. A variant whose only hook is
   * `options` has none: the catalogue test compares its options instead.
   */
  probe?: (api: ProbeApi) => Promise<unknown>;
}
