import { describe, expect, it } from 'vitest';
import { loadSpecs, formatProblem } from './index.js';
import { brokenCases } from './broken-specs.cases.js';
import { copySpecs } from './test-support/fixture.js';

describe('the loader reports every broken spec with its position, subject and fix', () => {
  it('has a table of at least 30 cases', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(brokenCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const specs = copySpecs();
    c.mutate(specs);
    const result = loadSpecs(specs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual(c.expected);
  });
});

describe('the valid fixture', () => {
  it('loads without problems', () => {
    const result = loadSpecs(copySpecs());
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('reports all problems at once, across files', () => {
    const specs = copySpecs();
    for (const c of brokenCases.filter((x) => ['unknown scope', 'shortcut calls an unknown method', 'stray YAML file'].includes(x.name))) c.mutate(specs);
    const result = loadSpecs(specs);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.file)).toEqual([
        'specs/demo/extra.yaml',
        'specs/demo/resources/pins.yaml',
        'specs/demo/shortcuts/pins-list.yaml',
      ]);
    }
  });
});
