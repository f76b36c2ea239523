// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/chats.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.chats.link","service":"im","resource":"chats","name":"link","http":"POST","path":"/open-apis/im/v1/chats/{chat_id}/link","summary":"Get a share link that lets people join a chat","risk":"write","identities":{"bot":{"anyOf":["im:chat","im:chat:read","im:chat:readonly"],"allOf":[]},"user":{"anyOf":["im:chat","im:chat:read","im:chat:readonly"],"allOf":[]}},"identityList":["bot","user"],"pathParams":{"chat_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Id of the chat to share (oc_…).","pattern":"^oc_[0-9A-Za-z_]+$","example":"oc_general"}},"query":{},"body":{"encoding":"json","required":false,"fields":{"validity_period":{"type":"string","required":false,"repeated":false,"deprecated":false,"description":"How long the link stays valid.","enum":["week","year","permanently"],"enumDescriptions":{"week":"Seven days.","year":"One year.","permanently":"The link never expires."},"default":"week"}}},"response":"json","flags":[{"flag":"chat-id","field":"chat_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Id of the chat to share (oc_…)."},{"flag":"validity-period","field":"validity_period","in":"body","kind":"string","required":false,"enum":["week","year","permanently"],"placeholder":"VALUE","help":"How long the link stays valid."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imChatsLink;
