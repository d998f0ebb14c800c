import path from 'node:path';
import { SCHEMAS_DIR, readJson } from '../spec/index.ts';

/**
 * The rule tables the lifecycle model is built from (schemas/rules/, transcribed from the docs with
 * citations). The model never reads the simulator: both read these tables (DESIGN.md, "Data flow").
 */
export type StatusCode = 'A' | 'B' | 'I' | 'S' | 'F';

export interface ErrorRule {
  id: string;
  code: string;
  subCode?: string;
  httpStatus: number;
}

interface CardStatusRules {
  statuses: { code: StatusCode; initial?: boolean; settable: boolean }[];
  transitions: { allowed: Record<StatusCode, StatusCode[]>; refusal: Record<string, string> };
  activation: { to: StatusCode };
  permissions: { operations: Record<string, Record<StatusCode, true | string>> };
}

interface MoneyRules {
  currencies: { supported: string[]; refusal: string };
  push: { allowedStatuses: StatusCode[] };
  pull: { allowedStatuses: StatusCode[]; refusals: Partial<Record<StatusCode, string>>; insufficient: string };
  reversal: { reversibleTypes: string[]; sameProgramRequired: boolean; amountAtMost: 'original'; refusal: string };
}

const dir = path.join(SCHEMAS_DIR, 'rules');

export const MODEL_RULES = {
  cardStatus: readJson<CardStatusRules>(path.join(dir, 'card-status.json')),
  money: readJson<MoneyRules>(path.join(dir, 'money.json')),
  errors: new Map(readJson<{ errors: ErrorRule[] }>(path.join(dir, 'errors.json')).errors.map((e) => [e.id, e])),
};

export function errorRuleOf(id: string): ErrorRule {
  const e = MODEL_RULES.errors.get(id);
  if (!e) throw new Error(`unknown error id ${id} (schemas/rules/errors.json)`);
  return e;
}

/** The status a new card starts in ("This is an initial card status only"). */
export const INITIAL_STATUS: StatusCode = MODEL_RULES.cardStatus.statuses.find((s) => s.initial)?.code ?? 'A';
