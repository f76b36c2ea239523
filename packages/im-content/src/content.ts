/**
 * Message content for +messages-send and +messages-reply: which content flag was given, which
 * msg_type it means, what has to be uploaded first, and the content JSON string the API wants.
 *
 * The work is split so the command stays thin and dry runs need no I/O:
 *   1. `planContent(flags)` checks everything that can be checked without touching disk or
 *      network (one content flag, msg-type agreement, key or path, extensions, --content shape);
 *   2. the command uploads `plan.uploads` and fetches `plan.remoteImages` (or, in a dry run,
 *      takes `dryRunResolution(plan)`);
 *   3. `buildContent(plan, resolved)` returns `{ msgType, content, warnings }`.
 */
import { cardFlagsGiven, checkedCard, looksLikeCard, planCard, type CardFlags } from './cards/compose.js';
import { planAttachments, type PostFile } from './attachments.js';
import { ContentError, shown } from './errors.js';
import { ID_PREFIXES, isId } from './ids.js';
import { markdownToPost, planMarkdownImages, replaceMarkdownImages, type ImageKeyLookup } from './markdown.js';
import { normalizeMentions } from './mentions.js';
import { baseName, checkRelativePath, extensionOf } from './paths.js';
import { checkMediaUrl, linkFallbackText, looksLikeUrl } from './media-url.js';

/** The msg_type values the send and reply shortcuts accept. */
export const MSG_TYPES = ['text', 'post', 'image', 'file', 'audio', 'media', 'interactive', 'share_chat', 'share_user'] as const;
export type MsgType = (typeof MSG_TYPES)[number];

/** The content flags, exactly one of which a send or reply takes. */
export const CONTENT_FLAGS = ['text', 'markdown', 'content', 'image', 'file', 'video', 'audio', 'card'] as const;
export type ContentFlag = (typeof CONTENT_FLAGS)[number];

/** Flags whose value is a key or a local file to upload. */
export type MediaFlag = 'image' | 'file' | 'video' | 'video-cover' | 'audio';

/** The msg_type each content flag implies; --content takes its type from --msg-type. */
export const FLAG_MSG_TYPE: Readonly<Record<Exclude<ContentFlag, 'content'>, MsgType>> = {
  text: 'text',
  markdown: 'post',
  image: 'image',
  file: 'file',
  video: 'media',
  audio: 'audio',
  card: 'interactive',
};

/**
 * Values of the content flags as given (after @file / stdin were read). The card flags
 * (--card, --card-template-id, --card-id) together count as the one content flag `card`.
 */
export interface ContentFlags extends CardFlags {
  readonly text?: string;
  readonly markdown?: string;
  readonly content?: string;
  readonly image?: string;
  readonly file?: string;
  readonly video?: string;
  readonly videoCover?: string;
  readonly audio?: string;
  /** --msg-type only when the user typed it; do not pass the flag's default here. */
  readonly msgType?: string;
  /** Title for a --markdown post (optional). */
  readonly title?: string;
  /** --attachment values: file keys (file_…) or folder:<key>, for a post's attachment zone. */
  readonly attachments?: readonly string[];
}

/** Byte limits of the uploads (image endpoint 10 MB, file endpoint 30 MB). */
export const UPLOAD_LIMITS = { image: 10 * 1024 * 1024, file: 30 * 1024 * 1024 } as const;

/** Byte limits of the content string: text 150 KB, post and card 30 KB. */
export const CONTENT_LIMITS: Readonly<Partial<Record<MsgType, number>>> = {
  text: 150 * 1024,
  post: 30 * 1024,
  interactive: 30 * 1024,
};

/** file_type values of the file upload. */
export type FileType = 'opus' | 'mp4' | 'pdf' | 'doc' | 'xls' | 'ppt' | 'stream';

/** What kind of media a file is, judged by its extension. */
export type MediaKind = 'image' | 'audio' | 'video' | 'file';

/** Extensions the image upload accepts. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'bmp', 'ico', 'tif', 'tiff', 'heic'] as const;

const FILE_TYPES: Readonly<Record<string, FileType>> = {
  opus: 'opus',
  ogg: 'opus',
  mp4: 'mp4',
  pdf: 'pdf',
  doc: 'doc',
  docx: 'doc',
  xls: 'xls',
  xlsx: 'xls',
  csv: 'xls',
  ppt: 'ppt',
  pptx: 'ppt',
};

/** The file upload's file_type for a file name: opus (.opus/.ogg), mp4, pdf, doc(x), xls(x)/csv, ppt(x), else stream. */
export function fileTypeOf(name: string): FileType {
  return FILE_TYPES[extensionOf(name)] ?? 'stream';
}

