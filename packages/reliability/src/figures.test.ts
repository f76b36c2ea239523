import { describe, expect, it } from 'vitest';
import { formatTable, record, rowsOf, summaryOf, type Figure } from './figures.js';

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
  });
});
