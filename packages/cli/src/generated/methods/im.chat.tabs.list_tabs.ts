// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.tabs.list_tabs","service":"im","resource":"chat.tabs","name":"list_tabs","http":"GET","path":"/open-apis/im/v1/chats/{chat_id}/chat_tabs/list_tabs","summary":"List the tabs of a chat","risk":"read","identities":{"bot":{"anyOf":["im:chat","im:chat.tabs:read","im:chat:readonly"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat.tabs:read","im:chat:readonly"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the chat (oc_…) whose tabs are listed.","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the chat (oc_…) whose tabs are listed."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatTabsListTabs;
