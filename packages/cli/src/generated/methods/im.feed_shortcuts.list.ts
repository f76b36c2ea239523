// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/feed_shortcuts.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.feed_shortcuts.list","service":"im","resource":"feed_shortcuts","name":"list","http":"GET","path":"/open-apis/im/v2/feed_shortcuts","summary":"List the signed-in user\'s feed shortcut bar","risk":"read","identities":{"user":{"anyOf":["im:feed_shortcut:read","im:feed_shortcut:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{"page_token":{"type":"string","required":false,"repeated":false,"deprecated":false,"description":"Token from the previous page; leave it out for the first page."}},"response":"json","flags":[{"flag":"page-token","field":"page_token","in":"query","kind":"string","required":false,"placeholder":"STRING","help":"Token from the previous page; leave it out for the first page."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFeedShortcutsList;
