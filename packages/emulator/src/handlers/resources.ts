import type { BinaryAnswer, Ctx, Handler } from '../context.js';
import { resourceKeysOf } from '../content.js';

/** Recognises the image formats the platform accepts by their magic bytes. */
export function imageType(b: Buffer): string | undefined {
  const starts = (sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
  if (starts([0x89, 0x50, 0x4e, 0x47])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x42, 0x4d])) return 'image/bmp';
  if (starts([0x00, 0x00, 0x01, 0x00])) return 'image/x-icon';
  if (starts([0x49, 0x49, 0x2a, 0x00]) || starts([0x4d, 0x4d, 0x00, 0x2a])) return 'image/jpeg';
  if (starts([0x66, 0x74, 0x79, 0x70], 4)) return 'image/jpeg';
  return undefined;
}

const FILE_TYPES: Record<string, string> = {
  opus: 'audio/ogg',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  stream: 'application/octet-stream',
};

const createImage: Handler = (ctx) => {
  const f = ctx.files.image!;
  if (f.data.length === 0) ctx.fail(234010, 'The uploaded image is empty.');
  const type = imageType(f.data);
  if (!type) ctx.fail(234011, 'The upload is not a JPG, PNG, WEBP, GIF, BMP, ICO, TIFF or HEIC image.');
  const key = ctx.state.nextId('img_v3_');
  ctx.state.resources.set(key, {
    key,
    kind: 'image',
    app_id: ctx.appId,
    data: f.data,
    content_type: type!,
    image_type: ctx.body.image_type,
    create_time: ctx.now,
  });
  ctx.rt.touch();
  return { image_key: key };
};

const createFile: Handler = (ctx) => {
  const f = ctx.files.file!;
  if (f.data.length === 0) ctx.fail(234010, 'The uploaded file is empty.');
  const key = ctx.state.nextId('file_v3_');
  const fileType = ctx.body.file_type as string;
  ctx.state.resources.set(key, {
    key,
    kind: 'file',
    app_id: ctx.appId,
    data: f.data,
    content_type: fileType === 'stream' && f.mimeType && f.mimeType !== 'application/octet-stream' ? f.mimeType : FILE_TYPES[fileType] ?? 'application/octet-stream',
    file_type: fileType,
    file_name: ctx.body.file_name,
    duration: ctx.body.duration,
    create_time: ctx.now,
  });
  ctx.rt.touch();
  return { file_key: key };
};

function wantsName(ctx: Ctx): boolean {
  return (ctx.req.headers['content-type'] ?? '').includes('application/json');
}

const getImage: Handler = (ctx): BinaryAnswer => {
  const r = ctx.state.resources.get(ctx.path.image_key);
  if (!r || r.kind !== 'image') return ctx.fail(234005, `No image ${ctx.path.image_key} exists.`);
  if (r.app_id !== ctx.appId) ctx.fail(234008, 'Only images this app uploaded can be downloaded.');
  if (r.image_type === 'avatar') ctx.fail(234001, 'Avatar images cannot be downloaded.');
  return { binary: r.data, contentType: r.content_type };
};

const getFile: Handler = (ctx): BinaryAnswer => {
  const r = ctx.state.resources.get(ctx.path.file_key);
  if (!r || r.kind !== 'file') return ctx.fail(234005, `No file ${ctx.path.file_key} exists.`);
  if (r.app_id !== ctx.appId) ctx.fail(234008, 'Only files this app uploaded can be downloaded.');
  return wantsName(ctx) && r.file_name
    ? { binary: r.data, contentType: r.content_type, fileName: r.file_name }
    : { binary: r.data, contentType: r.content_type };
};

const getMessageResource: Handler = (ctx): BinaryAnswer => {
  const s = ctx.state;
  const m = s.messages.get(ctx.path.message_id);
  if (!m) return ctx.fail(234001, `No message ${ctx.path.message_id} exists.`);
  if (m.deleted) ctx.fail(230110, 'The message was recalled.');
  const chat = s.chats.get(m.chat_id);
  if (!chat || !s.isMember(chat, ctx.actor)) {
    ctx.fail(ctx.actor.kind === 'bot' ? 234004 : 234040, 'The caller is not a member of the chat that holds this message.');
  }
  if (m.nested || m.msg_type === 'sticker' || m.msg_type === 'interactive') ctx.fail(234043, `Resources of ${m.msg_type} messages cannot be downloaded.`);
  if (chat!.settings.restricted_mode_setting.status && chat!.settings.restricted_mode_setting.download_has_permission_setting === 'not_anyone') {
    ctx.fail(234038, 'The chat is in restricted mode, which blocks downloads.');
  }
  const key = ctx.path.file_key as string;
  const keys = resourceKeysOf(m.msg_type, m.content);
  const type = ctx.query.type as 'image' | 'file';
  const carried = keys.images.includes(key) || keys.files.includes(key);
  if (!carried) ctx.fail(234003, `${key} is not attached to message ${m.message_id}.`);
  const r = s.resources.get(key);
  if (!r) return ctx.fail(234003, `${key} is not attached to message ${m.message_id}.`);
  if (r.kind !== type) ctx.invalid('type', `must be ${r.kind} for ${key}`, type);
  return r.file_name ? { binary: r.data, contentType: r.content_type, fileName: r.file_name } : { binary: r.data, contentType: r.content_type };
};

export const resourceHandlers: Record<string, Handler> = {
  'im.images.create': createImage,
  'im.images.get': getImage,
  'im.files.create': createFile,
  'im.files.get': getFile,
  'im.message.resources.get': getMessageResource,
};
