// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.menu_tree.get","service":"im","resource":"chat.menu_tree","name":"get","http":"GET","path":"/open-apis/im/v1/chats/{chat_id}/menu_tree","summary":"Get the menu of a group chat","risk":"read","identities":{"bot":{"anyOf":["im:chat","im:chat.menu_tree:read","im:chat:readonly"],"allOf":[]}},"identityList":["bot"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the group chat (oc_…) whose menu is read; its chat_mode must be group.","example":"oc_general"}},"query":{},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the group chat (oc_…) whose menu is read; its chat_mode must be group."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatMenuTreeGet;
