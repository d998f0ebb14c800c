import { behaviourRules, type BehaviourRule, type PanField } from '../api/index.ts';

export type { BehaviourRule, PanField } from '../api/index.ts';

const table = behaviourRules;

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
