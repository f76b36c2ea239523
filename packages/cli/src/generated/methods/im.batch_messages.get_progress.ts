// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/batch_messages.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.batch_messages.get_progress","service":"im","resource":"batch_messages","name":"get_progress","http":"GET","path":"/open-apis/im/v1/batch_messages/{batch_message_id}/get_progress","summary":"Get delivery and recall progress of a batch send","risk":"read","identities":{"bot":{"anyOf":["im:message:send_multi_depts","im:message:send_multi_users"],"allOf":[]}},"identityList":["bot"],"pathParams":{"batch_message_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the batch returned when the batch message was sent (bm-…).","example":"bm-demo1"}},"query":{},"response":"json","flags":[{"flag":"batch-message-id","field":"batch_message_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the batch returned when the batch message was sent (bm-…)."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imBatchMessagesGetProgress;
