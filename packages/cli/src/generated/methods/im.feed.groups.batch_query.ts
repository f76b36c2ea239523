// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed.groups.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.feed.groups.batch_query","service":"im","resource":"feed.groups","name":"batch_query","http":"POST","path":"/open-apis/im/v1/groups/batch_query","summary":"Look up feed groups by id","risk":"read","identities":{"user":{"anyOf":["im:feed_group_v1:read","im:feed_group_v1:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{},"body":{"encoding":"json","required":true,"fields":{"group_ids":{"type":"array","required":true,"repeated":false,"deprecated":false,"description":"Feed group ids (ofg_…), 1 to 50.","minItems":1,"maxItems":50,"items":{"type":"string","required":false,"repeated":false,"deprecated":false}}}},"response":"json","flags":[{"flag":"group-ids","field":"group_ids","in":"body","kind":"list","item":"string","required":true,"placeholder":"VALUE,…","help":"Feed group ids (ofg_…), 1 to 50."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFeedGroupsBatchQuery;
