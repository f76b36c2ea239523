/** Rows from interleaved statistics: a candidate against its baseline, on CPU or wall time. */
import type { Stats } from './measure.js';
import type { BenchRow } from './types.js';

export interface RatioRowInput {
  readonly figure: string;
  readonly candidate: Stats;
  readonly baseline: { readonly name: string; readonly stats: Stats };
  /** Which time the goal is about; the other is shown beside it. */
  readonly metric: 'cpu' | 'wall';
  /** Largest acceptable candidate / baseline ratio. */
  readonly maxRatio: number;
}

export function ratioRow({ figure, candidate, baseline, metric, maxRatio }: RatioRowInput): BenchRow {
  const other = metric === 'cpu' ? 'wall' : 'cpu';
  const value = candidate[metric].median;
  const reference = baseline.stats[metric].median;
  const ratio = value / reference;
  return {
    figure: `${figure} (${metric === 'cpu' ? 'CPU' : 'wall'})`,
    value,
    unit: 'ms',
    reference: { name: baseline.name, value: reference },
    ratio,
    goal: `<= ${maxRatio}× ${baseline.name}`,
    ok: ratio <= maxRatio,
    spread: candidate[metric],
    also: { label: other, value: candidate[other].median, reference: baseline.stats[other].median },
  };
}
