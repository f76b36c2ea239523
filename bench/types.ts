/** One printed row of `pnpm bench`: a figure, its reference measured in the same run, and the goal. */
export interface BenchRow {
  /** What was measured, e.g. "SDK import (ms over node -e 0)". */
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** The reference measured in the same run, e.g. "official SDK". */
  readonly reference?: { readonly name: string; readonly value: number };
  /** value / reference.value where a ratio is meaningful. */
  readonly ratio?: number;
  /** Human-readable goal, e.g. "<= +10 ms". */
  readonly goal: string;
  /** Whether the goal holds in this run. */
  readonly ok: boolean;
}

/** A bench module under bench/*.bench.ts exports `run`, which measures and returns its rows. */
export type BenchModule = { run: () => Promise<BenchRow[]> };
