// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.feed.groups.create","service":"im","resource":"feed.groups","name":"create","http":"POST","path":"/open-apis/im/v1/groups","summary":"Create a feed group for the signed-in user","risk":"write","identities":{"user":{"anyOf":["im:feed_group_v1:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"name":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Name of the new group, 1 to 60 characters.","minLength":1,"maxLength":60,"example":"Work"}}},"response":"json","flags":[{"flag":"name","field":"name","in":"body","kind":"string","required":true,"placeholder":"STRING","help":"Name of the new group, 1 to 60 characters."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFeedGroupsCreate;
