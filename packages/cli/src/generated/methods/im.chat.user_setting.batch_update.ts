// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.user_setting.batch_update","service":"im","resource":"chat.user_setting","name":"batch_update","http":"POST","path":"/open-apis/im/v1/chats/user_setting/batch_update","summary":"Mute or unmute up to 10 chats for the signed-in user","risk":"write","identities":{"user":{"anyOf":["im:chat.user_setting:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"settings":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"The changes, 1 to 10 chats.","minItems":1,"maxItems":10,"items":{"type":"object","required":false,"repeated":false,"deprecated":false,"properties":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"The chat (oc_…).","example":"oc_general"},"is_muted":{"type":"boolean","required":false,"repeated":false,"deprecated":false,"description":"Mute (true) or unmute (false) the chat."},"is_mute_at_all":{"type":"boolean","required":false,"repeated":false,"deprecated":false,"description":"Mute (true) or unmute (false) @all mentions."}}}}}},"response":"json","flags":[{"flag":"settings","field":"settings","in":"body","kind":"json","required":true,"placeholder":"JSON","help":"The changes, 1 to 10 chats."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatUserSettingBatchUpdate;
