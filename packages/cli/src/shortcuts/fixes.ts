import type { Identity, ShortcutCommand } from '../meta.js';

/** The documented next step per error code for this identity (an identity's own entry wins). */
export function fixesFor(s: Pick<ShortcutCommand, 'errors'>, identity: Identity): Record<number, string> {
  const out: Record<number, string> = {};
  for (const e of s.errors) {
    if (e.as !== undefined && e.as !== identity) continue;
    if (!(e.code in out) || e.as === identity) out[e.code] = e.fix;
  }
  return out;
}
