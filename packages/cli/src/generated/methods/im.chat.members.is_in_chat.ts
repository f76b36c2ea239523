// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.members.is_in_chat","service":"im","resource":"chat.members","name":"is_in_chat","http":"GET","path":"/open-apis/im/v1/chats/{chat_id}/members/is_in_chat","summary":"Check whether the caller is a member of a chat","risk":"read","identities":{"bot":{"anyOf":["im:chat","im:chat.members:read","im:chat:readonly","im:chat.group_info:readonly"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat.members:read","im:chat:readonly","im:chat.group_info:readonly"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the chat (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the chat (oc_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatMembersIsInChat;
