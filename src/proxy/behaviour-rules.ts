import path from 'node:path';
import { readJson, SCHEMAS_DIR, type DocRef } from '../spec/index.ts';

/** schemas/rules/behaviours.json, typed: the graded behaviours, their thresholds and citations. */
export interface BehaviourRule {
  id: string;
  title: string;
  rule: string;
  params: Record<string, number>;
  'x-doc': DocRef[];
  errata?: string;
}

export interface PanField {
  operation: string;
  pointer: string;
}

const table = readJson<{ behaviours: BehaviourRule[]; panFields: PanField[] }>(path.join(SCHEMAS_DIR, 'rules', 'behaviours.json'));

export const BEHAVIOUR_RULES: readonly BehaviourRule[] = table.behaviours;
export const PAN_FIELDS: readonly PanField[] = table.panFields;

export function behaviourRule(id: string): BehaviourRule {
  const rule = BEHAVIOUR_RULES.find((b) => b.id === id);
  if (!rule) throw new Error(`unknown behaviour ${id} (schemas/rules/behaviours.json)`);
  return rule;
}

/** A numeric threshold of a behaviour, with the table as the only source. */
export function param(rule: BehaviourRule, name: string): number {
  const value = rule.params[name];
  if (typeof value !== 'number') throw new Error(`behaviour ${rule.id}: missing params.${name} (schemas/rules/behaviours.json)`);
  return value;
}
