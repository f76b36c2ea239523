/**
 * Removes token- and secret-shaped strings from text a server sent us before we repeat it (an
 * error page that echoes `authorization: Bearer t-…`, a proxy that prints the request). Used by
 * the SDK for every error it builds from server text and by the CLI for every envelope it prints.
 */

const RULES: readonly [RegExp, string][] = [
  // Authorization schemes with their credentials.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 ***'],
  // Named secrets: `app_secret=…`, `"access_token": "…"`, `cookie: …`.
  [/\b((?:app_|client_)?secret|(?:tenant_|user_|app_)?access_token|refresh_token|encrypt_key|verification_token|password|authorization|cookie|set-cookie)(\\?["']?\s*[:=]\s*\\?["']?)(?!(?:Bearer|Basic)\s)([^\s"'\\&,;<>]+)/gi, '$1$2***'],
  // Lark token shapes: t-…, u-…, ur-… followed by a long opaque value.
  [/\b(t|u|ur)-[A-Za-z0-9_]{16,}/g, '$1-***'],
];

export function redactSecrets(text: string): string {
  let out = text;
  for (const [re, to] of RULES) out = out.replace(re, to);
  return out;
}

/** `redactSecrets` applied to every string inside a JSON-like value (a new value; the input is untouched). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  return value;
}
