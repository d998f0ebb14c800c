import { cardStatusRules as rules, type StatusCode } from '../api/rules.ts';
import type { CheckResult, ConformanceReport, Matrix } from '../reporting/types.ts';
import { permissionName, statusPermissionId, statusTransitionId } from '../harness/check-ids.ts';

/**
 * The status matrices of the HTML report, filled from the run's verdicts by check id:
 * `status.transition.<from>-<to>` (ibis-overview.txt, "Allowed Status Changes") and
 * `status.permission.<operation-name>.<status>` (ibis-overview.txt, "Ibis Card Status Codes"), the
 * ids the status suite declares (src/harness/check-ids.ts), with the expectation read from
 * schemas/rules/card-status.json.
 */
export function buildMatrices(checks: CheckResult[]): NonNullable<ConformanceReport['matrices']> {
  const codes: string[] = rules.statuses.map((s) => s.code);
  const byId = new Map(checks.map((c) => [c.id, c]));
  const cell = (id: string, expected: 'allowed' | 'refused') => {
    const c = byId.get(id);
    return c ? { checkId: id, status: c.status, expected } : null;
  };
  const transitions: Matrix = { rows: codes, cols: codes, cells: {} };
  for (const from of codes) {
    transitions.cells[from] = {};
    for (const to of codes) {
      transitions.cells[from][to] = cell(
        statusTransitionId(from, to),
        rules.transitions.allowed[from]?.includes(to as StatusCode) ? 'allowed' : 'refused',
      );
    }
  }
  const ops = Object.keys(rules.permissions.operations);
  const names = ops.map(permissionName);
  const permissions: Matrix = { rows: codes, cols: names, cells: {} };
  for (const status of codes) {
    permissions.cells[status] = {};
    ops.forEach((op, i) => {
      const name = names[i];
      permissions.cells[status][name] = cell(
        statusPermissionId(op, status),
        rules.permissions.operations[op][status] === true ? 'allowed' : 'refused',
      );
    });
  }
  const any = (m: Matrix) => Object.values(m.cells).some((row) => Object.values(row).some((c) => c !== null));
  return { ...(any(transitions) ? { transitions } : {}), ...(any(permissions) ? { permissions } : {}) };
}

/** Per operation: how many checks touched it and how many failed. */
export function operationCoverage(
  checks: CheckResult[],
  operations: readonly { operation: string }[],
): Record<string, { checks: number; failed: number }> {
  const out: Record<string, { checks: number; failed: number }> = {};
  for (const { operation } of operations) out[operation] = { checks: 0, failed: 0 };
  for (const c of checks) {
    if (!c.operation || !out[c.operation]) continue;
    out[c.operation].checks += 1;
    if (c.status === 'failed') out[c.operation].failed += 1;
  }
  return out;
}
