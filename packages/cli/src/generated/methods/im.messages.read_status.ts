// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.messages.read_status","service":"im","resource":"messages","name":"read_status","http":"POST","path":"/open-apis/im/v1/messages/read_status","summary":"Whether the signed-in user has read given messages","risk":"read","identities":{"user":{"anyOf":["im:message:readonly","im:message","im:message:get_as_user"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"message_ids":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"Message ids (om_…), 1 to 50.","minItems":1,"maxItems":50,"items":{"type":"string","required":false,"repeated":false,"deprecated":false}}}},"response":"json","flags":[{"flag":"message-ids","field":"message_ids","in":"body","kind":"list","item":"string","required":true,"placeholder":"VALUE,…","help":"Message ids (om_…), 1 to 50."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imMessagesReadStatus;
