import fs from 'node:fs';
import type { Field, Method, SpecModel } from '@larkgen/spec';

let cached: SpecModel | undefined;

/** The spec model the generator wrote next to this module (src/generated or dist/generated). */
export function loadModel(): SpecModel {
  if (cached) return cached;
  const url = new URL('./generated/spec-model.json', import.meta.url);
  const doc = JSON.parse(fs.readFileSync(url, 'utf8')) as { model: SpecModel };
  cached = doc.model;
  return cached;
}

/** Follows a `ref` to its shared schema, keeping the referring field's own `required`. */
export function resolveField(model: SpecModel, f: Field): Field {
  if (!f.ref) return f;
  const target = model.schemas[f.ref];
  if (!target) return f;
  return { ...target, required: f.required };
}

/** The code a method uses for a malformed parameter, as its spec documents it. */
export function invalidParamCode(method: Method): number {
  for (const code of [230001, 232001, 234001]) {
    if (method.errors.some((e) => e.code === code)) return code;
  }
  return 99992402;
}
