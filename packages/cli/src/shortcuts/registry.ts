/**
 * Where shortcut behaviours plug in. The flags, rules, identities and help of every shortcut
 * come from its spec (src/generated/shortcuts/*); what it does is a hand-written module that
 * exports `behaviour: ShortcutBehaviour` and is listed here, keyed `<service>.+<name>`:
 *
 *   'im.+messages-send': () => import('./im/messages-send.js'),
 *
 * A shortcut without an entry fails with "not implemented yet" (exit 5) after its flags have
 * been checked; it never pretends to succeed.
 */
import type { ShortcutBehaviour } from './types.js';

export const behaviours: Readonly<Record<string, () => Promise<{ behaviour: ShortcutBehaviour }>>> = {};
