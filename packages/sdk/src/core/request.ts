import { LarkValidationError } from './errors.js';

/** Characters a path value may never hold, even escaped: traversal, query, fragment, escapes, separators, controls. */
const UNSAFE_PATH_VALUE = /\.\.|[?#%/\\\u0000-\u001f\u007f]/;

/** Fills `{name}` placeholders with checked, percent-encoded values. */
export function fillPath(template: string, values: Record<string, unknown> | undefined, methodId?: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values?.[name];
    const s = typeof v === 'number' ? String(v) : v;
    const bad = (message: string) => new LarkValidationError(methodId, [{ field: `path.${name}`, message }]);
    if (s === undefined || s === null || s === '') throw bad('is required');
    if (typeof s !== 'string') throw bad('must be a string');
    if (s === '.' || UNSAFE_PATH_VALUE.test(s)) throw bad('must not contain "..", "/", "\\", "?", "#", "%" or control characters');
    return encodeURIComponent(s);
  });
}

/** `?a=1&b=x&b=y`: arrays as repeated keys, UTF-8 percent-encoding with %20 for spaces; undefined and null left out. */
export function encodeQuery(params: Record<string, unknown> | undefined): string {
  if (!params) return '';
  let out = '';
  for (const [k, v] of Object.entries(params)) {
    for (const x of Array.isArray(v) ? v : [v]) {
      if (x === undefined || x === null) continue;
      out += `${out ? '&' : '?'}${encodeURIComponent(k)}=${encodeURIComponent(typeof x === 'object' ? JSON.stringify(x) : String(x))}`;
    }
  }
  return out;
}
