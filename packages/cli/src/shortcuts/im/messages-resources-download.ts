/**
 * lark-cli im +messages-resources-download: saves an image or file attached to a message.
 *
 * Calls: GET im.message.resources.get (path message_id, file_key; query type=image|file), first
 * with `Range: bytes=0-131071`; on a 206 answer the rest in 8 MiB ranges (lib/download.ts). The
 * target is --output, else the name the server announced (Content-Disposition, made safe), else
 * the file key; relative and inside the working directory after symlinks, with an extension from
 * the Content-Type when it has none; never over an existing file without --overwrite; written
 * atomically.
 */
import { downloadTarget, probeRange, type SafePath } from '@larkgen/im-content/node';
import { planFor } from '../../core/plan.js';
import { methodLoaders } from '../../generated/loaders.js';
import type { ShortcutBehaviour } from '../types.js';
import { RESOURCE_METHOD, downloadError, rangedDownload, resourceOpener } from './lib/download.js';
import { checked } from './lib/errors.js';
import { refuseToOverwrite } from '../../core/overwrite.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const f = ctx.flags;
    const messageId = String(f['message-id']);
    const fileKey = String(f['file-key']);
    const type = String(f.type) as 'image' | 'file';
    const output = ctx.given.has('output') ? String(f.output) : undefined;
    const cwd = ctx.io.cwd;
    // Checked before anything is sent; checked again once the Content-Type is known.
    const early = checked(() => downloadTarget(cwd, { ...(output !== undefined ? { output } : {}), fileKey }));

    if (ctx.dryRun) {
      const { command } = await methodLoaders[RESOURCE_METHOD]!();
      const planned = planFor(command, ctx.session.settings.baseUrl, { path: { message_id: messageId, file_key: fileKey }, query: { type }, data: undefined, files: [] }, ctx.identity);
      ctx.plan({ ...planned, headers: { Range: probeRange() }, save_to: early.relative, save_note: 'an extension from the Content-Type is added when the name has none; the rest of a large file follows in 8 MiB ranges' } as typeof planned);
      return { data: null };
    }

    const openRange = await resourceOpener(ctx, { messageId, fileKey, type });
    const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;
    let target: SafePath | undefined;
    try {
      const r = await rangedDownload(
        openRange,
        (contentType, serverName) => {
          target = checked(() => downloadTarget(cwd, { ...(output !== undefined ? { output } : {}), fileKey, contentType, serverName }));
          refuseToOverwrite(target.absolute, target.relative, f.overwrite === true);
          return target.absolute;
        },
        { progress: (got, total) => ctx.progress(`downloading ${fileKey}: ${mib(got)}${total !== undefined ? ` of ${mib(total)}` : ''}`) },
      );
      ctx.progress('');
      return { data: { saved_path: target!.relative, size_bytes: r.bytes } };
    } catch (e) {
      ctx.progress('');
      throw downloadError(ctx, e);
    }
  },
};
