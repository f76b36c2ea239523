// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/service.yaml, specs/im/service.yaml, specs/interactive/service.yaml

import { LarkCore } from '../core/client.js';
import type { LarkClientOptions } from '../core/client.js';
import { bindService } from '../core/method.js';
import type { BoundService } from '../core/method.js';
import { contactService } from './contact/index.js';
import { imService } from './im/index.js';
import { interactiveService } from './interactive/index.js';

/**
 * The Lark / Feishu client: one namespace per service, one object per resource, one function per
 * method, named after the spec ids in camelCase (`client.im.chatMembers.get`).
 *
 * ```ts
 * const client = new LarkClient({ appId, appSecret, brand: 'feishu' });
 * const msg = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_…', msg_type: 'text', content: JSON.stringify({ text: 'hi' }) } });
 * ```
 */
export class LarkClient extends LarkCore {
  /**
   * Contacts: The small part of the contact directory that the IM tools need: looking up users' names
   * from their ids, so that message senders and mentions can be shown as people rather than ids.
   */
  readonly contact: BoundService<typeof contactService>;
  /**
   * Instant messaging: Messages, group chats and everything attached to them on the Lark / Feishu Open
   * Platform: sending and reading messages, threads, reactions, pins, uploaded images and files, chat
   * membership and settings, and the v2 feed cards, tags and link previews.
   */
  readonly im: BoundService<typeof imService>;
  /**
   * Message cards: Card interactions that are not tied to a message id: when someone presses a button or
   * submits a form in a card, the app receives a card.action.trigger callback carrying a short-lived
   * token, and can replace the card later with that token instead of answering within the callback's
   * three seconds.
   */
  readonly interactive: BoundService<typeof interactiveService>;

  constructor(options: LarkClientOptions) {
    // The hints are loaded on the first error only: they are most of the data and rarely needed.
    super({ errorHints: { load: () => import('./error-hints.js').then((m) => m.errorHints) }, ...options });
    this.contact = bindService(this, contactService);
    this.im = bindService(this, imService);
    this.interactive = bindService(this, interactiveService);
  }
}
