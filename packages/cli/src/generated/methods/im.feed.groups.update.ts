// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.feed.groups.update","service":"im","resource":"feed.groups","name":"update","http":"PATCH","path":"/open-apis/im/v1/groups/{feed_group_id}","summary":"Rename a feed group","risk":"write","identities":{"user":{"anyOf":["im:feed_group_v1:write"],"allOf":[]}},"identityList":["user"],"pathParams":{"feed_group_id":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"ID of the feed group (ofg_…).","example":"ofg_work"}},"query":{},"body":{"encoding":"json","required":true,"fields":{"name":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"New name, 1 to 60 characters.","minLength":1,"maxLength":60,"example":"Work projects"}}},"response":"json","flags":[{"flag":"feed-group-id","field":"feed_group_id","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"ID of the feed group (ofg_…)."},{"flag":"name","field":"name","in":"body","kind":"string","required":true,"placeholder":"STRING","help":"New name, 1 to 60 characters."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFeedGroupsUpdate;
