// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chats.delete","service":"im","resource":"chats","name":"delete","http":"DELETE","path":"/open-apis/im/v1/chats/{chat_id}","summary":"Dissolve a group chat","risk":"high-risk-write","identities":{"bot":{"anyOf":["im:chat","im:chat:delete"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat:delete"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the chat to dissolve (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the chat to dissolve (oc_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatsDelete;