/** image for the image extensions, audio for .opus/.ogg, video for .mp4, file for anything else. */
export function mediaKindOf(name: string): MediaKind {
  const ext = extensionOf(name);
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return 'image';
  if (ext === 'opus' || ext === 'ogg') return 'audio';
  if (ext === 'mp4') return 'video';
  return 'file';
}

/**
 * The msg_type for a content flag. An explicit --msg-type must be a known type, and next to any
 * flag but --content it must equal the flag's type; otherwise a ContentError names both flags.
 */
export function resolveMsgType(flag: ContentFlag, explicit?: string): MsgType {
  if (explicit !== undefined && !(MSG_TYPES as readonly string[]).includes(explicit)) {
    throw new ContentError('msg-type', `--msg-type ${shown(explicit)} is not a message type that can be sent.`, `Use one of: ${MSG_TYPES.join(', ')}.`);
  }
  if (flag === 'content') return (explicit as MsgType | undefined) ?? 'text';
  const implied = FLAG_MSG_TYPE[flag];
  if (explicit !== undefined && explicit !== implied) {
    throw new ContentError(
      'msg-type',
      `--msg-type ${explicit} conflicts with --${flag}, which always sends ${withArticle(implied)} message.`,
      `Leave out --msg-type, or use --content with --msg-type ${explicit} to send ${withArticle(explicit)} message.`,
    );
  }
  return implied;
}

const FLAG_FIELD: Readonly<Record<keyof ContentFlags, string>> = {
  text: 'text',
  markdown: 'markdown',
  content: 'content',
  image: 'image',
  file: 'file',
  video: 'video',
  videoCover: 'video-cover',
  audio: 'audio',
  msgType: 'msg-type',
  title: 'title',
  attachments: 'attachment',
  card: 'card',
  cardTemplateId: 'card-template-id',
  cardTemplateVersion: 'card-template-version',
  cardVars: 'card-vars',
  cardId: 'card-id',
};

/**
 * The one content flag that was given, with its value. Refuses none, several, --video without
 * --video-cover and --video-cover without --video.
 */
export function selectContentFlag(flags: ContentFlags): { flag: ContentFlag; value: string } {
  const cards = cardFlagsGiven(flags);
  const given = CONTENT_FLAGS.flatMap((f) => (f === 'card' ? cards : flags[f] !== undefined ? [f] : []));
  const list = [...CONTENT_FLAGS.filter((f) => f !== 'card'), 'card', 'card-template-id', 'card-id'].map((f) => `--${f}`).join(', ');
  if (given.length === 0) {
    throw new ContentError('content', 'No message content was given.', `Give exactly one of ${list}.`);
  }
  if (given.length > 1) {
    throw new ContentError(given[1]!, `Only one content flag can be used per message, but ${given.map((f) => `--${f}`).join(' and ')} were given.`, 'Keep one of them, or send several messages.');
  }
  if (cards.length > 0) return { flag: 'card', value: '' };
  const flag = given[0]! as ContentFlag;
  if (flag === 'video' && flags.videoCover === undefined) {
    throw new ContentError('video-cover', '--video needs a cover picture.', 'Add --video-cover with an image key (img_…) or a relative path to a local image.');
  }
  if (flag !== 'video' && flags.videoCover !== undefined) {
    throw new ContentError('video-cover', '--video-cover only goes with --video.', 'Remove --video-cover, or send a video with --video.');
  }
  return { flag, value: flags[flag]! };
}

/** A local file, or a file at an https:// URL, to upload before sending. */
export interface UploadPlan {
  readonly flag: MediaFlag;
  /** The path as given (relative; resolve it with `resolveInside` from ./node), or the URL. */
  readonly path: string;
  /** Set when the file is downloaded from this https:// URL first (its name and type are then provisional until fetched). */
  readonly url?: string;
  /** `image` → POST /open-apis/im/v1/images (image_type message); `file` → POST /open-apis/im/v1/files. */
  readonly endpoint: 'image' | 'file';
  /** file_type for the file endpoint. */
  readonly fileType?: FileType;
  /** file_name for the file endpoint: the last path segment. */
  readonly fileName: string;
  /** Largest upload the endpoint accepts, in bytes. */
  readonly maxBytes: number;
  /** Audio and video uploads carry a duration (ms) when it can be read from the file. */
  readonly wantsDuration: boolean;
  /** Stand-in for the key in a dry run: `<image_key of ./logo.png>`. */
  readonly placeholder: string;
}

