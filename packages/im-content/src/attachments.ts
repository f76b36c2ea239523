/**
 * --attachment: files (and folders) shown in a post's attachment zone, as the post content's
 * top-level `files: [{key, is_folder?}]`. Values are file keys (`file_…`) from the file upload, or
 * `folder:<key>` for a folder. Only posts have an attachment zone.
 */
import { ContentError, shown } from './errors.js';

/** One entry of a post's attachment zone. */
export interface PostFile {
  readonly key: string;
  readonly is_folder?: boolean;
}

/** Most entries one post's attachment zone takes (a decision of ours; the platform's cap is not documented). */
export const MAX_ATTACHMENTS = 20;

/** The attachment zone of the --attachment values, checked; duplicates are dropped. */
export function planAttachments(values: readonly string[]): PostFile[] {
  const out = new Map<string, PostFile>();
  for (const raw of values) {
    const v = raw.trim();
    if (v.startsWith('folder:') && /^[A-Za-z0-9_-]+$/.test(v.slice(7))) out.set(v, { key: v.slice(7), is_folder: true });
    else if (/^file_[^\s./\\]+$/.test(v)) out.set(v, { key: v });
    else throw new ContentError('attachment', `--attachment ${shown(v)} is not a file key (file_…) or folder:<key>.`, 'Upload the file first (lark-cli im images/files create, or send it with --file) and pass its file_… key.');
  }
  if (out.size > MAX_ATTACHMENTS) throw new ContentError('attachment', `--attachment lists ${out.size} entries; a post takes at most ${MAX_ATTACHMENTS}.`, 'Attach fewer files, or send a folder.');
  return [...out.values()];
}
