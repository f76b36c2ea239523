// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/flags.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.flags.list","service":"im","resource":"flags","name":"list","http":"GET","path":"/open-apis/im/v1/flags","summary":"List the signed-in user\'s flags","risk":"read","identities":{"user":{"anyOf":["im:flag:read","im:flag:write"],"allOf":[]}},"identityList":["user"],"pathParams":{},"query":{"page_size":{"type":"integer","required":false,"repeated":false,"deprecated":false,"description":"How many flags to return per page, 1 to 50.","minimum":1,"maximum":50,"default":50},"page_token":{"type":"string","required":false,"repeated":false,"deprecated":false,"description":"Token from the previous page\'s page_token; empty or left out for the first page."}},"response":"json","pagination":{"pageToken":"page_token","pageSize":"page_size","items":"flag_items","hasMore":"has_more","nextToken":"page_token"},"flags":[{"flag":"page-size","field":"page_size","in":"query","kind":"integer","required":false,"placeholder":"INT","help":"How many flags to return per page, 1 to 50."},{"flag":"page-token","field":"page_token","in":"query","kind":"string","required":false,"placeholder":"STRING","help":"Token from the previous page\'s page_token; empty or left out for the first page."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFlagsList;
