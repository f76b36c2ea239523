/** The emulator's handlers of `im.files` (specs/im/resources/files.yaml). */
import type { BinaryAnswer, Ctx, Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';

const FILE_TYPES: Record<string, string> = {
  opus: 'audio/ogg',
  mp4: 'video/mp4',
  pdf: 'application/pdf',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  stream: 'application/octet-stream',
};

const createFile: MethodHandler<'im.files.create'> = (ctx) => {
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

const getFile: MethodHandler<'im.files.get'> = (ctx): BinaryAnswer => {
  const r = ctx.state.resources.get(ctx.path.file_key);
  if (!r || r.kind !== 'file') return ctx.fail(234005, `No file ${ctx.path.file_key} exists.`);
  if (r.app_id !== ctx.appId) ctx.fail(234008, 'Only files this app uploaded can be downloaded.');
  return wantsName(ctx) && r.file_name
    ? { binary: r.data, contentType: r.content_type, fileName: r.file_name }
    : { binary: r.data, contentType: r.content_type };
};

/** The handlers of im.files, one per method of specs/im/resources/files.yaml. */
export const filesHandlers: ResourceHandlers<'im.files'> = {
  'im.files.create': createFile,
  'im.files.get': getFile,
};
