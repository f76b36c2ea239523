// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Source: specs/im/resources/url_previews.yaml

import type { MethodDescriptor } from '../../../core/types.js';

/** `POST /open-apis/im/v2/url_previews/batch_update` */
export const imUrlPreviewsBatchUpdateDescriptor: MethodDescriptor = {
  id: 'im.url_previews.batch_update',
  http: 'POST',
  path: '/open-apis/im/v2/url_previews/batch_update',
  risk: 'write',
  identities: { bot: { anyOf: ['im:url_preview.update'] } },
  pathParams: {},
  query: {},
  body: {
    encoding: 'json',
    required: true,
    fields: {
      preview_tokens: { type: 'array', required: true, minItems: 1, items: { type: 'string' } },
      open_ids: { type: 'array', items: { type: 'string' } },
    },
  },
};
