import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadErrata } from '../../api/examples.ts';
import { validateErrorBody, validateResponse } from '../../api/index.ts';
import { citationProblem, CONNECTFI_DOCS } from '../../testing/doc-citations.ts';
import { valueAt } from '../../util/json-object.ts';
import { buildSimulatorApp } from '../app.ts';
import type { ProbeAnswer } from '../faults/types.ts';
import { probeApi } from '../testing/probe-api.ts';
import { UnknownVariantError, VARIANTS, VARIANT_NAMES, variantNamed } from './catalogue.ts';
import { withVariantOptions } from './install.ts';
import type { Variant } from './types.ts';

/**
 * Each allowed variant really chooses differently (its probe, run in-process against the clean
 * simulator and the variant built with the same seed, observes something different; a variant that
 * only sets options has other options), and honestly: every answer its probe sees still has the
 * documented shape, and every doc line it cites stands word for word in the connectFi docs.
 */
const norm = (s: string) =>
  s
    .replace(/\u00a0/g, ' ')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const docText = (file: string) => norm(readFileSync(path.join(CONNECTFI_DOCS, file), 'utf8'));

interface Seen {
  operation: string;
  answer: ProbeAnswer;
}

async function observe(variant: Variant, withVariant: boolean): Promise<{ observed: unknown; seen: Seen[] }> {
  const app = await buildSimulatorApp({ seed: `probe-${variant.name}`, ...(withVariant ? { variants: [variant.name] } : {}) });
  const seen: Seen[] = [];
  try {
    const observed = await variant.probe!(probeApi(app, (operation, answer) => seen.push({ operation, answer })));
    return { observed, seen };
  } finally {
    await app.close();
  }
}

/** The schema problems of one answer: the operation's response schema, or the error envelope. */
function shapeProblems({ operation, answer }: Seen): unknown[] {
  if (answer.status === 200) return validateResponse(operation, answer.body).errors;
  const code = valueAt(answer.body, 'code');
  const kind = answer.status === 401 ? 'unauthorized' : code === 'requestValidateError' ? 'requestValidateError' : 'error';
  return validateErrorBody(answer.body, kind).errors;
}

const probed = VARIANTS.filter((v) => v.probe !== undefined);

describe('the allowed variants', () => {
  it('has at least 12 variants with kebab-case names and one-line descriptions', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(12);
    for (const v of VARIANTS) {
      expect(v.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(v.description, v.name).toMatch(/^\S[^\n]{10,200}$/);
    }
  });

  it('cites, for every variant, the doc lines that leave its choice open, word for word under an existing heading', () => {
    const errata = new Set(loadErrata().map((e) => e.id));
    for (const v of VARIANTS) {
      expect(v.docs.length, v.name).toBeGreaterThan(0);
      for (const d of v.docs) {
        expect(citationProblem(`docs/connectfi/${d.file}`, d.heading), `${v.name}: ${d.file}`).toBeUndefined();
        expect(docText(d.file).includes(norm(d.quote)), `${v.name}: not in ${d.file}: ${d.quote}`).toBe(true);
      }
      if (v.erratum !== undefined) expect(errata.has(v.erratum), `${v.name} cites ${v.erratum}`).toBe(true);
    }
  });

  it('refuses an unknown variant name, listing the valid ones', async () => {
    expect(() => variantNamed('no-such-variant')).toThrow(UnknownVariantError);
    expect(() => variantNamed('no-such-variant')).toThrow(VARIANT_NAMES.join(', '));
    await expect(buildSimulatorApp({ variants: ['no-such-variant'] })).rejects.toThrow(
      /unknown variant "no-such-variant"; valid variants: /,
    );
  });

  it.each(probed.map((v) => [v.name, v] as const))('%s: the probe observes another choice, in documented answers', async (_, variant) => {
    const clean = await observe(variant, false);
    const other = await observe(variant, true);
    expect(other.observed, `clean: ${JSON.stringify(clean.observed)}`).not.toEqual(clean.observed);
    for (const s of other.seen)
      expect(shapeProblems(s), `${s.operation} → ${s.answer.status} ${JSON.stringify(s.answer.body)}`).toEqual([]);
  });

  it.each(VARIANTS.filter((v) => v.probe === undefined).map((v) => [v.name, v] as const))(
    '%s: without a probe, the variant sets simulator options',
    (name, variant) => {
      expect(variant.options, name).toBeDefined();
      const given = { seed: 'x' };
      expect(withVariantOptions({ ...given, variants: [name] })).not.toEqual({ ...given, variants: [name] });
    },
  );

  it('asks for the flaky network on 3% of requests, seeded by the simulator seed', () => {
    expect(withVariantOptions({ seed: 's7', variants: ['flaky-network'] }).flakyNetwork).toEqual({ rate: 0.03, seed: 's7' });
  });

  it('slow-answers delays each answer by its latency', async () => {
    const app = await buildSimulatorApp({ seed: 'slow', variants: ['slow-answers'] });
    try {
      const started = performance.now();
      const r = await probeApi(app).call('/ibis/card/list', { customerId: app.simulator.fixtures.customerId });
      expect(r.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(24);
    } finally {
      await app.close();
    }
  });

  it('applies several variants together, each on the answer the other left', async () => {
    const app = await buildSimulatorApp({ seed: 'two', variants: ['reordered-keys', 'messages-omitted'] });
    try {
      const r = await probeApi(app).call('/ibis/card/status', { cFiCardId: 'icrd_probeUnknown' });
      expect(r.status).toBe(400);
      expect(Object.keys(r.body as object)).toEqual(['context', 'code', 'requestId']);
    } finally {
      await app.close();
    }
  });
});
