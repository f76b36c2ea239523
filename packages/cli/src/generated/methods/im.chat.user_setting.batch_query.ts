// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chat.user_setting.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chat.user_setting.batch_query","service":"im","resource":"chat.user_setting","name":"batch_query","http":"POST","path":"/open-apis/im/v1/chats/user_setting/batch_query","summary":"Read the signed-in user\'s mute settings of up to 10 chats","risk":"read","identities":{"user":{"anyOf":["im:chat.user_setting:read","im:chat.user_setting:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"chat_ids":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"Chat ids (oc_…), 1 to 10.","minItems":1,"maxItems":10,"items":{"type":"string","required":false,"repeated":false,"deprecated":false}}}},"response":"json","flags":[{"flag":"chat-ids","field":"chat_ids","in":"body","kind":"list","item":"string","required":true,"placeholder":"VALUE,…","help":"Chat ids (oc_…), 1 to 10."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatUserSettingBatchQuery;
