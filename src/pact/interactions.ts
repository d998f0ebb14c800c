import { type DocumentedExample, exemptions, loadExamples } from '../api/examples.ts';
import { concretePath, getOperation } from '../api/index.ts';
import { ADJUSTMENTS } from './adjustments.ts';
import { exampleOf, responseTemplate } from './response-matchers.ts';

/** One Pact interaction, built from one documented example with a response (schemas/examples/). */
export interface ContractInteraction {
  /** The example's name, e.g. "card-set-pin.400.pattern". */
  example: string;
  /** The documented operation, e.g. "/ibis/card/set-pin" (the client's operation key). */
  operation: string;
  /** uponReceiving: the example name and its documented label. */
  description: string;
  state: { name: string; params: Record<string, unknown> } | null;
  request: {
    method: 'GET' | 'POST';
    path: string;
    /** JSON body (POST) or undefined (GET). */
    body: Record<string, unknown> | undefined;
    /** What the typed client is called with: the body, or the path parameters of a GET. */
    input: unknown;
  };
  response: { status: number; template: unknown; example: unknown };
  /** Where the example comes from and how the contract departs from it, for provider teams. */
  comments: string[];
}

export class UnhandledErratumError extends Error {
  constructor(example: string, erratum: string) {
    super(
      `example ${example} is exempt by erratum ${erratum} but src/pact/adjustments.ts says nothing about it: decide how the contract treats it`,
    );
  }
}

function toInteraction(example: DocumentedExample, exempt: ReturnType<typeof exemptions>): ContractInteraction {
  const op = getOperation(example.operation);
  const adjustment = ADJUSTMENTS[example.name];
  for (const part of ['request', 'response'] as const) {
    const e = exempt.get(`${example.name}:${part}`);
    if (e && adjustment?.erratum !== e.erratum) throw new UnhandledErratumError(example.name, e.erratum);
  }
  const stateParams = example.providerState?.params ?? {};
  const documentedBody = example.request.body as Record<string, unknown> | null;
  const body =
    op.method === 'GET' || documentedBody === null ? undefined : (adjustment?.request?.(documentedBody, stateParams) ?? documentedBody);
  const params = example.request.params ?? {};
  const template = responseTemplate(example.response!.body, adjustment?.overrides?.(example) ?? {});
  const { file, heading, label } = example.source;
  const comments = [`Documented in ${file}, "${heading}"${label ? `: ${label}` : ''}.`];
  if (example.requestDerived && example.derivation) comments.push(`Request derived: ${example.derivation}`);
  if (adjustment) comments.push(`Erratum ${adjustment.erratum}: ${adjustment.note}`);
  return {
    example: example.name,
    operation: op.operation,
    description: `${example.name}: ${label ?? heading}`,
    state: example.providerState ? { name: example.providerState.name, params: stateParams } : null,
    request: { method: op.method, path: concretePath(op, params), body, input: op.requestIn === 'path' ? params : body },
    response: { status: example.response!.status, template, example: exampleOf(template) },
    comments,
  };
}

/** Every documented example with a response, as a contract interaction, in schemas/examples order. */
export function contractInteractions(examples = loadExamples(), exempt = exemptions()): ContractInteraction[] {
  return examples.filter((e) => e.response !== null).map((e) => toInteraction(e, exempt));
}
