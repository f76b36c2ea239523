/**
 * @larkgen/im-content: the message-content logic of the `lark-cli im +…` shortcuts as pure,
 * platform-neutral functions. File-system checks live in `@larkgen/im-content/node`.
 *
 * Typical use in a shortcut's behaviour module:
 *
 *   send / reply:  plan = planContent(flags)            // all flag and --content checks, no I/O
 *                  for u of plan.uploads: resolveInside(cwd, u.path, …) → checkUploadSize →
 *                                         upload (duration: uploadDurationMs(u.fileType, bytes))
 *                  for url of plan.remoteImages: checkRemoteUrl → fetch (isPublicAddress on each
 *                                         resolved address, redirectKeepsCredentials) → upload
 *                  { msgType, content, warnings } = buildContent(plan, { uploads, images })
 *                  (dry run: buildContent(plan, dryRunResolution(plan)))
 *   list / mget /  names = mergeNames(namesFromMentions(raw), …namesFromContactResponse(answer))
 *   search/thread: for ids of nameLookupBatches(idsNeedingNames(raw, names), identity)
 *                  messages = renderMessages(raw, { names, timeZone, merged, appLinks })
 *                  (merged: the messages of each merge_forward, fetched by the caller; every
 *                  message lists its downloadable resources: messageResources)
 *                  threads: threadsToExpand → threadFetchSize → attachThreadReplies
 *   --start/--end: parseTimeFlag(v, { bound }) → checkTimeRange(start, end)
 *
 * Every refusal is a ContentError carrying the flag name (`field`), what is wrong and the fix.
 */
export { ContentError, isContentError } from './errors.js';
export {
  ID_PREFIXES,
  checkFileKey,
  checkId,
  checkIdList,
  idKindOf,
  isId,
  pathSegment,
  segmentProblem,
  threadRefKind,
  type IdKind,
} from './ids.js';
export { mentionedIds, normalizeMentions } from './mentions.js';
export {
  demotedLevel,
  findMarkdownImages,
  imageKindOf,
  markdownParagraphs,
  markdownToPost,
  normalizeMarkdown,
  planMarkdownImages,
  replaceMarkdownImages,
  type ImageKeyLookup,
  type ImageUploadOutcome,
  type MarkdownImage,
  type MarkdownImageKind,
  type MarkdownImagePlan,
  type MarkdownPost,
  type MarkdownPostOptions,
  type PostBody,
  type PostElement,
  type ReplacedImages,
} from './markdown.js';
export {
  CONTENT_FLAGS,
  CONTENT_LIMITS,
  FLAG_MSG_TYPE,
  IMAGE_EXTENSIONS,
  MSG_TYPES,
  UPLOAD_LIMITS,
  audioContent,
  buildContent,
  checkContentSize,
  checkUploadSize,
  classifyMediaValue,
  contentFlagName,
  dryRunResolution,
  fileContent,
  fileTypeOf,
  formatBytes,
  imageContent,
  interactiveContent,
  mediaContent,
  mediaKindOf,
  mediaUrlOf,
  parseContentJson,
  placeholderKey,
  planContent,
  postContent,
  resolveMsgType,
  selectContentFlag,
  shareChatContent,
  shareUserContent,
  textContent,
  type BuiltContent,
  type ContentFlag,
  type ContentFlags,
  type ContentPlan,
  type ContentResolution,
  type FileType,
  type MediaFlag,
  type MediaKind,
  type MediaSource,
  type MsgType,
  type UploadPlan,
} from './content.js';
export { MAX_ATTACHMENTS, planAttachments, type PostFile } from './attachments.js';
export { DEFAULT_REMOTE_NAME, MAX_MEDIA_URL_LENGTH, checkMediaUrl, fetchedMediaProblem, linkFallbackText, looksLikeUrl, mediaNoun, remoteFileName } from './media-url.js';
export { mp4DurationMs, opusDurationMs, uploadDurationMs } from './duration.js';
export { messageResources, type MessageResource, type ResourceKind } from './resources.js';
export {
  RECALL_NOTICE,
  RENDERED_TYPES,
  formatDuration,
  mentionId,
  postToMarkdown,
  rawCardOf,
  renderContent,
  renderMentions,
  renderMessage,
  renderMessages,
  replaceMentionKeys,
  type RawMention,
  type RawMessage,
  type RenderOptions,
  type RenderedMention,
  type RenderedMessage,
  type RenderedSender,
} from './render.js';
export { chatAppLink, type AppLinkBrand } from './applink.js';
export {
  checkTimeRange,
  formatLocalTime,
  formatPlatformTime,
  formatRfc3339,
  parseTimeFlag,
  zoneOffsetAt,
  type FormatTimeOptions,
  type TimeBound,
  type TimeParseOptions,
} from './time.js';
export {
  NAME_BATCH_SIZE,
  THREAD_CAPS,
  attachThreadReplies,
  chunk,
  idsNeedingNames,
  mergeNames,
  nameLookupBatches,
  namesFromContactResponse,
  namesFromMentions,
  sharedChatIds,
  threadFetchSize,
  threadsToExpand,
  type LookupIdentity,
  type ThreadCaps,
  type ThreadFetch,
  type ThreadFields,
} from './names.js';
export {
  SEARCH_MAX_PAGE_SIZE,
  chatContext,
  chatIdsOf,
  p2pChatIdOf,
  quoteChatQuery,
  searchHitIds,
  searchPageSize,
  searchTimeRange,
  type ChatContext,
  type ChatInfo,
} from './search.js';
export { CHUNK_BYTES, PROBE_BYTES, parseContentRange, probeRange, remainingRanges, sizeMismatch, type ContentRange } from './download.js';
export { checkRemoteUrl, isIpLiteral, isPublicAddress, redirectKeepsCredentials, type UrlVerdict } from './remote.js';
export { csvField, neutralizeFormula, singleLine, stripTerminalControls } from './sanitize.js';
export { baseName, checkRelativePath, extensionForContentType, extensionOf, freeFileName, pathSegments, safeFileName, safeServerFileName, withContentTypeExtension } from './paths.js';
export * from './cards/index.js';
