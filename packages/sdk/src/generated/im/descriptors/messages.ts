// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v1/messages` */
export const imMessagesCreateDescriptor: MethodDescriptor = {
  id: 'im.messages.create',
  http: 'POST',
  path: '/open-apis/im/v1/messages',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: {},
  query: {
    receive_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      msg_type: {
        type: 'string',
        required: true,
        enum: [
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
          'system',
        ],
      },
      content: { type: 'string', required: true, format: 'json' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};

/** `DELETE /open-apis/im/v1/messages/{message_id}` */
export const imMessagesDeleteDescriptor: MethodDescriptor = {
  id: 'im.messages.delete',
  http: 'DELETE',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'high-risk-write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
    user: { anyOf: ['im:message', 'im:message:recall', 'im:message:send_as_bot'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
};

/** `POST /open-apis/im/v1/messages/{message_id}/forward` */
export const imMessagesForwardDescriptor: MethodDescriptor = {
  id: 'im.messages.forward',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] }, user: { anyOf: ['im:message'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: { encoding: 'json', required: true, fields: { receive_id: { type: 'string', required: true } } },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `GET /open-apis/im/v1/messages/{message_id}` */
export const imMessagesGetDescriptor: MethodDescriptor = {
  id: 'im.messages.get',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
  },
};

/** `GET /open-apis/im/v1/messages` */
export const imMessagesListDescriptor: MethodDescriptor = {
  id: 'im.messages.list',
  http: 'GET',
  path: '/open-apis/im/v1/messages',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    container_id_type: { type: 'string', required: true, enum: ['chat', 'thread'] },
    container_id: { type: 'string', required: true },
    start_time: { type: 'string', format: 'unix-seconds' },
    end_time: { type: 'string', format: 'unix-seconds' },
    sort_type: { type: 'string', enum: ['ByCreateTimeAsc', 'ByCreateTimeDesc'] },
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    only_thread_root_messages: { type: 'boolean' },
    with_sender_name: { type: 'boolean' },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `POST /open-apis/im/v1/messages/merge_forward` */
export const imMessagesMergeForwardDescriptor: MethodDescriptor = {
  id: 'im.messages.merge_forward',
  http: 'POST',
  path: '/open-apis/im/v1/messages/merge_forward',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: {},
  query: {
    receive_id_type: {
      type: 'string',
      required: true,
      enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id', 'thread_id'],
    },
    uuid: { type: 'string', maxLength: 50 },
  },
  body: {
    encoding: 'json',
    required: true,
    fields: {
      receive_id: { type: 'string', required: true },
      message_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
    },
  },
  idempotency: { in: 'query', field: 'uuid', auto: true },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}` */
export const imMessagesPatchDescriptor: MethodDescriptor = {
  id: 'im.messages.patch',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
    user: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { content: { type: 'string', required: true, format: 'json' } },
  },
};

/** `POST /open-apis/im/v1/messages/{message_id}/push_follow_up` */
export const imMessagesPushFollowUpDescriptor: MethodDescriptor = {
  id: 'im.messages.push_follow_up',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/push_follow_up',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      follow_ups: {
        type: 'array',
        required: true,
        minItems: 1,
        items: {
          type: 'object',
          properties: {
            content: { type: 'string', required: true },
            i18n_contents: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  content: { type: 'string', required: true },
                  language: {
                    type: 'string',
                    required: true,
                    enum: [
                      'en_us',
                      'zh_cn',
                      'zh_hk',
                      'zh_tw',
                      'ja_jp',
                      'id_id',
                      'vi_vn',
                      'th_th',
                      'pt_br',
                      'es_es',
                      'ko_kr',
                      'de_de',
                      'fr_fr',
                      'it_it',
                      'ru_ru',
                      'ms_my',
                    ],
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

/** `GET /open-apis/im/v1/messages/{message_id}/read_users` */
export const imMessagesReadUsersDescriptor: MethodDescriptor = {
  id: 'im.messages.read_users',
  http: 'GET',
  path: '/open-apis/im/v1/messages/{message_id}/read_users',
  risk: 'read',
  identities: {
    bot: { anyOf: ['im:message', 'im:message:readonly'] },
    user: { anyOf: ['im:message', 'im:message:readonly'] },
  },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {
    user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] },
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

/** `POST /open-apis/im/v1/messages/read_status` */
export const imMessagesReadStatusDescriptor: MethodDescriptor = {
  id: 'im.messages.read_status',
  http: 'POST',
  path: '/open-apis/im/v1/messages/read_status',
  risk: 'read',
  identities: { user: { anyOf: ['im:message:readonly', 'im:message', 'im:message:get_as_user'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: { message_ids: { type: 'array', required: true, minItems: 1, maxItems: 50, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/messages/{message_id}/reply` */
export const imMessagesReplyDescriptor: MethodDescriptor = {
  id: 'im.messages.reply',
  http: 'POST',
  path: '/open-apis/im/v1/messages/{message_id}/reply',
  risk: 'write',
  identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      content: { type: 'string', required: true, format: 'json' },
      msg_type: {
        type: 'string',
        required: true,
        enum: [
          'text',
          'post',
          'image',
          'file',
          'audio',
          'media',
          'sticker',
          'interactive',
          'share_chat',
          'share_user',
        ],
      },
      reply_in_thread: { type: 'boolean' },
      uuid: { type: 'string', maxLength: 50 },
    },
  },
  idempotency: { in: 'body', field: 'uuid', auto: true },
};

/** `PUT /open-apis/im/v1/messages/{message_id}` */
export const imMessagesUpdateDescriptor: MethodDescriptor = {
  id: 'im.messages.update',
  http: 'PUT',
  path: '/open-apis/im/v1/messages/{message_id}',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message', 'im:message:send_as_bot', 'im:message:update'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      msg_type: { type: 'string', required: true, enum: ['text', 'post'] },
      content: { type: 'string', required: true, format: 'json' },
    },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_app` */
export const imMessagesUrgentAppDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_app',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_app',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_phone` */
export const imMessagesUrgentPhoneDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_phone',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_phone',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent:phone'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `PATCH /open-apis/im/v1/messages/{message_id}/urgent_sms` */
export const imMessagesUrgentSmsDescriptor: MethodDescriptor = {
  id: 'im.messages.urgent_sms',
  http: 'PATCH',
  path: '/open-apis/im/v1/messages/{message_id}/urgent_sms',
  risk: 'write',
  identities: { bot: { anyOf: ['im:message.urgent:sms'] } },
  pathParams: { message_id: { type: 'string', required: true } },
  query: { user_id_type: { type: 'string', required: true, enum: ['user_id', 'union_id', 'open_id'] } },
  body: {
    encoding: 'json',
    required: true,
    fields: { user_id_list: { type: 'array', required: true, minItems: 1, items: { type: 'string' } } },
  },
};

/** `POST /open-apis/im/v1/messages/search` */
export const imMessagesSearchDescriptor: MethodDescriptor = {
  id: 'im.messages.search',
  http: 'POST',
  path: '/open-apis/im/v1/messages/search',
  risk: 'read',
  identities: { user: { anyOf: ['search:message'] } },
  pathParams: {},
  query: {
    page_size: { type: 'integer', minimum: 1, maximum: 50 },
    page_token: { type: 'string' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
  body: {
    encoding: 'json',
    required: false,
    fields: {
      query: { type: 'string' },
      filter: {
        type: 'object',
        properties: {
          from_ids: { type: 'array', items: { type: 'string' } },
          chat_ids: { type: 'array', items: { type: 'string' } },
          time_range: {
            type: 'object',
            properties: {
              start_time: { type: 'string', format: 'date-time' },
              end_time: { type: 'string', format: 'date-time' },
            },
          },
          include_attachment_types: { type: 'array', items: { type: 'string', enum: ['image', 'video', 'file', 'link'] } },
          from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
          at_chatter_ids: { type: 'array', items: { type: 'string' } },
          chat_type: { type: 'string', enum: ['group', 'p2p'] },
          is_at_me: { type: 'boolean' },
          exclude_from_types: { type: 'array', items: { type: 'string', enum: ['user', 'bot'] } },
        },
      },
    },
  },
  pagination: {
    pageToken: 'page_token',
    pageSize: 'page_size',
    items: 'items',
    hasMore: 'has_more',
    nextToken: 'page_token',
  },
};

/** `GET /open-apis/im/v1/messages/mget` */
export const imMessagesMgetDescriptor: MethodDescriptor = {
  id: 'im.messages.mget',
  http: 'GET',
  path: '/open-apis/im/v1/messages/mget',
  risk: 'read',
  identities: {
    bot: { allOf: ['im:message.group_msg', 'im:message.p2p_msg:readonly'] },
    user: { allOf: ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user'] },
  },
  pathParams: {},
  query: {
    message_ids: { type: 'string', required: true, repeated: true, minItems: 1, maxItems: 50 },
    card_msg_content_type: { type: 'string', enum: ['raw_card_content', 'user_card_content'] },
    with_sender_name: { type: 'boolean' },
    user_id_type: { type: 'string', enum: ['user_id', 'union_id', 'open_id'] },
  },
};
