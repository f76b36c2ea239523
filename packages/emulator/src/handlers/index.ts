import type { Handler } from '../context.js';
import { chatMembersListHandlers } from './chat-members-list.js';
import { chatUserSettingHandlers } from './chat-user-setting.js';
import { chatHandlers } from './chats.js';
import { feedGroupHandlers } from './feed-groups.js';
import { feedShortcutHandlers } from './feed-shortcuts.js';
import { flagHandlers } from './flags.js';
import { messageReadStatusHandlers } from './message-read-status.js';
import { messageHandlers } from './messages.js';
import { miscHandlers } from './misc.js';
import { reactionHandlers } from './reactions.js';
import { resourceHandlers } from './resources.js';
import { v2Handlers } from './v2.js';

/** Every implemented method, by method id. */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  ...messageHandlers,
  ...chatHandlers,
  ...reactionHandlers,
  ...resourceHandlers,
  ...v2Handlers,
  ...miscHandlers,
  ...flagHandlers,
  ...feedShortcutHandlers,
  ...feedGroupHandlers,
  ...chatMembersListHandlers,
  ...chatUserSettingHandlers,
  ...messageReadStatusHandlers,
};
