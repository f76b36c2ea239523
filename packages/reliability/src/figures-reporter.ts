/** A vitest reporter that prints the hardening figures table from the run's test results. */
import type { Reporter, TestModule } from 'vitest/node';
import { formatTable, rowsOf, summaryOf, type TestOutcome, type TestState } from './figures.js';

/** The area of a test file: its name without `.test.ts` (e.g. `faults`, `emulator-fuzz`). */
const areaOf = (moduleId: string) => moduleId.replace(/^.*\//, '').replace(/\.test\.ts$/, '');

export function outcomesOf(modules: readonly TestModule[]): TestOutcome[] {
  const out: TestOutcome[] = [];
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      out.push({ area: areaOf(m.moduleId), name: t.fullName, state: t.result().state as TestState, figures: t.meta().figures ?? [] });
    }
  }
  return out;
}

export default class FiguresReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = rowsOf(outcomesOf(modules));
    if (rows.length === 0) return;
    process.stdout.write(`\nHardening figures\n${formatTable(rows)}\n${summaryOf(rows)}\n`);
  }
}
