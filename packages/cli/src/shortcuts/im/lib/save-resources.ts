/**
 * --download-resources of the read shortcuts: every image and file the listed messages carry
 * (thread replies included) is saved into --resources-dir, a folder inside the working
 * directory (checked before anything is sent; created on the first save). Each file is named
 * from the answer's Content-Disposition, else the message's file name, else the key, made safe
 * (one path segment, no characters file systems refuse) and given an extension from the
 * Content-Type when it has none; an existing file is never replaced: the new one is saved as
 * `name (1).ext`. Downloads are ranged and atomic (lib/download.ts). A failed download is
 * listed with its reason and the others go on.
 *
 * Resources of the messages inside a merged forward are not downloaded: the platform does not
 * serve resources of those nested copies.
 */
import path from 'node:path';
import { freeFileName, safeFileName, withContentTypeExtension, type MessageResource, type RawMessage } from '@larkgen/im-content';
import { lexists, probeRange, resolveFolderInside, type SafePath } from '@larkgen/im-content/node';
import { CliError } from '../../../core/errors.js';
import { planFor } from '../../../core/plan.js';
import { methodLoaders } from '../../../generated/loaders.js';
import type { ShortcutContext, ShortcutResult } from '../../types.js';
import { checked } from './errors.js';
import { RESOURCE_METHOD, downloadError, rangedDownload, resourceOpener } from './download.js';
import { messageRows, readableMessages, reactionsWanted, type ReadableMessage } from './messages.js';

/** A resource saved to disk. */
export interface SavedResource {
  readonly message_id: string;
  readonly type: MessageResource['type'];
  readonly key: string;
  /** Where it was saved, relative to the working directory. */
  readonly path: string;
  readonly size_bytes: number;
}

/** A resource that could not be saved, and why. */
export interface FailedResource {
  readonly message_id: string;
  readonly type: MessageResource['type'];
  readonly key: string;
  readonly error: string;
}

export interface ResourceDownloads {
  /** The folder, relative to the working directory. */
  readonly dir: string;
  readonly saved: SavedResource[];
  readonly failed: FailedResource[];
}

/** The --download-resources / --resources-dir flags: the checked folder, or undefined when off. */
export function resourcesFolder(ctx: ShortcutContext): SafePath | undefined {
  if (ctx.flags['download-resources'] !== true) return undefined;
  return checked(() => resolveFolderInside(ctx.io.cwd, String(ctx.flags['resources-dir']), 'resources-dir'));
}

/** The (message, resource) pairs to fetch, in output order, each key of a message once. */
function wanted(messages: readonly ReadableMessage[]): { messageId: string; resource: MessageResource }[] {
  const out: { messageId: string; resource: MessageResource }[] = [];
  const seen = new Set<string>();
  const add = (m: { message_id: string; resources?: readonly MessageResource[] }) => {
    for (const r of m.resources ?? []) {
      const id = `${m.message_id}\u0000${r.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ messageId: m.message_id, resource: r });
    }
  };
  for (const m of messages) {
    add(m);
    for (const reply of m.thread_replies ?? []) add(reply);
  }
  return out;
}

/** In --dry-run: the download that each resource would get, with placeholders. */
export async function planResourceDownloads(ctx: ShortcutContext, folder: SafePath): Promise<void> {
  const { command } = await methodLoaders[RESOURCE_METHOD]!();
  const where = { message_id: '<each listed message with resources>', file_key: '<each image_key or file_key>' };
  const planned = planFor(command, ctx.session.settings.baseUrl, { path: where, query: { type: '<image or file>' }, data: undefined, files: [] }, ctx.identity);
  ctx.plan({ ...planned, headers: { Range: probeRange() }, save_to: `${folder.relative}/`, save_note: SAVE_NOTE } as typeof planned);
}

const SAVE_NOTE = 'one download per image or file of the listed messages and their thread replies; names from Content-Disposition, never overwriting';

/** Downloads the resources of `messages` into `folder`; never throws for one failed download. */
export async function downloadResources(ctx: ShortcutContext, messages: readonly ReadableMessage[], folder: SafePath): Promise<ResourceDownloads> {
  const saved: SavedResource[] = [];
  const failed: FailedResource[] = [];
  const claimed = new Set<string>();
  const taken = (name: string) => claimed.has(name) || lexists(path.join(folder.absolute, name));
  for (const { messageId, resource } of wanted(messages)) {
    try {
      const open = await resourceOpener(ctx, { messageId, fileKey: resource.key, type: resource.type });
      let name = '';
      const r = await rangedDownload(open, (contentType, served) => {
        name = freeFileName(withContentTypeExtension(safeFileName(served ?? resource.name, resource.key), contentType), taken);
        claimed.add(name);
        return path.join(folder.absolute, name);
      });
      saved.push({ message_id: messageId, type: resource.type, key: resource.key, path: joinRelative(folder.relative, name), size_bytes: r.bytes });
    } catch (e) {
      const err = downloadError(ctx, e);
      failed.push({ message_id: messageId, type: resource.type, key: resource.key, error: err instanceof CliError ? err.message : String(err) });
    }
  }
  if (failed.length) ctx.warn(`${failed.length} of ${failed.length + saved.length} resource(s) could not be downloaded (${failed[0]!.key}: ${failed[0]!.error})`);
  return { dir: folder.relative, saved, failed };
}

function joinRelative(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/**
 * The resources step of a read shortcut's run: nothing without --download-resources; else the
 * downloads, as the `downloads` output field, and whether any failed (a partial failure).
 */
export async function saveListedResources(
  ctx: ShortcutContext,
  folder: SafePath | undefined,
  messages: readonly ReadableMessage[],
): Promise<{ fields: { downloads?: ResourceDownloads }; partialFailure: boolean }> {
  if (!folder) return { fields: {}, partialFailure: false };
  const downloads = await downloadResources(ctx, messages, folder);
  return { fields: { downloads }, partialFailure: downloads.failed.length > 0 };
}

/**
 * The answer of a shortcut that reads messages (+chat-messages-list, +threads-messages-list,
 * +messages-mget), once `raw` is fetched: in --dry-run only the planned downloads; else the
 * messages made readable, with `fields(messages)` as the data (plus, with --download-resources,
 * what was saved) and one table row per message.
 */
export async function readMessagesAnswer(
  ctx: ShortcutContext,
  folder: SafePath | undefined,
  raw: readonly RawMessage[],
  expandThreads: boolean,
  fields: (messages: ReadableMessage[]) => Record<string, unknown>,
): Promise<ShortcutResult> {
  if (ctx.dryRun) {
    if (folder) await planResourceDownloads(ctx, folder);
    return { data: null };
  }
  const messages = await readableMessages(ctx, raw, { expandThreads, reactions: reactionsWanted(ctx) });
  const data = fields(messages);
  const saved = await saveListedResources(ctx, folder, messages);
  return { data: { ...data, ...saved.fields }, rows: messageRows(messages, ctx.format), partialFailure: saved.partialFailure };
}
