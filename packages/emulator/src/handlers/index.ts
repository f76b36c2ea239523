import type { Handler } from '../context.js';
import { cardHandlers } from './cards.js';
import { chatHandlers } from './chats.js';
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
  ...cardHandlers,
};
