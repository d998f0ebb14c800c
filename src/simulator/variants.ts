import type { FastifyInstance } from 'fastify';

/**
 * Variants: the simulator taking a freedom the docs give, where a fault breaks a rule. A variant
 * must stay conformant; what it does differently is drift (docs/architecture.md, "Observed drift").
 *
 * `extra-response-fields`: every 200 answer carries fields no schema names, the way a newer
 * revision of the API would add them. The response schemas allow undocumented fields on purpose
 * (errata response-field-variance: "undocumented extra fields are allowed (additionalProperties
 * not false) so that a sandbox adding fields is not reported non-conformant").
 */
export const VARIANTS = {
  'extra-response-fields': 'every 200 answer adds apiRevision to the envelope and processorRegion to data (to each item of a list)',
} as const;

export type VariantName = keyof typeof VARIANTS;

/** The fields the extra-response-fields variant adds: constant values, so that answers compare as before. */
export const EXTRA_RESPONSE_FIELDS = { envelope: { apiRevision: '2024-08-06' }, data: { processorRegion: 'us-east-1' } } as const;

function withExtraFields(body: Record<string, unknown>): Record<string, unknown> {
  const add = (item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item) ? { ...item, ...EXTRA_RESPONSE_FIELDS.data } : item;
  const data = Array.isArray(body.data) ? body.data.map(add) : add(body.data);
  return { ...body, data, ...EXTRA_RESPONSE_FIELDS.envelope };
}

/** Installs a variant's hooks on the app (before its routes answer). */
export function installVariant(app: FastifyInstance, variant: VariantName | undefined): void {
  if (variant !== 'extra-response-fields') return;
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 200 || typeof payload !== 'string' || request.url.startsWith('/__simulator/')) return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return payload;
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body) || (body as { code?: unknown }).code !== '0') return payload;
    return JSON.stringify(withExtraFields(body as Record<string, unknown>));
  });
}
