// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/files.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.files.get","service":"im","resource":"files","name":"get","http":"GET","path":"/open-apis/im/v1/files/{file_key}","summary":"Download a file this app uploaded","risk":"read","identities":{"bot":{"anyOf":["im:resource"],"allOf":[]}},"identityList":["bot"],"pathParams":{"file_key":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Key of the file (file_…) returned when this app uploaded it.","example":"file_report"}},"query":{},"response":"binary","flags":[{"flag":"file-key","field":"file_key","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Key of the file (file_…) returned when this app uploaded it."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imFilesGet;
