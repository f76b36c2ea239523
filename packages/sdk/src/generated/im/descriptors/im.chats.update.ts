// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `PUT /open-apis/im/v1/chats/{chat_id}` */
export const imChatsUpdateDescriptor: MethodDescriptor = {
  id: 'im.chats.update',
  http: 'PUT',
  path: '/open-apis/im/v1/chats/{chat_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:chat', 'im:chat:update'] }, user: { anyOf: ['im:chat', 'im:chat:update'] } },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      avatar: { type: 'string' },
      name: { type: 'string', maxLength: 60 },
      description: { type: 'string', maxLength: 100 },
      i18n_names: {
        type: 'object',
        properties: { zh_cn: { type: 'string' }, en_us: { type: 'string' }, ja_jp: { type: 'string' } },
      },
      add_member_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      share_card_permission: { type: 'string', enum: ['allowed', 'not_allowed'] },
      at_all_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      edit_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      owner_id: { type: 'string' },
      join_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      leave_message_visibility: { type: 'string', enum: ['only_owner', 'all_members', 'not_anyone'] },
      membership_approval: { type: 'string', enum: ['no_approval_required', 'approval_required'] },
      labels: { type: 'array', items: { type: 'string' } },
      toolkit_ids: { type: 'array', items: { type: 'string' } },
      restricted_mode_setting: {
        type: 'object',
        properties: {
          status: { type: 'boolean' },
          screenshot_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          download_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
          message_has_permission_setting: { type: 'string', enum: ['all_members', 'not_anyone'] },
        },
      },
      chat_type: { type: 'string', enum: ['private', 'public'] },
      group_message_type: { type: 'string', enum: ['chat', 'thread'] },
      urgent_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      video_conference_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      pin_manage_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      hide_member_count_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
    },
  },
};
