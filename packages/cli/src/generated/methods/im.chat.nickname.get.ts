// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.nickname.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.nickname.get","service":"im","resource":"chat.nickname","name":"get","http":"GET","path":"/open-apis/im/v1/chats/{chat_id}/nickname","summary":"Read the signed-in user\'s nickname in a chat","risk":"read","identities":{"user":{"anyOf":["im:chat.user_setting:read","im:chat.user_setting:write"],"allOf":[]}},"identityList":["user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the group chat (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the group chat (oc_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatNicknameGet;
