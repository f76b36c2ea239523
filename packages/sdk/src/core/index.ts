export { LarkCore, type LarkClientOptions } from './client.js';
export { LarkDownload, defineDownload } from './download.js';
export { formatContentDisposition, parseContentDisposition } from './content-disposition.js';
export { redactSecrets, redactDeep } from './redact.js';
export { larkRequest } from './raw.js';
export { encodeMultipart, defineUpload, type MultipartEncoder } from './multipart.js';
export {
  LarkError, LarkApiError, LarkAuthError, LarkPermissionError, LarkRateLimitError, LarkNotFoundError, LarkNetworkError,
  LarkTimeoutError, LarkAbortError, LarkRedirectError, LarkValidationError, TOKEN_INVALID_CODES, isRateLimited,
  type LarkApiErrorInit, type PermissionViolation, type FieldViolation, type ValidationIssue,
} from './errors.js';
export type { FileData, FileInput, NamedFile } from './files.js';
export {
  defineMethod, definePaged, bindService, bindLazyService,
  type ApiMethod, type PagedApiMethod, type BoundMethod, type BoundPagedMethod, type Bound, type BoundResource, type BoundService,
  type LazyResource,
} from './method.js';
export { validateRequest } from './validate.js';
export { fillPath, encodeQuery } from './request.js';
export type * from './types.js';
