import { describe, expect, it } from 'vitest';
import { formatTable, record, rowsOf, summaryOf, type Figure } from './figures.js';
import { outcomesOf, type ModuleResult } from './figures-reporter.js';

const fig = (ok: boolean): Figure => ({ area: 'faults', figure: 'data lost', value: ok ? 0 : 3, goal: '0', ok });

describe('the figures table comes from test results', () => {
  it.each([
    { state: 'passed' as const, figures: [fig(true)], result: 'ok' },
    { state: 'passed' as const, figures: [fig(false)], result: 'NO' },
    // A figure that met its goal inside a test that then failed is not a pass.
    { state: 'failed' as const, figures: [fig(true)], result: 'FAILED' },
    { state: 'skipped' as const, figures: [], result: 'SKIPPED' },
    // A test that failed (or timed out) before recording anything still gets its row.
    { state: 'failed' as const, figures: [], result: 'FAILED' },
  ])('$state test with $figures.length figure(s) -> $result', ({ state, figures, result }) => {
    const rows = rowsOf([{ area: 'faults', name: 'suite > case', state, figures }]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.result).toBe(result);
    if (figures.length === 0) expect(rows[0]).toMatchObject({ figure: 'test: suite > case', value: state, goal: 'passes' });
  });

  it('counts every kind of outcome in the summary', () => {
    const rows = rowsOf([
      { area: 'a', name: 'x', state: 'passed', figures: [fig(true), fig(false)] },
      { area: 'a', name: 'y', state: 'failed', figures: [] },
      { area: 'a', name: 'z', state: 'skipped', figures: [] },
    ]);
    expect(summaryOf(rows)).toBe('1 ok, 1 missed their goal, 1 in failed tests, 1 skipped');
    expect(formatTable(rows).split('\n')[0]).toBe('area    figure     value    goal    result');
  });

  it('record attaches the figure to the running test', ({ task }) => {
    record(fig(true));
    expect(task.meta.figures).toEqual([fig(true)]);
    // A made-up figure: it must not reach the real table.
    delete task.meta.figures;
  });
});

describe('the reporter reads failures outside tests too', () => {
  const test = (fullName: string, state: string) => ({ fullName, result: () => ({ state }), meta: () => ({}) });
  const module = (errors: { message: string }[], suites: { fullName: string; errors: { message: string }[] }[], tests: ReturnType<typeof test>[]): ModuleResult => ({
    moduleId: '/repo/packages/reliability/src/attacks.test.ts',
    errors: () => errors,
    children: { allTests: () => tests, allSuites: () => suites.map((s) => ({ fullName: s.fullName, errors: () => s.errors })) },
  });

  it('a file that failed to load has a FAILED row although it has no tests', () => {
    const rows = rowsOf(outcomesOf([module([{ message: 'import broke' }], [], [])]));
    expect(rows).toEqual([{ area: 'attacks', figure: 'test: the file failed to load or one of its hooks failed (import broke)', value: 'failed', goal: 'passes', result: 'FAILED' }]);
  });

  it('a failing beforeAll is a FAILED row, next to the tests it left skipped', () => {
    const rows = rowsOf(outcomesOf([module([], [{ fullName: 'stalled bodies', errors: [{ message: 'hook broke' }] }], [test('stalled bodies > case', 'skipped')])]));
    expect(rows.map((r) => [r.figure, r.result])).toEqual([
      ['test: a hook of "stalled bodies" failed (hook broke)', 'FAILED'],
      ['test: stalled bodies > case', 'SKIPPED'],
    ]);
    expect(summaryOf(rows)).toBe('0 ok, 0 missed their goal, 1 in failed tests, 1 skipped');
  });

  it('suites and files without errors add no rows', () => {
    const rows = rowsOf(outcomesOf([module([], [{ fullName: 's', errors: [] }], [test('s > t', 'passed')])]));
    expect(rows.map((r) => r.result)).toEqual(['ok']);
  });
});
