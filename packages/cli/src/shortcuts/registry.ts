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

export const behaviours: Readonly<Record<string, () => Promise<{ behaviour: ShortcutBehaviour }>>> = {
  'im.+messages-send': () => import('./im/messages-send.js'),
  'im.+messages-reply': () => import('./im/messages-reply.js'),
  'im.+messages-card-update': () => import('./im/messages-card-update.js'),
  'im.+chat-create': () => import('./im/chat-create.js'),
  'im.+chat-update': () => import('./im/chat-update.js'),
  'im.+chat-search': () => import('./im/chat-search.js'),
  'im.+chat-messages-list': () => import('./im/chat-messages-list.js'),
  'im.+messages-mget': () => import('./im/messages-mget.js'),
  'im.+threads-messages-list': () => import('./im/threads-messages-list.js'),
  'im.+messages-search': () => import('./im/messages-search.js'),
  'im.+messages-resources-download': () => import('./im/messages-resources-download.js'),
  'im.+chat-list': () => import('./im/chat-list.js'),
  'im.+chat-members-list': () => import('./im/chat-members-list.js'),
  'im.+flag-create': () => import('./im/flag-create.js'),
  'im.+flag-cancel': () => import('./im/flag-cancel.js'),
  'im.+flag-list': () => import('./im/flag-list.js'),
  'im.+feed-shortcut-create': () => import('./im/feed-shortcut-create.js'),
  'im.+feed-shortcut-remove': () => import('./im/feed-shortcut-remove.js'),
  'im.+feed-shortcut-list': () => import('./im/feed-shortcut-list.js'),
  'im.+feed-group-list': () => import('./im/feed-group-list.js'),
  'im.+feed-group-list-item': () => import('./im/feed-group-list-item.js'),
  'im.+feed-group-query-item': () => import('./im/feed-group-query-item.js'),
  'im.+messages-read-status': () => import('./im/messages-read-status.js'),
  'im.+message-read-users': () => import('./im/message-read-users.js'),
  'im.+messages-update': () => import('./im/messages-update.js'),
  'im.+chat-disband': () => import('./im/chat-disband.js'),
};
