// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chats.get","service":"im","resource":"chats","name":"get","http":"GET","path":"/open-apis/im/v1/chats/{chat_id}","summary":"Get a chat\'s information and settings","risk":"read","identities":{"bot":{"anyOf":["im:chat","im:chat:read","im:chat:readonly"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat:read","im:chat:readonly"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the chat (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{"user_id_type":{"type":"string","required":false,"repeated":false,"deprecated":false,"description":"Kind of user id used for the owner and the managers in the answer.","enum":["open_id","union_id","user_id"],"enumDescriptions":{"open_id":"The user\'s id within this app (ou_…).","union_id":"The user\'s id across the apps of one developer (on_…).","user_id":"The user\'s employee id within the tenant."},"default":"open_id"}},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the chat (oc_…)."},{"flag":"user-id-type","field":"user_id_type","in":"query","kind":"string","required":false,"enum":["open_id","union_id","user_id"],"placeholder":"VALUE","help":"Kind of user id used for the owner and the managers in the answer."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatsGet;
