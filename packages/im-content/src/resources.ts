/**
 * The downloadable resources a message carries, read from its content: the image of an image
 * message, the file of a file / audio / video / folder message (and a video's cover image), the
 * images and videos inside a post and the files of a post's attachment zone. Stickers are not
 * listed: the platform does not hand their bytes out. The emulator checks downloads against the
 * same list the read shortcuts show and download.
 */

/** How message.resources.get is asked for the resource: `type=image` or `type=file`. */
export type ResourceKind = 'image' | 'file';

/** One downloadable resource of a message. */
export interface MessageResource {
  /** The `type` query value of the download. */
  readonly type: ResourceKind;
  /** image_key (img_…) or file_key (file_…). */
  readonly key: string;
  /** The file name the message shows, when it has one. */
  readonly name?: string;
}

type Json = Record<string, unknown>;

function asObject(v: unknown): Json | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

/** The bodies of a post: `{title, content}` itself, or each language of `{zh_cn: {…}, …}`. */
function postBodies(o: Json): Json[] {
  if (Array.isArray(o.content)) return [o];
  return Object.values(o).flatMap((b) => {
    const body = asObject(b);
    return body && Array.isArray(body.content) ? [body] : [];
  });
}

/**
 * The resources of a message, in content order, each key once. Content that is not a JSON
 * object (a recalled message, a merged forward) carries none.
 */
export function messageResources(msgType: string, content: string): MessageResource[] {
  let o: Json | undefined;
  try {
    o = asObject(JSON.parse(content));
  } catch {
    o = undefined;
  }
  if (!o || msgType === 'sticker' || msgType === 'interactive') return [];
  const out: MessageResource[] = [];
  const add = (type: ResourceKind, key: unknown, name?: unknown) => {
    if (typeof key !== 'string' || key === '' || out.some((r) => r.key === key)) return;
    out.push({ type, key, ...(typeof name === 'string' && name !== '' ? { name } : {}) });
  };
  if (msgType === 'post') {
    for (const body of postBodies(o)) {
      for (const para of body.content as unknown[]) {
        if (!Array.isArray(para)) continue;
        for (const el of para.map(asObject)) {
          if (el?.tag === 'img') add('image', el.image_key);
          if (el?.tag === 'media') {
            add('file', el.file_key);
            add('image', el.image_key);
          }
        }
      }
    }
    for (const f of Array.isArray(o.files) ? o.files.map(asObject) : []) if (f && f.is_folder !== true) add('file', f.key ?? f.file_key, f.name ?? f.file_name);
    return out;
  }
  add('file', o.file_key, o.file_name);
  add('image', o.image_key);
  return out;
}
