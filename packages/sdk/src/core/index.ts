export { LarkCore, type LarkClientOptions } from './client.js';
export { LarkDownload, defineDownload, dispositionFilename } from './download.js';
export { larkRequest } from './raw.js';
export { encodeMultipart, defineUpload, type MultipartEncoder } from './multipart.js';
export {
  LarkError, LarkApiError, LarkAuthError, LarkPermissionError, LarkRateLimitError, LarkNotFoundError, LarkNetworkError,
  LarkTimeoutError, LarkAbortError, LarkValidationError, TOKEN_INVALID_CODES,
  type LarkApiErrorInit, type PermissionViolation, type FieldViolation, type ValidationIssue,
} from './errors.js';
export type { FileData, FileInput, NamedFile } from './files.js';
export {
  defineMethod, definePaged, bindService,
  type ApiMethod, type PagedApiMethod, type BoundMethod, type BoundPagedMethod, type Bound, type BoundResource, type BoundService,
} from './method.js';
export { validateRequest } from './validate.js';
export { fillPath, encodeQuery } from './request.js';
export type * from './types.js';
