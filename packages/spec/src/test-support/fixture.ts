import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const VALID_FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '__fixtures__', 'valid', 'specs');
export const SCHEMA_DIR = path.resolve(VALID_FIXTURE, '..', '..', '..', '..', '..', '..', 'specs', 'schema');

/** Copies a spec tree (with the real spec-language schemas) into a fresh temp repo; returns its specs dir. */
export function copySpecs(from = VALID_FIXTURE): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-specs-'));
  const specs = path.join(repo, 'specs');
  fs.cpSync(from, specs, { recursive: true, dereference: true, filter: (src) => path.basename(src) !== 'schema' || src === from });
  fs.cpSync(SCHEMA_DIR, path.join(specs, 'schema'), { recursive: true, dereference: true });
  return specs;
}

/** Replaces exactly one occurrence of `find` in a spec file (fails loudly if it is not there once). */
export function edit(specs: string, file: string, find: string | RegExp, replace: string): void {
  const p = path.join(specs, file);
  const text = fs.readFileSync(p, 'utf8');
  const count = typeof find === 'string' ? text.split(find).length - 1 : (text.match(new RegExp(find, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`expected one match of ${String(find)} in ${file}, found ${count}`);
  fs.writeFileSync(p, text.replace(find, replace));
}
