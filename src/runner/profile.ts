import type { RunProfile } from '../reporting/types.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(9);

/** `run --profile`: where the run's time went, one line per phase. */
export function formatProfile(p: RunProfile): string {
  const rows: [string, string][] = [
    [
      p.code === 'dist' ? 'startup (node, CLI imports from dist/)' : 'startup (node, tsx loader, CLI imports from the TypeScript sources)',
      s(p.startupMs),
    ],
    ['target (simulator start or remote, preflight)', s(p.targetMs)],
    [`suites (vitest, ${p.workers} workers × ${p.concurrencyPerWorker} checks in flight)`, s(p.suitesMs)],
    ['  suite import, summed over files', s(p.importMs)],
    ['  validators (generated/validators.cjs), loading summed over workers', s(p.schemaCompileMs)],
    ['  checks, summed (they run side by side)', s(p.checksMs)],
    [`  the longest check (${p.longestCheck.id})`, s(p.longestCheck.ms)],
    ['cleanup (closing opened cards)', s(p.cleanupMs)],
    ['reporting (collect, build)', s(p.reportingMs)],
    ['writing the reports', s(p.writeMs ?? 0)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return `profile:\n${rows.map(([k, v]) => `  ${k.padEnd(width)} ${v}`).join('\n')}\n`;
}