/** A media flag's value: an existing key, or a local file that has to be uploaded. */
export type MediaSource = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'upload'; readonly upload: UploadPlan };

/** The dry-run stand-in for a key that an upload (or image fetch) would return. */
export function placeholderKey(kind: 'image' | 'file', source: string): string {
  return `<${kind}_key of ${source}>`;
}

const KEY_SHAPE = { image: /^img_[^\s./\\]+$/, file: /^file_[^\s./\\]+$/ } as const;

/**
 * Reads a media flag's value. `img_…` (for --image and --video-cover) and `file_…` (for --file,
 * --video and --audio) without a dot or slash are existing keys; anything else is a relative
 * path, checked lexically and by extension (images: jpg, png, webp, gif, bmp, ico, tiff, heic;
 * --video: .mp4; --audio: .opus). A key of the wrong kind is refused with the flag it belongs to.
 */
export function classifyMediaValue(flag: MediaFlag, value: string): MediaSource {
  const v = value.trim();
  const wantsImage = flag === 'image' || flag === 'video-cover';
  const own = wantsImage ? 'image' : 'file';
  const other = wantsImage ? 'file' : 'image';
  if (v === '') {
    throw new ContentError(flag, `--${flag} is empty.`, `Give ${own === 'image' ? 'an image key (img_…)' : 'a file key (file_…)'}, a relative path to a local file, or an https:// URL.`);
  }
  if (KEY_SHAPE[own].test(v)) return { kind: 'key', key: v };
  if (KEY_SHAPE[other].test(v)) {
    const use = other === 'image' ? '--image' : '--file, --video or --audio';
    throw new ContentError(flag, `--${flag} ${shown(v)} is ${other === 'image' ? 'an image key' : 'a file key'}, but --${flag} needs ${own === 'image' ? 'an image key (img_…)' : 'a file key (file_…)'}.`, `Send that key with ${use}.`);
  }
  if (looksLikeUrl(v)) return { kind: 'upload', upload: remoteUpload(flag, v) };
  checkRelativePath(v, flag);
  const ext = extensionOf(v);
  const fileName = baseName(v);
  if (wantsImage) {
    if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
      throw new ContentError(flag, `--${flag} ${shown(v)} is not an image the platform accepts${ext ? ` (.${ext})` : ' (no extension)'}.`, `Use a ${IMAGE_EXTENSIONS.join(', ')} file, or send other files with --file.`);
    }
    return { kind: 'upload', upload: { flag, path: v, endpoint: 'image', fileName, maxBytes: UPLOAD_LIMITS.image, wantsDuration: false, placeholder: placeholderKey('image', v) } };
  }
  if (flag === 'video' && ext !== 'mp4') {
    throw new ContentError(flag, `--video ${shown(v)} is not an .mp4 file; video messages only play MP4.`, 'Convert it first (for example ffmpeg -i in.mov out.mp4), or send it as a plain file with --file.');
  }
  if (flag === 'audio' && ext !== 'opus' && ext !== 'ogg') {
    throw new ContentError(flag, `--audio ${shown(v)} is not an .opus or .ogg file; voice messages only play Opus.`, 'Convert it first (for example ffmpeg -i in.mp3 -c:a libopus out.opus), or send it as a plain file with --file.');
  }
  return {
    kind: 'upload',
    upload: { flag, path: v, endpoint: 'file', fileType: fileTypeOf(v), fileName, maxBytes: UPLOAD_LIMITS.file, wantsDuration: flag === 'video' || flag === 'audio', placeholder: placeholderKey('file', v) },
  };
}

/** The upload of a media flag given an https:// URL (checked by `checkMediaUrl`; fetched later). */
function remoteUpload(flag: MediaFlag, value: string): UploadPlan {
  const { url, fileName } = checkMediaUrl(flag, value);
  const href = value.trim();
  if (flag === 'image' || flag === 'video-cover') {
    return { flag, path: href, url: url.href, endpoint: 'image', fileName, maxBytes: UPLOAD_LIMITS.image, wantsDuration: false, placeholder: placeholderKey('image', href) };
  }
  return {
    flag,
    path: href,
    url: url.href,
    endpoint: 'file',
    fileType: fileTypeOf(fileName),
    fileName,
    maxBytes: UPLOAD_LIMITS.file,
    wantsDuration: flag === 'video' || flag === 'audio',
    placeholder: placeholderKey('file', href),
  };
}

