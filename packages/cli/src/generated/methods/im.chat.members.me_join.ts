// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.members.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.members.me_join","service":"im","resource":"chat.members","name":"me_join","http":"PATCH","path":"/open-apis/im/v1/chats/{chat_id}/members/me_join","summary":"Join a public chat as the caller","risk":"write","identities":{"bot":{"anyOf":["im:chat","im:chat.members:write_only"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat.members:write_only"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the public chat to join (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the public chat to join (oc_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatMembersMeJoin;
