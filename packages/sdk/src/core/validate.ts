/**
 * Checks a request against its descriptor with the spec package's one value checker. What it
 * finds is worded for SDK users by validate-words.ts (`data.receive_id is required`).
 */
import { checkFields, type CheckOptions, type Violation } from '@larkgen/spec/fields';
import { LarkValidationError } from './errors.js';
import type { FieldMapSpec, Identity, LarkRequest, MethodDescriptor } from './types.js';
import { wordProblems } from './validate-words.js';

/** Absent means undefined; a repeated query key may be given one value; files are checked once read (see encodeMultipart). */
const OPTIONS: CheckOptions = {
  scalarAsList: true,
  fileSize: (v) => ((v as { blob?: unknown } | null)?.blob instanceof Blob ? (v as { blob: Blob }).blob.size : undefined),
};
/** Per descriptor's path parameters, the same map with every member required (made once). */
const requiredPaths = new WeakMap<FieldMapSpec, FieldMapSpec>();
const allRequired = (m: FieldMapSpec): FieldMapSpec => {
  let r = requiredPaths.get(m);
  if (!r) requiredPaths.set(m, (r = Object.fromEntries(Object.entries(m).map(([k, f]) => [k, { ...f, required: true }]))));
  return r;
};

/**
 * One problem of a request: where (`path`, `params`, `data`) and the checker's violation; without
 * a violation, `as` (the method cannot be called as that identity) or `data` (a body where none is taken).
 */
export type RequestProblem = readonly [at: 'path' | 'params' | 'data' | 'as', violation?: Violation];

/** The problems of a request, or undefined when it fits its descriptor. */
export function requestProblems(d: MethodDescriptor, req: LarkRequest, as: Identity): RequestProblem[] | undefined {
  const found: RequestProblem[] = [];
  if (!d.identities[as]) found.push(['as']);
  const part = (at: 'path' | 'params' | 'data', fields: FieldMapSpec, value: unknown) => {
    for (const v of checkFields(fields, value, OPTIONS)) found.push([at, v]);
  };
  part('path', allRequired(d.pathParams), req.path ?? {});
  part('params', d.query, req.params ?? {});
  if (d.body) {
    if (req.data !== undefined || d.body.required) part('data', d.body.fields, req.data ?? {});
  } else if (req.data !== undefined && Object.keys(req.data).length > 0) found.push(['data']);
  return found.length > 0 ? found : undefined;
}

/** Checks a request against its descriptor; throws a LarkValidationError listing every problem. */
export function validateRequest(d: MethodDescriptor, req: LarkRequest, as: Identity): void {
  const found = requestProblems(d, req, as);
  if (found) throw new LarkValidationError(d.id, wordProblems(d, as, found));
}