/** Refuses an upload that is empty or larger than its endpoint accepts. */
export function checkUploadSize(upload: UploadPlan, sizeBytes: number): void {
  if (sizeBytes === 0) {
    throw new ContentError(upload.flag, `--${upload.flag} ${shown(upload.path)} is an empty file.`, 'Check the path; an empty file cannot be sent.');
  }
  if (sizeBytes > upload.maxBytes) {
    const kind = upload.endpoint === 'image' ? 'Images' : 'Files';
    throw new ContentError(upload.flag, `--${upload.flag} ${shown(upload.path)} is ${formatBytes(sizeBytes)}; ${kind} can be at most ${formatBytes(upload.maxBytes)}.`, 'Shrink or compress it, or share it another way (for example a cloud document link).');
  }
}

/** `1536` → `1.5 KB`, `10485760` → `10 MB` (binary units, one decimal at most). */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${Number(v.toFixed(1))} ${units[u]}`;
}

// ---------------------------------------------------------------------------------------------
// Content builders: each returns the JSON string the API wants in `content`.

/** `{"text":…}` with mentions normalised. */
export function textContent(text: string): string {
  return JSON.stringify({ text: normalizeMentions(text) });
}

/** A post object as a content string (no changes made). */
export function postContent(post: object): string {
  return JSON.stringify(post);
}

/** `{"image_key":…}`. */
export function imageContent(imageKey: string): string {
  return JSON.stringify({ image_key: imageKey });
}

/** `{"file_key":…}` for a file message. */
export function fileContent(fileKey: string): string {
  return JSON.stringify({ file_key: fileKey });
}

/** `{"file_key":…}` for an audio message. */
export function audioContent(fileKey: string): string {
  return JSON.stringify({ file_key: fileKey });
}

/** `{"file_key":…,"image_key":…}` for a video (media) message with its cover. */
export function mediaContent(fileKey: string, imageKey: string): string {
  return JSON.stringify({ file_key: fileKey, image_key: imageKey });
}

/** `{"chat_id":…}`: a card inviting to a group chat. */
export function shareChatContent(chatId: string): string {
  return JSON.stringify({ chat_id: chatId });
}

/** `{"user_id":…}`: a user's contact card. */
export function shareUserContent(userId: string): string {
  return JSON.stringify({ user_id: userId });
}

/** A card (interactive) as a content string. */
export function interactiveContent(card: object): string {
  return JSON.stringify(card);
}

// ---------------------------------------------------------------------------------------------
// --content: parse and shape-check against the msg_type

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

const EXAMPLES: Readonly<Record<MsgType, string>> = {
  text: '{"text":"Hello"}',
  post: '{"zh_cn":{"title":"Title","content":[[{"tag":"text","text":"Hello"}]]}}',
  image: '{"image_key":"img_…"}',
  file: '{"file_key":"file_…"}',
  audio: '{"file_key":"file_…"}',
  media: '{"file_key":"file_…","image_key":"img_…"}',
  interactive: '{"schema":"2.0","body":{"elements":[{"tag":"markdown","content":"Hello"}]}}',
  share_chat: '{"chat_id":"oc_…"}',
  share_user: '{"user_id":"ou_…"}',
};

/** Fields each fixed-shape type needs, and the optional ones it may carry. */
const SHAPES: Readonly<Partial<Record<MsgType, { required: Readonly<Record<string, 'image' | 'file' | 'chat' | 'user' | 'string'>>; optional: readonly string[] }>>> = {
  text: { required: { text: 'string' }, optional: [] },
  image: { required: { image_key: 'image' }, optional: [] },
  file: { required: { file_key: 'file' }, optional: ['file_name'] },
  audio: { required: { file_key: 'file' }, optional: ['duration'] },
  media: { required: { file_key: 'file', image_key: 'image' }, optional: ['file_name', 'duration'] },
  share_chat: { required: { chat_id: 'chat' }, optional: [] },
  share_user: { required: { user_id: 'user' }, optional: [] },
};

/** Post element tags and the string fields each needs. Unknown tags pass through unchecked. */
const POST_TAG_FIELDS: Readonly<Record<string, readonly string[]>> = {
  text: ['text'],
  md: ['text'],
  a: ['href'],
  at: ['user_id'],
  img: ['image_key'],
  media: ['file_key'],
  emotion: ['emoji_type'],
  code_block: ['text'],
  hr: [],
};

/** `a text`, `an image`: the word with its indefinite article. */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

function shapeError(field: string, msgType: MsgType, problem: string): ContentError {
  return new ContentError(field, `--${field} does not fit --msg-type ${msgType}: ${problem}.`, `${cap(withArticle(msgType))} message looks like ${EXAMPLES[msgType]}.`);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function checkPostBody(body: unknown, where: string, field: string): Json {
  if (!isObject(body)) throw shapeError(field, 'post', `${where} is ${typeName(body)}, not an object with title and content`);
  if (body.title !== undefined && typeof body.title !== 'string') throw shapeError(field, 'post', `${where}.title must be a string`);
  if (!Array.isArray(body.content)) throw shapeError(field, 'post', `${where}.content must be an array of paragraphs, each an array of elements`);
  const content = body.content.map((para: unknown, i: number) => {
    if (!Array.isArray(para)) throw shapeError(field, 'post', `${where}.content[${i}] must be an array of elements`);
    return para.map((el: unknown, j: number) => {
      const at = `${where}.content[${i}][${j}]`;
      if (!isObject(el)) throw shapeError(field, 'post', `${at} must be an object with a "tag"`);
      if (typeof el.tag !== 'string' || el.tag === '') throw shapeError(field, 'post', `${at} has no "tag"`);
      for (const f of POST_TAG_FIELDS[el.tag] ?? []) {
        if (typeof el[f] !== 'string') throw shapeError(field, 'post', `${at} (tag ${el.tag}) needs a string "${f}"`);
      }
      if ((el.tag === 'text' || el.tag === 'md') && typeof el.text === 'string') return { ...el, text: normalizeMentions(el.text) };
      return el;
    });
  });
  return { ...body, content };
}

/**
 * Parses --content and checks it has the shape `msgType` needs (required keys with the right id
 * prefixes, no unknown keys for the fixed-shape types; post: language bodies with paragraphs of
 * tagged elements, or a single body; interactive: an object that looks like a card). Mentions in
 * text and in post text/md elements are normalised. Returns the (possibly rewritten) object.
 */
export function parseContentJson(raw: string, msgType: MsgType, field = 'content'): Json {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ContentError(
      field,
      `--${field} is not valid JSON (${why}).`,
      `Wrap the JSON in single quotes in the shell, or put it in a file and pass --${field} @file.json (or - to read standard input).`,
    );
  }
  if (!isObject(value)) {
    const plain = msgType === 'text' && typeof value === 'string' ? ' To send plain text, use --text instead.' : '';
    throw new ContentError(field, `--${field} must be a JSON object, but it is ${typeName(value)}.${plain}`, `${cap(withArticle(msgType))} message looks like ${EXAMPLES[msgType]}.`);
  }
  if (msgType === 'post') return checkPost(value, field);
  if (msgType === 'interactive') return checkCard(value, field);
  const shape = SHAPES[msgType]!;
  for (const [key, kind] of Object.entries(shape.required)) {
    const v = value[key];
    if (typeof v !== 'string' || v.trim() === '') throw shapeError(field, msgType, `"${key}" is missing or not a string`);
    if (kind !== 'string' && !isId(kind, v)) throw shapeError(field, msgType, `"${key}" ${shown(v)} does not start with ${ID_PREFIXES[kind]}`);
  }
  const allowed = new Set([...Object.keys(shape.required), ...shape.optional]);
  const extra = Object.keys(value).filter((k) => !allowed.has(k));
  if (extra.length > 0) throw shapeError(field, msgType, `unexpected key${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')}`);
  if (msgType === 'text') return { ...value, text: normalizeMentions(value.text as string) };
  return value;
}

