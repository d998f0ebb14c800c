const mutant = (status: string) => ({ id: status, mutatorName: 'ConditionalExpression', location: {}, status });

/** A report of the mutation-testing-report-schema's shape, with the given statuses in two files. */
export const sampleMutationReport = (a: string[], b: string[]) => ({
  schemaVersion: '2',
  thresholds: { high: 90, low: 85 },
  files: {
    'src/simulator/a.ts': { language: 'typescript', source: '', mutants: a.map(mutant) },
    'src/simulator/b.ts': { mutants: b.map(mutant) },
  },
});
