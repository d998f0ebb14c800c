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

/** A threshold as a person reads it: 2000 (…Ms) is "2 s", 20 (…Ms) "20 ms", 1 (…Seconds) "1 s", 1000000 "1,000,000". */
export function paramText(name: string, value: unknown): string {
  if (typeof value !== 'number') return String(value);
  if (name.endsWith('Ms')) return value >= 1000 && value % 1000 === 0 ? `${value / 1000} s` : `${value} ms`;
  if (name.endsWith('Seconds')) return `${value} s`;
  return value.toLocaleString('en-US');
}

/**
 * The rule's text with each parameter name replaced by its value ("within tightLoopMs" reads
 * "within 2 s"): the table names its parameters so that the text and the grader share one value.
 */
export function ruleText(rule: BehaviourRule): string {
  let text = rule.rule;
  for (const [name, value] of Object.entries(rule.params)) text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), paramText(name, value));
  return text;
}