function checkPost(value: Json, field: string): Json {
  if ('post' in value && Object.keys(value).length === 1) {
    throw shapeError(field, 'post', 'the content is wrapped in "post"; the message API takes the language object itself');
  }
  // A single body ({title, content}) is accepted as is; otherwise every key is a language.
  if ('content' in value) return checkPostBody(value, 'the post', field);
  // `files` is the attachment zone, next to the languages.
  const langs = Object.keys(value).filter((k) => k !== 'files');
  if (langs.length === 0) throw shapeError(field, 'post', 'it has no language body (zh_cn, en_us …)');
  if ('files' in value && !Array.isArray(value.files)) throw shapeError(field, 'post', '"files" (the attachment zone) must be an array of {"key": "file_…"}');
  const out: Json = 'files' in value ? { files: value.files } : {};
  for (const lang of langs) {
    if (!/^[a-z]{2}_[a-z]{2}$/.test(lang)) throw shapeError(field, 'post', `"${lang}" is not a language key such as zh_cn or en_us`);
    out[lang] = checkPostBody(value[lang], lang, field);
  }
  return out;
}

function checkCard(value: Json, field: string): Json {
  if ('card' in value && isObject(value.card) && Object.keys(value).every((k) => k === 'card' || k === 'msg_type')) {
    throw shapeError(field, 'interactive', 'the card is wrapped in "card"; pass the card object itself');
  }
  if (!looksLikeCard(value)) {
    throw shapeError(field, 'interactive', 'it has no elements, body, header or template reference, so it is not a card');
  }
  return checkedCard(value, field);
}

