// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/messages.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.messages.delete","service":"im","resource":"messages","name":"delete","http":"DELETE","path":"/open-apis/im/v1/messages/{message_id}","summary":"Recall (delete) a sent message","risk":"high-risk-write","identities":{"bot":{"anyOf":["im:message","im:message:recall","im:message:send_as_bot"],"allOf":[]},"user":{"anyOf":["im:message","im:message:recall","im:message:send_as_bot"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"message_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the message to recall (om_…).","example":"om_hello"}},"query":{},"response":"json","flags":[{"flag":"message-id","field":"message_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the message to recall (om_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imMessagesDelete;
