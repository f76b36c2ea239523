// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/images.yaml

import type { MethodCommand, SdkModule } from '../../meta.js';

export const command: MethodCommand = JSON.parse('{"id":"im.images.get","service":"im","resource":"images","name":"get","http":"GET","path":"/open-apis/im/v1/images/{image_key}","summary":"Download an image this app uploaded","risk":"read","identities":{"bot":{"anyOf":["im:resource"],"allOf":[]}},"identityList":["bot"],"pathParams":{"image_key":{"type":"string","required":true,"repeated":false,"deprecated":false,"description":"Key of the image (img_…) returned when this app uploaded it.","example":"img_logo"}},"query":{},"response":"binary","flags":[{"flag":"image-key","field":"image_key","in":"path","kind":"string","required":true,"placeholder":"STRING","help":"Key of the image (img_…) returned when this app uploaded it."}],"schemas":{}}');

/** The SDK function this command calls (the SDK is loaded only when a request is sent). */
export const binding = (sdk: SdkModule) => sdk.imImagesGet;
