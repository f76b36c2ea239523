/**
 * How many generated cases a fuzzing suite runs. `pnpm test` runs a fixed, smaller seed set;
 * `pnpm test:full` (LARKGEN_TEST_FULL=1) the full count. The seeds are fixed, so both are
 * deterministic. A suite's own variable (e.g. LARKGEN_ARGV_RUNS) overrides either.
 */
export const FULL = process.env.LARKGEN_TEST_FULL === '1';

export function fuzzRuns(override: string, counts: { quick: number; full: number }): number {
  const set = process.env[override];
  return set ? Number(set) : FULL ? counts.full : counts.quick;
}
