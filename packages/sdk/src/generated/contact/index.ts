// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/resources/users.yaml, specs/contact/service.yaml

export * from './users.js';
export * from './schemas.js';
import { contactUsers } from './users.js';

/**
 * Contacts: The small part of the contact directory that the IM tools need: looking up users' names
 * from their ids, so that message senders and mentions can be shown as people rather than ids.
 */
export const contactService = {
  /**
   * Users of the tenant's contact directory. The IM tools only read them, to turn the open_ids found in
   * messages, mentions and member lists into people's names.
   */
  users: contactUsers,
};
