import { loadExamples, type DocumentedExample } from '../examples.ts';

/** For tests: the documented example `name` (schemas/examples/), which must exist. */
export function documentedExample(name: string): DocumentedExample {
  const example = loadExamples().find((e) => e.name === name);
  if (!example) throw new Error(`no documented example named ${name}`);
  return example;
}

/** The `context` of a documented error example's answer (a requestValidateError's Ajv errors). */
export function documentedErrorContext(name: string): unknown {
  const body = documentedExample(name).response?.body;
  if (body === null || typeof body !== 'object' || !('context' in body)) throw new Error(`${name} documents no error context`);
  return body.context;
}
