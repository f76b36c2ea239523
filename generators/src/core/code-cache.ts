/**
 * Loads a large CommonJS bundle with a V8 code cache beside it, so a later run deserializes the
 * compiled functions instead of parsing and compiling megabytes of JavaScript again (Node 20 has
 * no built-in module compile cache). The cache holds compiled code of the bundle only, never
 * output; V8 rejects a cache that does not match the source or the engine, and it is then rebuilt.
 * The built generator loads ts-morph (with the TypeScript compiler, 7 MB) through it.
 */
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

/** The cache file of `file` in `cacheDir`: named after the bundle's size and mtime and the V8 version, so a rebuilt bundle or another Node never reads it. */
export function codeCachePath(file: string, cacheDir: string): string {
  const st = fs.statSync(file);
  return path.join(cacheDir, `${path.basename(file)}.${st.size}-${Math.trunc(st.mtimeMs)}.v8-${process.versions.v8}.cache`);
}

/**
 * `require(file)`, through the code cache in `cacheDir`. When there was no usable cache, one is
 * written right after the file ran (its top level; functions compiled later are compiled lazily on
 * every run, which kept the whole-platform run's memory lower than a cache taken at exit).
 */
export function requireWithCodeCache(file: string, cacheDir: string): unknown {
  const cacheFile = codeCachePath(file, cacheDir);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const bytes = fs.readFileSync(file);
  // esbuild's minified output is ASCII (it escapes everything else): read as latin1 it becomes a
  // string at copy speed, where UTF-8 decoding of the 7 MB ts-morph bundle cost about 60 ms.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} as unknown };
  const factory = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: typeof module, f: string, d: string) => void;
  factory(module.exports, createRequire(file), module, file, path.dirname(file));
  if (!cachedData || script.cachedDataRejected) saveCodeCache(script, cacheFile, `${path.basename(file)}.`);
  return module.exports;
}

/** Writes the cache atomically and drops the caches of older builds; a read-only folder only costs speed. */
function saveCodeCache(script: vm.Script, cacheFile: string, prefix: string): void {
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true });
    for (const old of fs.readdirSync(dir)) if (old.startsWith(prefix) && old !== path.basename(cacheFile)) fs.rmSync(path.join(dir, old), { force: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // No cache: the next run compiles again, with the same result.
  }
}
