/**
 * The message content of +messages-send and +messages-reply, from flags to the `{msg_type,
 * content}` pair of the request: one content flag (--text, --markdown, --content, --image, --file,
 * --video with --video-cover, --audio), an explicit --msg-type that must agree with it, local
 * files and https:// media uploaded first (a media URL that cannot be fetched or uploaded is sent
 * as a text link, with a warning), remote Markdown images fetched and uploaded (or left out with a
 * warning), and in a dry run every upload planned with placeholder keys in the content.
 *
 * Everything that can be refused is refused before the first request: the flags, the --content
 * JSON, each local path and size, and the size of the finished content.
 */
import {
  buildContent,
  dryRunResolution,
  formatPlatformTime,
  mediaUrlOf,
  planContent,
  type BuiltContent,
  type ContentFlags,
  type ContentPlan,
} from '@larkgen/im-content';
import { CliError } from '../../../core/errors.js';
import { checked } from './errors.js';
import type { ShortcutContext } from '../../types.js';
import type { CheckedUpload } from './upload.js';

/**
 * The upload and remote-fetch code, loaded only for content that has something to upload or
 * fetch: a --text or a card send does not start it.
 */
const transfers = async () => {
  const [upload, remote] = await Promise.all([import('./upload.js'), import('./remote-fetch.js')]);
  return { ...upload, ...remote };
};

const str = (ctx: ShortcutContext, name: string): string | undefined => (ctx.given.has(name) ? String(ctx.flags[name]) : undefined);

/** The content flags as given (values of @file and - already read by the runner). --msg-type only when typed. */
export function contentFlagsOf(ctx: ShortcutContext): ContentFlags {
  const pick = {
    text: str(ctx, 'text'),
    markdown: str(ctx, 'markdown'),
    content: str(ctx, 'content'),
    image: str(ctx, 'image'),
    file: str(ctx, 'file'),
    video: str(ctx, 'video'),
    videoCover: str(ctx, 'video-cover'),
    audio: str(ctx, 'audio'),
    card: str(ctx, 'card'),
    cardTemplateId: str(ctx, 'card-template-id'),
    cardTemplateVersion: str(ctx, 'card-template-version'),
    cardVars: str(ctx, 'card-vars'),
    cardId: str(ctx, 'card-id'),
    msgType: str(ctx, 'msg-type'),
    attachments: ctx.given.has('attachment') ? (ctx.flags.attachment as string[]) : undefined,
  };
  return Object.fromEntries(Object.entries(pick).filter(([, v]) => v !== undefined)) as ContentFlags;
}

/** The content's plan with its local files found and checked; nothing sent yet. */
export interface PreparedContent {
  readonly plan: ContentPlan;
  readonly uploads: readonly CheckedUpload[];
}

/**
 * Checks everything about the content that can be checked without sending: the flags and
 * --msg-type, the --content JSON, each local file (inside the working directory, not empty, within
 * the upload limit), and the size of the content as it will be sent.
 */
export async function prepareContent(ctx: ShortcutContext): Promise<PreparedContent> {
  const plan = checked(() => planContent(contentFlagsOf(ctx)));
  const io = plan.uploads.length ? await transfers() : undefined;
  const uploads = io ? checked(() => io.checkUploads(ctx, plan.uploads)) : [];
  // With placeholder keys the content is as long as it will be, give or take a key: check its size now.
  checked(() => buildContent(plan, dryRunResolution(plan)));
  return { plan, uploads };
}

/**
 * Uploads the local files, the media URLs and the remote Markdown images (or plans them in a dry
 * run) and builds the content. Warnings (local images in Markdown, remote images left out, a
 * media URL sent as a link) go to stderr.
 */
export async function resolveContent(ctx: ShortcutContext, prepared: PreparedContent): Promise<BuiltContent> {
  const { plan } = prepared;
  let built: BuiltContent;
  if (!prepared.uploads.length && !plan.remoteImages.length) {
    // Nothing to upload, fetch or plan: the resolution is empty, dry run or not.
    built = checked(() => buildContent(plan, dryRunResolution(plan)));
  } else if (ctx.dryRun) {
    const io = await transfers();
    await io.runUploads(ctx, prepared.uploads);
    for (const url of plan.remoteImages) ctx.plan(await io.planRemoteImageUpload(ctx, url));
    built = checked(() => buildContent(plan, dryRunResolution(plan)));
  } else {
    const io = await transfers();
    const { keys: uploads, linkFallback } = await io.runUploads(ctx, prepared.uploads, mediaUrlOf(plan)?.flag);
    const images = plan.remoteImages.length
      ? await io.resolveRemoteImages(plan.remoteImages, (img) => io.uploadImageBytes(ctx, img.bytes, img.filename), {
          allowPrivate: io.allowPrivateFrom(ctx.io.env),
          progress: (t) => ctx.progress(t),
        })
      : new Map<string, string>();
    built = checked(() => buildContent(plan, { uploads, images, ...(linkFallback ? { linkFallback } : {}) }));
  }
  for (const w of built.warnings) ctx.warn(w);
  return built;
}

/** The output of a send or reply: `{message_id, chat_id, create_time}` (local time with seconds). */
export function messageOutput(data: unknown): { message_id: string; chat_id: string; create_time: string } {
  const m = (data ?? {}) as { message_id?: string; chat_id?: string; create_time?: string | number };
  return {
    message_id: m.message_id ?? '',
    chat_id: m.chat_id ?? '',
    create_time: formatPlatformTime(m.create_time, { seconds: true }),
  };
}

/** The body's `uuid` from --idempotency-key, when given. */
export function uuidOf(ctx: ShortcutContext): { uuid?: string } {
  return ctx.given.has('idempotency-key') ? { uuid: String(ctx.flags['idempotency-key']) } : {};
}

/**
 * Error 230002 (the caller is not in the chat; 232011 for chat methods) with the exact next step: as the bot, the command
 * that adds it to the chat (run by a member, as a user); as a user, who can add them.
 */
export function withChatMembershipStep(e: unknown, ctx: ShortcutContext, where: { chatId?: string; messageId?: string }, codes: readonly number[] = [230002]): unknown {
  if (!(e instanceof CliError) || !codes.includes(Number(e.options.code))) return e;
  const appId = ctx.session.settings.appId ?? 'cli_…';
  const place = where.chatId ?? (where.messageId ? `the chat that holds ${where.messageId}` : 'the chat');
  let hint: string;
  if (ctx.identity === 'bot') {
    const add = `lark-cli im chat.members create --params '{"chat_id":"${where.chatId ?? '<chat_id>'}","member_id_type":"app_id"}' --data '{"id_list":["${appId}"]}' --as user`;
    const find = where.chatId ? '' : where.messageId ? `Find that chat's id with: lark-cli im messages get --message-id ${where.messageId} --as user; then ` : 'Find the chat id with: lark-cli im +chat-search --query "<name>" --as user; then ';
    hint = `The bot (${appId}) is not a member of ${place}. ${find}${find ? 'a' : 'A'} member of the chat can add it with: ${add}; then run this command again.`;
  } else {
    hint = `You are not a member of ${place}: ask its owner or a manager to add you, or send as the bot with --as bot if the bot is in that chat.`;
  }
  return new CliError(e.kind, e.message, { ...e.options, hint });
}
