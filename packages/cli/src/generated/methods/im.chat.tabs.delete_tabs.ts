// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.tabs.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.tabs.delete_tabs","service":"im","resource":"chat.tabs","name":"delete_tabs","http":"DELETE","path":"/open-apis/im/v1/chats/{chat_id}/chat_tabs/delete_tabs","summary":"Remove doc or url tabs from a chat","risk":"write","identities":{"bot":{"anyOf":["im:chat","im:chat.tabs:write_only"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat.tabs:write_only"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the chat (oc_…) whose tabs are removed.","example":"oc_general"}},"query":{},"body":{"encoding":"json","required":true,"fields":{"tab_ids":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"IDs of the tabs to remove, as returned by list_tabs or create. Every listed tab must be a doc or url tab.","minItems":1,"items":{"type":"string","required":false,"repeated":false,"deprecated":false}}}},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the chat (oc_…) whose tabs are removed."},{"flag":"tab-ids","field":"tab_ids","in":"body","kind":"list","item":"string","required":true,"placeholder":"VALUE,…","help":"IDs of the tabs to remove, as returned by list_tabs or create. Every listed tab must be a doc or url tab."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatTabsDeleteTabs;
