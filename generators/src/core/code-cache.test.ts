import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeCachePath, requireWithCodeCache } from './code-cache.js';

/**
 * The loader as plain JavaScript, for the child processes that prove a cache written by one Node
 * is read by the next (transpiled once here, so a child starts as fast as the built generator).
 */
let loader: string;
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-code-cache-loader-'));
  const file = path.join(dir, 'code-cache.mjs');
  const source = fs.readFileSync(path.resolve(import.meta.dirname, 'code-cache.ts'), 'utf8');
  fs.writeFileSync(file, transformSync(source, { loader: 'ts', format: 'esm', target: 'node20' }).code);
  loader = pathToFileURL(file).href;
});

/** Loads `bundle` through the code cache in a fresh Node; returns what it printed. */
function loadInChild(bundle: string, cacheDir: string): { status: number | null; stdout: string; stderr: string } {
  const script = `import { requireWithCodeCache } from ${JSON.stringify(loader)};
const m = requireWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDir)});
console.log(JSON.stringify({ answer: m.answer(), file: m.file, dir: m.dir, sep: m.sep }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Loads `bundle` through the code cache in this process (where a second Node is not the point). */
function loadHere(bundle: string, cacheDir: string): unknown {
  return (requireWithCodeCache(bundle, cacheDir) as { answer: () => unknown }).answer();
}

describe('requireWithCodeCache (the built generator and ts-morph load through it)', () => {
  let dir: string;
  let bundle: string;
  let cacheDir: string;
  const source = (n: number) =>
    `const path = require('node:path');\nexports.answer = () => ${n};\nexports.file = __filename;\nexports.dir = __dirname;\nmodule.exports.sep = path.sep;\n`;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-code-cache-'));
    bundle = path.join(dir, 'bundle.cjs');
    cacheDir = path.join(dir, '.code-cache');
    fs.writeFileSync(bundle, source(42));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the file as CommonJS, writes a cache on the first run and reads it on the next, with the same result', () => {
    const expected = JSON.stringify({ answer: 42, file: bundle, dir, sep: path.sep }) + '\n';
    const first = loadInChild(bundle, cacheDir);
    expect(first).toEqual({ status: 0, stdout: expected, stderr: '' });
    const cache = codeCachePath(bundle, cacheDir);
    expect(fs.readdirSync(cacheDir)).toEqual([path.basename(cache)]);
    const written = fs.statSync(cache).mtimeMs;
    expect(loadInChild(bundle, cacheDir)).toEqual({ status: 0, stdout: expected, stderr: '' });
    // An accepted cache is not written again.
    expect(fs.statSync(cache).mtimeMs).toBe(written);
  });

  it('never runs a rebuilt file from the cache of the old one, and drops the old cache', () => {
    expect(loadHere(bundle, cacheDir)).toBe(42);
    const old = codeCachePath(bundle, cacheDir);
    expect(fs.existsSync(old)).toBe(true);
    fs.writeFileSync(bundle, source(7) + '// rebuilt\n');
    expect(loadHere(bundle, cacheDir)).toBe(7);
    expect(fs.readdirSync(cacheDir)).toEqual([path.basename(codeCachePath(bundle, cacheDir))]);
    expect(fs.existsSync(old)).toBe(false);
  });

  it('reads a bundle with non-ASCII text as UTF-8, and an ASCII one (read as latin1) to the same strings', () => {
    fs.writeFileSync(bundle, `exports.answer = () => 'caf\u00e9 \u00b7 \u6d88\u606f';\n`);
    expect(loadHere(bundle, cacheDir)).toBe('café · 消息');
    const utf8 = path.join(dir, 'utf8.cjs');
    fs.writeFileSync(utf8, "exports.answer = () => 'café · 消息';\n");
    expect(loadHere(utf8, cacheDir)).toBe('café · 消息');
  });

  it('rebuilds a cache V8 rejects (corrupt or from another engine)', () => {
    fs.mkdirSync(cacheDir, { recursive: true });
    const cache = codeCachePath(bundle, cacheDir);
    fs.writeFileSync(cache, 'not a V8 code cache');
    expect(loadHere(bundle, cacheDir)).toBe(42);
    expect(fs.readFileSync(cache).toString()).not.toBe('not a V8 code cache');
  });

  it('still loads when the cache folder cannot be written (only speed is lost)', () => {
    fs.writeFileSync(cacheDir, 'a file where the folder should be');
    expect(loadHere(bundle, cacheDir)).toBe(42);
  });
});
