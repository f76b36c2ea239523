// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/pins.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.pins.create","service":"im","resource":"pins","name":"create","http":"POST","path":"/open-apis/im/v1/pins","summary":"Pin a message in its chat","risk":"write","identities":{"bot":{"anyOf":["im:message","im:message.pins:write_only","im:message:send_as_bot"],"allOf":[]},"user":{"anyOf":["im:message","im:message.pins:write_only","im:message:send_as_bot"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"message_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the message to pin (om_…).","example":"om_welcome"}}},"response":"json","flags":[{"flag":"message-id","field":"message_id","in":"body","kind":"string","required":true,"placeholder":"STRING","help":"ID of the message to pin (om_…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imPinsCreate;
