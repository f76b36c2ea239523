/**
 * ts-morph, the code printer, loaded once and only when a generator prints code: it brings the
 * TypeScript compiler with it (9 MB of JavaScript), which costs more than all the printing.
 *
 * The built generator loads it from dist/ts-morph.cjs (ts-morph with its compiler in one minified
 * file, made by tsup.config.ts) through a V8 code cache; from source (tsx, vitest) it is the
 * ts-morph package itself. Same code either way, so the printed text is the same.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TsMorph from 'ts-morph';
import { requireWithCodeCache } from './code-cache.js';

/** Set by tsup.config.ts in the built generator: the bundled ts-morph, a file beside the built module. */
declare const __LARKGEN_TS_MORPH_BUNDLE__: string | undefined;

export type Tsm = typeof TsMorph;

let loaded: Tsm | undefined;

export function loadTsMorph(): Tsm {
  if (loaded) return loaded;
  if (typeof __LARKGEN_TS_MORPH_BUNDLE__ === 'string') {
    const dist = path.dirname(fileURLToPath(import.meta.url));
    loaded = requireWithCodeCache(path.join(dist, __LARKGEN_TS_MORPH_BUNDLE__), path.join(dist, '.code-cache')) as Tsm;
  } else {
    loaded = createRequire(import.meta.url)('ts-morph') as Tsm;
  }
  return loaded;
}
