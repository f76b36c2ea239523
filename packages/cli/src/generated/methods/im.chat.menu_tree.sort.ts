// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.menu_tree.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.menu_tree.sort","service":"im","resource":"chat.menu_tree","name":"sort","http":"POST","path":"/open-apis/im/v1/chats/{chat_id}/menu_tree/sort","summary":"Reorder the top-level entries of a group chat\'s menu","risk":"write","identities":{"bot":{"anyOf":["im:chat","im:chat.menu_tree:write_only"],"allOf":[]}},"identityList":["bot"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the group chat (oc_…) whose menu is reordered.","example":"oc_general"}},"query":{},"body":{"encoding":"json","required":true,"fields":{"chat_menu_top_level_ids":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"IDs of all top-level entries in the wanted order, from get. A missing, extra or unknown ID answers 232072.","minItems":1,"maxItems":3,"items":{"type":"string","required":false,"repeated":false,"deprecated":false}}}},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the group chat (oc_…) whose menu is reordered."},{"flag":"chat-menu-top-level-ids","field":"chat_menu_top_level_ids","in":"body","kind":"list","item":"string","required":true,"placeholder":"VALUE,…","help":"IDs of all top-level entries in the wanted order, from get. A missing, extra or unknown ID answers 232072."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatMenuTreeSort;
