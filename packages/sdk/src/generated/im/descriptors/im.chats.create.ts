// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats` */
export const imChatsCreateDescriptor: MethodDescriptor = {
  id: 'im.chats.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats',
  risk: 'write',
  identities: { bot: { allOf: ['im:chat:create'] }, user: { allOf: ['im:chat:create_by_user'] } },
  pathParams: {},
  query: {
    user_id_type: { type: 'string', enum: ['open_id', 'union_id', 'user_id'] },
    set_bot_manager: { type: 'boolean' },
    uuid: { type: 'string', maxLength: 50 },
  },
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
      owner_id: { type: 'string' },
      user_id_list: { type: 'array', maxItems: 50, items: { type: 'string' } },
      bot_id_list: { type: 'array', maxItems: 5, items: { type: 'string' } },
      group_message_type: { type: 'string', enum: ['chat', 'thread'] },
      chat_mode: { type: 'string', enum: ['group', 'topic'] },
      chat_type: { type: 'string', enum: ['private', 'public'] },
      external: { type: 'boolean' },
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
      urgent_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      video_conference_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      edit_permission: { type: 'string', enum: ['only_owner', 'all_members'] },
      chat_tags: { type: 'array', items: { type: 'string' } },
      pin_manage_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
      hide_member_count_setting: { type: 'string', enum: ['only_owner', 'all_members'] },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};
