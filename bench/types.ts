import type { Summary } from './measure.js';

/** One printed row of `pnpm bench`: a figure, its reference measured in the same run, and the goal. */
export interface BenchRow {
  /** What was measured, e.g. "SDK import (ms over node -e 0)". */
  readonly figure: string;
  /** The compared value: the median where there are several runs. */
  readonly value: number;
  readonly unit: string;
  /** The reference measured in the same run, e.g. "node -e 0" or "official SDK". */
  readonly reference?: { readonly name: string; readonly value: number };
  /** value / reference.value where a ratio is meaningful. */
  readonly ratio?: number;
  /** Human-readable goal, e.g. "<= 1.2× node -e 0 (CPU)". */
  readonly goal: string;
  /** Whether the goal holds in this run. */
  readonly ok: boolean;
  /** The spread of the runs behind `value`. */
  readonly spread?: Pick<Summary, 'min' | 'max' | 'n'>;
  /** Wall time next to a CPU-time row (or CPU next to a wall row): the other view of the same runs. */
  readonly also?: { readonly label: string; readonly value: number; readonly reference?: number };
}

/** A bench module under bench/*.bench.ts exports `run`, which measures and returns its rows. */
export type BenchModule = { run: () => Promise<BenchRow[]> };