function parseOrUndefined(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Refuses content larger than the platform takes for its type (text 150 KB, post and card 30 KB). */
export function checkContentSize(msgType: MsgType, content: string, field: string): void {
  const limit = CONTENT_LIMITS[msgType];
  if (limit === undefined) return;
  const size = new TextEncoder().encode(content).length;
  if (size > limit) {
    throw new ContentError(
      field,
      `The ${msgType} content is ${formatBytes(size)}; the platform takes at most ${formatBytes(limit)}.`,
      msgType === 'text' ? 'Split it into several messages, or send it as a file with --file.' : 'Split it into several messages, or send the text as a file with --file.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Plan and build

/** Everything known about a message's content before any upload. */
export interface ContentPlan {
  readonly flag: ContentFlag;
  readonly msgType: MsgType;
  /** Local files to upload first, in order (a video before its cover). */
  readonly uploads: readonly UploadPlan[];
  /** Existing keys given directly, by flag. */
  readonly keys: Readonly<Partial<Record<MediaFlag, string>>>;
  /** --markdown only: distinct http(s) image URLs to download and upload. */
  readonly remoteImages: readonly string[];
  /** Things the user should know that do not stop the send (e.g. local images in Markdown). */
  readonly warnings: readonly string[];
  /** The text of --text or --markdown. */
  readonly text?: string;
  /** --content parsed, checked and with mentions normalised. */
  readonly parsed?: Json;
  readonly title?: string;
  /** --attachment: the post's attachment zone. */
  readonly files?: readonly PostFile[];
}

/**
 * Checks the content flags and works out the message type, the uploads and the remote images,
 * without any I/O. Throws ContentError for any problem the user can fix.
 */
export function planContent(flags: ContentFlags): ContentPlan {
  const { flag, value } = selectContentFlag(flags);
  const msgType = resolveMsgType(flag, flags.msgType);
  const files = flags.attachments && flags.attachments.length > 0 ? planAttachments(flags.attachments) : undefined;
  if (files && msgType !== 'post') {
    throw new ContentError('attachment', `--attachment only goes with a post, but this message is ${msgType}.`, 'Use it with --markdown, or with --content and --msg-type post.');
  }
  const uploads: UploadPlan[] = [];
  const keys: Partial<Record<MediaFlag, string>> = {};
  const media = (f: MediaFlag, v: string) => {
    const src = classifyMediaValue(f, v);
    if (src.kind === 'key') keys[f] = src.key;
    else uploads.push(src.upload);
  };
  const base = { flag, msgType, uploads, keys, remoteImages: [] as string[], warnings: [] as string[], ...(files ? { files } : {}) };
  switch (flag) {
    case 'text':
      if (value.trim() === '') throw new ContentError('text', '--text is empty.', 'Give the text inline, as @file, or as - to read it from standard input.');
      return { ...base, text: value };
    case 'markdown': {
      if (value.trim() === '') throw new ContentError('markdown', '--markdown is empty.', 'Give the Markdown inline, as @file, or as - to read it from standard input.');
      const images = planMarkdownImages(value);
      return { ...base, text: value, remoteImages: images.remote, warnings: images.warnings, ...(flags.title ? { title: flags.title } : {}) };
    }
    case 'content':
      if (flags.msgType === undefined && looksLikeCard(parseOrUndefined(value))) {
        throw new ContentError('content', '--content holds a card, but without --msg-type it would be sent as a text message.', 'Send it with --card (checked before sending), or add --msg-type interactive.');
      }
      return { ...base, parsed: parseContentJson(value, msgType) };
    case 'card':
      return { ...base, parsed: planCard(flags) };
    case 'video':
      media('video', value);
      media('video-cover', flags.videoCover!);
      return base;
    default:
      media(flag, value);
      return base;
  }
}

/** Keys the uploads and image fetches produced. */
export interface ContentResolution {
  /** Key returned by each upload, by flag. */
  readonly uploads?: Readonly<Partial<Record<MediaFlag, string>>>;
  /** Outcome of each remote Markdown image, by URL (missing = left out with a warning). */
  readonly images?: ImageKeyLookup;
  /**
   * The content flag's URL could not be fetched or uploaded: the message becomes a text message
   * holding the link, and `reason` goes into the warning.
   */
  readonly linkFallback?: { readonly reason: string };
}

/** A finished message body part. */
export interface BuiltContent {
  readonly msgType: MsgType;
  /** The content as the JSON string the API wants. */
  readonly content: string;
  /** Plan warnings plus one for each remote image left out. */
  readonly warnings: readonly string[];
}

/** Placeholder keys for a dry run: `<image_key of ./a.png>`, `<image_key of https://…>`. */
export function dryRunResolution(plan: ContentPlan): ContentResolution {
  const uploads: Partial<Record<MediaFlag, string>> = {};
  for (const u of plan.uploads) uploads[u.flag] = u.placeholder;
  const images = new Map(plan.remoteImages.map((url) => [url, placeholderKey('image', url)] as const));
  return { uploads, images };
}

/**
 * Builds the content string from a plan and the keys the uploads returned, and checks its size.
 * Throws if a planned upload has no key (the command skipped it).
 */
export function buildContent(plan: ContentPlan, resolved: ContentResolution = {}): BuiltContent {
  const key = (f: MediaFlag): string => {
    const k = plan.keys[f] ?? resolved.uploads?.[f];
    if (!k) throw new ContentError(f, `--${f} was not uploaded, so there is no key to send.`, 'Upload the file first and pass its key in the resolution.');
    return k;
  };
  const warnings = [...plan.warnings];
  const linked = resolved.linkFallback ? mediaUrlOf(plan) : undefined;
  if (linked && resolved.linkFallback) {
    const content = textContent(linkFallbackText(linked.flag, linked.url));
    checkContentSize('text', content, plan.flag);
    warnings.push(`--${linked.flag}: ${linked.url} could not be attached (${resolved.linkFallback.reason}); the link was sent as a text message instead.`);
    return { msgType: 'text', content, warnings };
  }
  let content: string;
  const field = plan.flag;
  switch (plan.flag) {
    case 'text':
      content = textContent(plan.text!);
      break;
    case 'markdown': {
      const replaced = replaceMarkdownImages(plan.text!, resolved.images ?? new Map());
      warnings.push(...replaced.warnings);
      content = JSON.stringify({ ...markdownToPost(replaced.markdown, plan.title ? { title: plan.title } : {}), ...(plan.files ? { files: plan.files } : {}) });
      break;
    }
    case 'content':
    case 'card':
      content = JSON.stringify(plan.files ? { ...plan.parsed, files: plan.files } : plan.parsed);
      break;
    case 'image':
      content = imageContent(key('image'));
      break;
    case 'file':
      content = fileContent(key('file'));
      break;
    case 'audio':
      content = audioContent(key('audio'));
      break;
    case 'video':
      content = mediaContent(key('video'), key('video-cover'));
      break;
  }
  checkContentSize(plan.msgType, content, field);
  return { msgType: plan.msgType, content, warnings };
}

/**
 * The URL of the content flag itself (`--image https://…`, `--video https://…`), when it was given
 * as one: only then can a failed fetch or upload fall back to sending the link.
 */
export function mediaUrlOf(plan: ContentPlan): { flag: MediaFlag; url: string } | undefined {
  const u = plan.uploads.find((x) => x.flag === plan.flag && x.url !== undefined);
  return u ? { flag: u.flag, url: u.path } : undefined;
}

/** The flag name (with dashes) of a ContentFlags key, for messages. */
export function contentFlagName(key: keyof ContentFlags): string {
  return FLAG_FIELD[key];
}
