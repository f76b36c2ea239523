/**
 * Uploads of local files for +messages-send and +messages-reply: images through
 * im.images.create (multipart, image_type=message), everything else through im.files.create
 * (file_type from the extension, file_name, duration in ms for audio and video). Uploads run as
 * the same identity as the message. Every path is checked (relative, inside the working directory
 * after symlinks, size within the endpoint's limit) before the first request is sent; in a dry
 * run the uploads are only planned.
 */
import fs from 'node:fs';
import { checkUploadSize, uploadDurationMs, type MediaFlag, type UploadPlan } from '@larkgen/im-content';
import { resolveInside } from '@larkgen/im-content/node';
import { planFor, type PlannedRequest } from '../../../core/plan.js';
import { methodLoaders } from '../../../generated/index.js';
import type { ShortcutContext } from '../../types.js';

/** An upload whose local file has been found and checked. */
export interface CheckedUpload {
  readonly plan: UploadPlan;
  /** Absolute path after resolving symlinks. */
  readonly abs: string;
  readonly size: number;
}

/** The method id an upload goes to. */
export function uploadMethod(u: UploadPlan): 'im.images.create' | 'im.files.create' {
  return u.endpoint === 'image' ? 'im.images.create' : 'im.files.create';
}

/**
 * Finds every planned upload on disk and checks it, before anything is sent: a path that leads
 * outside the working directory, a missing file, an empty or oversized file throws a ContentError.
 */
export function checkUploads(ctx: ShortcutContext, uploads: readonly UploadPlan[]): CheckedUpload[] {
  return uploads.map((u) => {
    const { absolute } = resolveInside(ctx.io.cwd, u.path, { field: u.flag, mode: 'read' });
    const size = fs.statSync(absolute).size;
    checkUploadSize(u, size);
    return { plan: u, abs: absolute, size };
  });
}

/** The non-file multipart fields of an upload (duration read from the bytes when wanted). */
function formFields(u: CheckedUpload, bytes: Uint8Array | undefined): Record<string, unknown> {
  if (u.plan.endpoint === 'image') return { image_type: 'message' };
  const duration = u.plan.wantsDuration && bytes ? uploadDurationMs(u.plan.fileType, bytes) : undefined;
  return { file_type: u.plan.fileType ?? 'stream', file_name: u.plan.fileName, ...(duration !== undefined ? { duration } : {}) };
}

/** The dry-run entry of an upload: the multipart fields, with the file described, not read into the plan. */
export async function planUpload(ctx: ShortcutContext, u: CheckedUpload): Promise<PlannedRequest> {
  const { command } = await methodLoaders[uploadMethod(u.plan)]!();
  const bytes = u.plan.wantsDuration ? fs.readFileSync(u.abs) : undefined;
  return planFor(
    command,
    ctx.session.settings.baseUrl,
    {
      path: {},
      query: {},
      data: formFields(u, bytes),
      files: [{ field: u.plan.endpoint === 'image' ? 'image' : 'file', path: u.plan.path, abs: u.abs, size: u.size, name: u.plan.fileName }],
    },
    ctx.identity,
  );
}

/** Uploads one checked file and returns the key the platform gave it. */
export async function uploadOne(ctx: ShortcutContext, u: CheckedUpload): Promise<string> {
  const bytes = fs.readFileSync(u.abs);
  const fields = formFields(u, bytes);
  ctx.progress(`uploading ${u.plan.path} (${u.size} bytes)…`);
  if (u.plan.endpoint === 'image') {
    const data = await ctx.call<{ image_key?: string }>('im.images.create', { data: { ...fields, image: { data: bytes, filename: u.plan.fileName } } });
    if (!data?.image_key) throw new Error(`the image upload of ${u.plan.path} returned no image_key`);
    return data.image_key;
  }
  const data = await ctx.call<{ file_key?: string }>('im.files.create', { data: { ...fields, file: { data: bytes, filename: u.plan.fileName } } });
  if (!data?.file_key) throw new Error(`the file upload of ${u.plan.path} returned no file_key`);
  return data.file_key;
}

/**
 * Uploads every checked file in order (a video before its cover) and returns the keys by flag;
 * in a dry run, plans them and returns nothing (the caller uses placeholder keys).
 */
export async function runUploads(ctx: ShortcutContext, uploads: readonly CheckedUpload[]): Promise<Partial<Record<MediaFlag, string>>> {
  const keys: Partial<Record<MediaFlag, string>> = {};
  for (const u of uploads) {
    if (ctx.dryRun) ctx.plan(await planUpload(ctx, u));
    else keys[u.plan.flag] = await uploadOne(ctx, u);
  }
  return keys;
}

/** Uploads image bytes fetched from elsewhere (a remote Markdown image) and returns the image key. */
export async function uploadImageBytes(ctx: ShortcutContext, bytes: Uint8Array, filename: string): Promise<string> {
  const data = await ctx.call<{ image_key?: string }>('im.images.create', { data: { image_type: 'message', image: { data: bytes, filename } } });
  if (!data?.image_key) throw new Error('the image upload returned no image_key');
  return data.image_key;
}

/** The dry-run entry of a remote image's upload: the image is described by its URL, not fetched. */
export async function planRemoteImageUpload(ctx: ShortcutContext, url: string): Promise<PlannedRequest> {
  const { command } = await methodLoaders['im.images.create']!();
  const p = planFor(command, ctx.session.settings.baseUrl, { path: {}, query: {}, data: { image_type: 'message' }, files: [] }, ctx.identity);
  return { ...p, body: { image_type: 'message', image: `<image downloaded from ${url}>` }, content_type: 'multipart/form-data' };
}
