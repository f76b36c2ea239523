import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtFrom, isBuildCurrent, staleBuilds } from './build-freshness.js';

/**
 * A small workspace: `app` bundles `lib` (a dev dependency) and loads `rt` at run time; `cli`
 * writes its code cache last. Times are set explicitly, so no test depends on the clock.
 */
let dir: string;
const T = { old: 1_000_000, built: 2_000_000, edited: 3_000_000 };

function write(rel: string, text: string, mtime = T.old): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.utimesSync(file, mtime / 1000, mtime / 1000);
}

function pkg(name: string, deps: { dependencies?: string[]; devDependencies?: string[] } = {}): void {
  const map = (names?: string[]) => Object.fromEntries((names ?? []).map((n) => [`@larkgen/${n}`, 'workspace:*']));
  write(`${name}/package.json`, JSON.stringify({ name: `@larkgen/${name}`, dependencies: map(deps.dependencies), devDependencies: map(deps.devDependencies) }));
  write(`${name}/src/index.ts`, 'export {};');
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'build-freshness-'));
  pkg('app', { dependencies: ['rt'], devDependencies: ['lib'] });
  pkg('lib');
  pkg('rt');
  pkg('cli', { devDependencies: ['lib'] });
  for (const name of ['app', 'lib', 'rt']) write(`${name}/dist/index.js`, '', T.built);
  write('cli/dist/main.cjs', '', T.built);
  write('cli/dist/main.cjs.cache', '', T.built);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('build freshness', () => {
  it('follows dependencies and dev dependencies, once each', () => {
    pkg('lib', { devDependencies: ['app'] });
    expect([...builtFrom('app', dir)].sort()).toEqual(['app', 'lib', 'rt']);
  });

  it('is current when every input is older than the last output', () => {
    expect(staleBuilds(['app', 'lib', 'rt', 'cli'], dir)).toEqual([]);
  });

  it.each([
    ['a source of the package', 'app/src/x.ts', ['app']],
    ['its build script', 'app/scripts/build.mjs', ['app']],
    ['its launcher', 'cli/bin/run.cjs', ['cli']],
    ['a bundled dev dependency', 'lib/src/x.ts', ['app', 'lib', 'cli']],
    ['a runtime dependency', 'rt/src/x.ts', ['app', 'rt']],
  ])('is stale after an edit to %s', (_what, file, stale) => {
    write(file, 'changed', T.edited);
    expect(staleBuilds(['app', 'lib', 'rt', 'cli'], dir)).toEqual(stale);
  });

  it('is stale when a runtime dependency was edited and rebuilt, but its own build was not', () => {
    write('rt/src/x.ts', 'changed', T.edited);
    write('rt/dist/index.js', '', T.edited + 1);
    expect(isBuildCurrent('rt', dir)).toBe(true);
    expect(isBuildCurrent('app', dir)).toBe(false);
  });

  it('is stale when the package was rebuilt but a runtime dependency it loads was not', () => {
    write('rt/src/x.ts', 'changed', T.edited);
    write('app/dist/index.js', '', T.edited + 1);
    expect(staleBuilds(['app', 'rt'], dir)).toEqual(['app', 'rt']);
  });

  it('ignores tests and test helpers', () => {
    write('app/src/x.test.ts', 'changed', T.edited);
    write('app/src/test-support/bin.ts', 'changed', T.edited);
    expect(isBuildCurrent('app', dir)).toBe(true);
  });

  it('is stale without the output the build writes last', () => {
    fs.rmSync(path.join(dir, 'cli/dist/main.cjs.cache'));
    fs.rmSync(path.join(dir, 'lib/dist'), { recursive: true });
    expect(staleBuilds(['app', 'lib', 'rt', 'cli'], dir)).toEqual(['lib', 'cli']);
  });
});
