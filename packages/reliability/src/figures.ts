/**
 * The figures the hardening suite reports. A test attaches what it tried and what happened to its
 * own result (vitest task meta); the figures reporter builds the table from the test results at
 * the end of the run, so a row is only "ok" when its own check held AND its test passed, and a
 * test that failed, timed out or was skipped shows as such even when it recorded nothing.
 */
import { TestRunner } from 'vitest';

export interface Figure {
  /** Area: faults, fuzzing, secrets, terminal & files, attacks. */
  readonly area: string;
  readonly figure: string;
  readonly value: number | string;
  readonly goal: string;
  /** Whether the figure met its goal, computed from what was measured. */
  readonly ok: boolean;
}

declare module 'vitest' {
  interface TaskMeta {
    figures?: Figure[];
  }
}

/** Attaches a figure to the running test. Outside a test it is a programming error. */
export function record(f: Figure): void {
  const test = TestRunner.getCurrentTest();
  if (!test) throw new Error(`figure "${f.figure}" recorded outside a test`);
  (test.meta.figures ??= []).push(f);
}

export type TestState = 'passed' | 'failed' | 'skipped' | 'pending';

export interface TestOutcome {
  readonly area: string;
  readonly name: string;
  readonly state: TestState;
  readonly figures: readonly Figure[];
}

export interface Row {
  readonly area: string;
  readonly figure: string;
  readonly value: string;
  readonly goal: string;
  readonly result: 'ok' | 'NO' | 'FAILED' | 'SKIPPED';
}

/** One row per figure; a test without figures still gets a row, so failures and skips show. */
export function rowsOf(outcomes: readonly TestOutcome[]): Row[] {
  const rows: Row[] = [];
  for (const o of outcomes) {
    const status = o.state === 'passed' ? undefined : o.state === 'skipped' ? 'SKIPPED' : 'FAILED';
    if (o.figures.length === 0) {
      rows.push({ area: o.area, figure: `test: ${o.name}`, value: o.state, goal: 'passes', result: status ?? 'ok' });
      continue;
    }
    for (const f of o.figures) {
      rows.push({ area: f.area, figure: f.figure, value: String(f.value), goal: f.goal, result: status ?? (f.ok ? 'ok' : 'NO') });
    }
  }
  return rows;
}

export function formatTable(rows: readonly Row[]): string {
  const cells = [['area', 'figure', 'value', 'goal', 'result'], ...rows.map((r) => [r.area, r.figure, r.value, r.goal, r.result])];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function summaryOf(rows: readonly Row[]): string {
  const n = (r: Row['result']) => rows.filter((x) => x.result === r).length;
  return `${n('ok')} ok, ${n('NO')} missed their goal, ${n('FAILED')} in failed tests, ${n('SKIPPED')} skipped`;
}
