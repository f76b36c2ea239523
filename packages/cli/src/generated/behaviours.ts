// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/im/shortcuts/chat-create.yaml, specs/im/shortcuts/chat-disband.yaml, specs/im/shortcuts/chat-list.yaml, specs/im/shortcuts/chat-members-list.yaml, specs/im/shortcuts/chat-messages-list.yaml, specs/im/shortcuts/chat-search.yaml, specs/im/shortcuts/chat-update.yaml, specs/im/shortcuts/feed-group-list-item.yaml, specs/im/shortcuts/feed-group-list.yaml, specs/im/shortcuts/feed-group-query-item.yaml, specs/im/shortcuts/feed-shortcut-create.yaml, specs/im/shortcuts/feed-shortcut-list.yaml, specs/im/shortcuts/feed-shortcut-remove.yaml, specs/im/shortcuts/flag-cancel.yaml, specs/im/shortcuts/flag-create.yaml, specs/im/shortcuts/flag-list.yaml, specs/im/shortcuts/message-read-users.yaml, specs/im/shortcuts/messages-card-update.yaml, specs/im/shortcuts/messages-mget.yaml, specs/im/shortcuts/messages-read-status.yaml, specs/im/shortcuts/messages-reply.yaml, specs/im/shortcuts/messages-resources-download.yaml, specs/im/shortcuts/messages-search.yaml, specs/im/shortcuts/messages-send.yaml, specs/im/shortcuts/messages-update.yaml, specs/im/shortcuts/threads-messages-list.yaml

import type { ShortcutBehaviour } from '../shortcuts/types.js';

/** One lazy loader per shortcut, keyed `<service>.+<name>`: what the shortcut does. */
export const behaviours: Readonly<Record<string, () => Promise<{ behaviour: ShortcutBehaviour }>>> = {
  "im.+chat-create": () => import('../shortcuts/im/chat-create.js'),
  "im.+chat-disband": () => import('../shortcuts/im/chat-disband.js'),
  "im.+chat-list": () => import('../shortcuts/im/chat-list.js'),
  "im.+chat-members-list": () => import('../shortcuts/im/chat-members-list.js'),
  "im.+chat-messages-list": () => import('../shortcuts/im/chat-messages-list.js'),
  "im.+chat-search": () => import('../shortcuts/im/chat-search.js'),
  "im.+chat-update": () => import('../shortcuts/im/chat-update.js'),
  "im.+feed-group-list": () => import('../shortcuts/im/feed-group-list.js'),
  "im.+feed-group-list-item": () => import('../shortcuts/im/feed-group-list-item.js'),
  "im.+feed-group-query-item": () => import('../shortcuts/im/feed-group-query-item.js'),
  "im.+feed-shortcut-create": () => import('../shortcuts/im/feed-shortcut-create.js'),
  "im.+feed-shortcut-list": () => import('../shortcuts/im/feed-shortcut-list.js'),
  "im.+feed-shortcut-remove": () => import('../shortcuts/im/feed-shortcut-remove.js'),
  "im.+flag-cancel": () => import('../shortcuts/im/flag-cancel.js'),
  "im.+flag-create": () => import('../shortcuts/im/flag-create.js'),
  "im.+flag-list": () => import('../shortcuts/im/flag-list.js'),
  "im.+message-read-users": () => import('../shortcuts/im/message-read-users.js'),
  "im.+messages-card-update": () => import('../shortcuts/im/messages-card-update.js'),
  "im.+messages-mget": () => import('../shortcuts/im/messages-mget.js'),
  "im.+messages-read-status": () => import('../shortcuts/im/messages-read-status.js'),
  "im.+messages-reply": () => import('../shortcuts/im/messages-reply.js'),
  "im.+messages-resources-download": () => import('../shortcuts/im/messages-resources-download.js'),
  "im.+messages-search": () => import('../shortcuts/im/messages-search.js'),
  "im.+messages-send": () => import('../shortcuts/im/messages-send.js'),
  "im.+messages-update": () => import('../shortcuts/im/messages-update.js'),
  "im.+threads-messages-list": () => import('../shortcuts/im/threads-messages-list.js'),
};
