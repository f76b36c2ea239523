// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersCreateDescriptor: MethodDescriptor = {
  id: 'im.chat.members.create',
  http: 'POST',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] },
    succeed_type: { type: 'integer', enum: [0, 1, 2] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: { id_list: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `DELETE /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersDeleteDescriptor: MethodDescriptor = {
  id: 'im.chat.members.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id', 'app_id'] } },
  body: {
    encoding: 'json',
    required: false,
    fields: { id_list: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members` */
export const imChatMembersGetDescriptor: MethodDescriptor = {
  id: 'im.chat.members.get',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
    check_security_conf: { type: 'boolean' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members/is_in_chat` */
export const imChatMembersIsInChatDescriptor: MethodDescriptor = {
  id: 'im.chat.members.is_in_chat',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/is_in_chat',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly', 'im:chat.group_info:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `PATCH /open-apis/im/v1/chats/{chat_id}/members/me_join` */
export const imChatMembersMeJoinDescriptor: MethodDescriptor = {
  id: 'im.chat.members.me_join',
  http: 'PATCH',
  path: '/open-apis/im/v1/chats/{chat_id}/members/me_join',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
    user: { anyOf: ['im:chat', 'im:chat.members:write_only'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {},
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members/list` */
export const imChatMembersListDescriptor: MethodDescriptor = {
  id: 'im.chat.members.list',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/list',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: {
    member_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    member_types: { type: 'string', repeated: true, enum: ['user', 'bot'] },
    page_size: { type: 'integer', minimum: 1, maximum: 100 },
    page_token: { type: 'string' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/chats/{chat_id}/members/bots` */
export const imChatMembersBotsDescriptor: MethodDescriptor = {
  id: 'im.chat.members.bots',
  http: 'GET',
  path: '/open-apis/im/v1/chats/{chat_id}/members/bots',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
    user: { anyOf: ['im:chat', 'im:chat.members:read', 'im:chat:readonly'] },
  },
  pathParams: { chat_id: { type: 'string', required: true, pattern: '^oc_[0-9A-Za-z_]+$' } },
  query: { page_size: { type: 'integer', minimum: 1, maximum: 100 }, page_token: { type: 'string' } },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};
