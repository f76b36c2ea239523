// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/reactions.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.reactions.delete","service":"im","resource":"reactions","name":"delete","http":"DELETE","path":"/open-apis/im/v1/messages/{message_id}/reactions/{reaction_id}","summary":"Remove a reaction you added to a message","risk":"write","identities":{"bot":{"anyOf":["im:message","im:message.reactions:write_only"],"allOf":[]},"user":{"anyOf":["im:message","im:message.reactions:write_only"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"message_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the message carrying the reaction (om_…).","example":"om_welcome"},"reaction_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the reaction to remove, as returned when it was added or by list. It must belong to message_id.","example":"rc_demo1"}},"query":{},"response":"json","flags":[{"flag":"message-id","field":"message_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the message carrying the reaction (om_…)."},{"flag":"reaction-id","field":"reaction_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the reaction to remove, as returned when it was added or by list. It must belong to message_id."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imReactionsDelete;
