// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.top_notice.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.top_notice.delete_top_notice","service":"im","resource":"chat.top_notice","name":"delete_top_notice","http":"POST","path":"/open-apis/im/v1/chats/{chat_id}/top_notice/delete_top_notice","summary":"Take down a chat\'s top notice","risk":"write","identities":{"bot":{"anyOf":["im:chat","im:chat.top_notice:write_only"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat.top_notice:write_only"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the chat (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the chat (oc_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatTopNoticeDeleteTopNotice;
