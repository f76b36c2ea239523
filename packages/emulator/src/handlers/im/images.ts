/** The emulator's handlers of `im.images` (specs/im/resources/images.yaml). */
import type { BinaryAnswer, Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';

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

const createImage: MethodHandler<'im.images.create'> = (ctx) => {
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

const getImage: MethodHandler<'im.images.get'> = (ctx): BinaryAnswer => {
  const r = ctx.state.resources.get(ctx.path.image_key);
  if (!r || r.kind !== 'image') return ctx.fail(234005, `No image ${ctx.path.image_key} exists.`);
  if (r.app_id !== ctx.appId) ctx.fail(234008, 'Only images this app uploaded can be downloaded.');
  if (r.image_type === 'avatar') ctx.fail(234001, 'Avatar images cannot be downloaded.');
  return { binary: r.data, contentType: r.content_type };
};

/** The handlers of im.images, one per method of specs/im/resources/images.yaml. */
export const imagesHandlers: ResourceHandlers<'im.images'> = {
  'im.images.create': createImage,
  'im.images.get': getImage,
};
