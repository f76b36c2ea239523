/** A vitest reporter that prints the hardening figures table from the run's test results. */
import type { Reporter, TestModule } from 'vitest/node';
import { formatTable, rowsOf, summaryOf, type TestOutcome, type TestState } from './figures.js';

/** The area of a test file: its name without `.test.ts` (e.g. `faults`, `emulator-fuzz`). */
const areaOf = (moduleId: string) => moduleId.replace(/^.*\//, '').replace(/\.test\.ts$/, '');

/** The parts of vitest's test module read here (a structural subset, so tests can build one). */
type ErrorHolder = { errors(): ReadonlyArray<{ message?: string }> };
export type ModuleResult = ErrorHolder & {
  readonly moduleId: string;
  readonly children: {
    allTests(): Iterable<{ readonly fullName: string; result(): { state: string }; meta(): { figures?: TestOutcome['figures'] } }>;
    allSuites(): Iterable<ErrorHolder & { readonly fullName: string }>;
  };
};

export function outcomesOf(modules: readonly ModuleResult[]): TestOutcome[] {
  const out: TestOutcome[] = [];
  for (const m of modules) {
    const area = areaOf(m.moduleId);
    // A file that failed to load, or a beforeAll/afterAll that threw or timed out, is a failure of
    // its own: the tests under it are only "skipped" (or never collected), which must not read as fine.
    const broken = (what: string, holder: ErrorHolder) => {
      const errors = holder.errors();
      if (errors.length > 0) out.push({ area, name: `${what} (${errors[0]!.message ?? 'error'})`, state: 'failed', figures: [] });
    };
    broken('the file failed to load or one of its hooks failed', m);
    for (const s of m.children.allSuites()) broken(`a hook of "${s.fullName}" failed`, s);
    for (const t of m.children.allTests()) {
      out.push({ area, name: t.fullName, state: t.result().state as TestState, figures: t.meta().figures ?? [] });
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
