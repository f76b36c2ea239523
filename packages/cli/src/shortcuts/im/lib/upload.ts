/**
 * Uploads for +messages-send and +messages-reply: images through im.images.create (multipart,
 * image_type=message), everything else through im.files.create (file_type from the extension,
 * file_name, duration in ms for audio and video). Uploads run as the same identity as the
 * message. A local path is checked (relative, inside the working directory after symlinks, size
 * within the endpoint's limit) and an https:// URL's host is checked against the address guards,
 * all before the first request is sent; a URL is downloaded (with the guards of ./remote-fetch)
 * right before its upload. In a dry run the uploads are only planned and nothing is fetched.
 */
import fs from 'node:fs';
import {
  checkRemoteUrl,
  checkUploadSize,
  fetchedMediaProblem,
  fileTypeOf,
  mediaNoun,
  uploadDurationMs,
  type MediaFlag,
  type UploadPlan,
} from '@larkgen/im-content';
import { resolveInside } from '@larkgen/im-content/node';
import { CliError, inputError } from '../../../core/errors.js';
import { planFor, type PlannedRequest } from '../../../core/plan.js';
import { methodLoaders } from '../../../generated/loaders.js';
import type { ShortcutContext } from '../../types.js';
import { allowPrivateFrom, fetchRemoteFile, reasonOf, RemoteFetchError } from './remote-fetch.js';

/** An upload whose local file has been found and checked, or whose URL passed the address checks. */
export type CheckedUpload =
  | {
      readonly source: 'local';
      readonly plan: UploadPlan;
      /** Absolute path after resolving symlinks. */
      readonly abs: string;
      readonly size: number;
    }
  | { readonly source: 'url'; readonly plan: UploadPlan; readonly url: string };

/** The method id an upload goes to. */
export function uploadMethod(u: UploadPlan): 'im.images.create' | 'im.files.create' {
  return u.endpoint === 'image' ? 'im.images.create' : 'im.files.create';
}

/** The hint for a media URL refused by the address guards or the size cap. */
const REFUSED_URL_HINT = 'Media is only downloaded from public https addresses within the upload limit; download the file yourself and give its local path, or share the link with --text.';

/**
 * Finds every planned upload on disk and checks it, before anything is sent: a path that leads
 * outside the working directory, a missing file, an empty or oversized file throws a ContentError;
 * a URL whose host is localhost or a literal loopback, private or link-local address is refused
 * (unless private addresses were explicitly allowed).
 */
export function checkUploads(ctx: ShortcutContext, uploads: readonly UploadPlan[]): CheckedUpload[] {
  const allowPrivate = allowPrivateFrom(ctx.io.env);
  return uploads.map((u): CheckedUpload => {
    if (u.url !== undefined) {
      const v = allowPrivate ? undefined : checkRemoteUrl(u.url);
      if (v && !v.ok) throw inputError(`--${u.flag} ${u.path} is refused: ${v.reason}.`, REFUSED_URL_HINT);
      return { source: 'url', plan: u, url: u.url };
    }
    const { absolute } = resolveInside(ctx.io.cwd, u.path, { field: u.flag, mode: 'read' });
    const size = fs.statSync(absolute).size;
    checkUploadSize(u, size);
    return { source: 'local', plan: u, abs: absolute, size };
  });
}

/** The non-file multipart fields of an upload (duration read from the bytes when wanted). */
function formFields(plan: UploadPlan, bytes: Uint8Array | undefined): Record<string, unknown> {
  if (plan.endpoint === 'image') return { image_type: 'message' };
  const duration = plan.wantsDuration && bytes ? uploadDurationMs(plan.fileType, bytes) : undefined;
  return { file_type: plan.fileType ?? 'stream', file_name: plan.fileName, ...(duration !== undefined ? { duration } : {}) };
}

/**
 * The dry-run entry of an upload: the multipart fields, with the file described, not read into
 * the plan. A URL is not fetched: the entry names it, and the file name and type are the ones
 * its path suggests (the duration of a remote audio or video is only known once downloaded).
 */
export async function planUpload(ctx: ShortcutContext, u: CheckedUpload): Promise<PlannedRequest> {
  if (u.source === 'url') return planRemoteUpload(ctx, u.plan, u.url);
  const { command } = await methodLoaders[uploadMethod(u.plan)]!();
  const bytes = u.plan.wantsDuration ? fs.readFileSync(u.abs) : undefined;
  return planFor(
    command,
    ctx.session.settings.baseUrl,
    {
      path: {},
      query: {},
      data: formFields(u.plan, bytes),
      files: [{ field: u.plan.endpoint === 'image' ? 'image' : 'file', path: u.plan.path, abs: u.abs, size: u.size, name: u.plan.fileName }],
    },
    ctx.identity,
  );
}

/** Uploads bytes as the plan says and returns the key the platform gave them. */
async function uploadBytes(ctx: ShortcutContext, plan: UploadPlan, bytes: Uint8Array): Promise<string> {
  const fields = formFields(plan, bytes);
  if (plan.endpoint === 'image') {
    const data = await ctx.call<{ image_key?: string }>('im.images.create', { data: { ...fields, image: { data: bytes, filename: plan.fileName } } });
    if (!data?.image_key) throw new Error(`the image upload of ${plan.path} returned no image_key`);
    return data.image_key;
  }
  const data = await ctx.call<{ file_key?: string }>('im.files.create', { data: { ...fields, file: { data: bytes, filename: plan.fileName } } });
  if (!data?.file_key) throw new Error(`the file upload of ${plan.path} returned no file_key`);
  return data.file_key;
}

/** Uploads one checked local file and returns the key the platform gave it. */
export async function uploadOne(ctx: ShortcutContext, u: Extract<CheckedUpload, { source: 'local' }>): Promise<string> {
  ctx.progress(`uploading ${u.plan.path} (${u.size} bytes)…`);
  return uploadBytes(ctx, u.plan, fs.readFileSync(u.abs));
}

/**
 * Downloads a media URL and uploads it, named and typed by what the server sent
 * (Content-Disposition, the final URL, the Content-Type). Throws RemoteFetchError for a fetch that
 * failed or was refused, or for a file the flag cannot send; upload errors pass through.
 */
async function uploadFromUrl(ctx: ShortcutContext, u: Extract<CheckedUpload, { source: 'url' }>): Promise<string> {
  ctx.progress(`downloading ${u.url}…`);
  const fetched = await fetchRemoteFile(u.url, {
    allowPrivate: allowPrivateFrom(ctx.io.env),
    httpsOnly: true,
    imagesOnly: u.plan.endpoint === 'image',
    maxBytes: u.plan.maxBytes,
  });
  const problem = fetchedMediaProblem(u.plan.flag, fetched.filename);
  if (problem) throw new RemoteFetchError(problem);
  const plan: UploadPlan = { ...u.plan, fileName: fetched.filename, ...(u.plan.endpoint === 'file' ? { fileType: fileTypeOf(fetched.filename) } : {}) };
  ctx.progress(`uploading ${fetched.filename} (${fetched.bytes.length} bytes)…`);
  return uploadBytes(ctx, plan, fetched.bytes);
}

/** Keys by flag, or, when the content flag's own URL failed, why (the caller sends the link instead). */
export interface UploadOutcome {
  readonly keys: Partial<Record<MediaFlag, string>>;
  readonly linkFallback?: { readonly reason: string };
}

/**
 * Uploads every checked file in order (a video before its cover) and returns the keys by flag;
 * in a dry run, plans them and returns no keys (the caller uses placeholder keys).
 *
 * A URL refused by the address guards or the size cap stops the command (invalid input, exit 2).
 * Any other failure of a URL (the server, the network, a file of the wrong kind, the upload
 * itself) returns `linkFallback` when `fallbackFlag` — the content flag, given as a URL — is set,
 * so that the message goes out as a link; otherwise it stops the command.
 */
export async function runUploads(ctx: ShortcutContext, uploads: readonly CheckedUpload[], fallbackFlag?: MediaFlag): Promise<UploadOutcome> {
  const keys: Partial<Record<MediaFlag, string>> = {};
  for (const u of uploads) {
    if (ctx.dryRun) {
      ctx.plan(await planUpload(ctx, u));
      continue;
    }
    if (u.source === 'local') {
      keys[u.plan.flag] = await uploadOne(ctx, u);
      continue;
    }
    try {
      keys[u.plan.flag] = await uploadFromUrl(ctx, u);
    } catch (e) {
      const reason = reasonOf(e);
      if (e instanceof RemoteFetchError && e.refusal) throw inputError(`--${u.plan.flag} ${u.url} is refused: ${reason}.`, REFUSED_URL_HINT);
      if (fallbackFlag !== undefined) return { keys, linkFallback: { reason } };
      if (e instanceof CliError) throw e;
      throw new CliError('network', `The ${mediaNoun(u.plan.flag)} at ${u.url} could not be downloaded: ${reason}.`, {
        hint: `Check that the link opens the file itself, or download it and give the local path to --${u.plan.flag}.`,
      });
    }
  }
  return { keys };
}

/** Uploads image bytes fetched from elsewhere (a remote Markdown image) and returns the image key. */
export async function uploadImageBytes(ctx: ShortcutContext, bytes: Uint8Array, filename: string): Promise<string> {
  const data = await ctx.call<{ image_key?: string }>('im.images.create', { data: { image_type: 'message', image: { data: bytes, filename } } });
  if (!data?.image_key) throw new Error('the image upload returned no image_key');
  return data.image_key;
}

/** The dry-run entry of an upload from a URL: the file is described by its URL, not fetched. */
async function planRemoteUpload(ctx: ShortcutContext, plan: Pick<UploadPlan, 'endpoint' | 'fileType' | 'fileName'>, url: string): Promise<PlannedRequest> {
  const { command } = await methodLoaders[plan.endpoint === 'image' ? 'im.images.create' : 'im.files.create']!();
  const p = planFor(command, ctx.session.settings.baseUrl, { path: {}, query: {}, data: {}, files: [] }, ctx.identity);
  const body =
    plan.endpoint === 'image'
      ? { image_type: 'message', image: `<image downloaded from ${url}>` }
      : { file_type: plan.fileType ?? 'stream', file_name: plan.fileName, file: `<file downloaded from ${url}>` };
  return { ...p, body, content_type: 'multipart/form-data' };
}

/** The dry-run entry of a remote Markdown image's upload. */
export function planRemoteImageUpload(ctx: ShortcutContext, url: string): Promise<PlannedRequest> {
  return planRemoteUpload(ctx, { endpoint: 'image', fileName: 'image' }, url);
}
