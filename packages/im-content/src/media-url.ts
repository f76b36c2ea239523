/**
 * Media flags (--image, --file, --video, --video-cover, --audio) given an https:// URL instead of
 * a key or a local path. What can be judged without the network is judged here: the scheme
 * (https only: a file fetched over plain http could be swapped on the way and would then be
 * posted under the sender's name), the length, a user:password part, and, for video and audio, an
 * extension in the URL path that cannot be played. The address guards (loopback, private,
 * link-local hosts, redirects) run in the fetching command, which knows whether the user allowed
 * private addresses.
 *
 * After the fetch, the file name comes from Content-Disposition, else the URL path, with the
 * extension of the Content-Type added when the name has none; the file type of the upload then
 * follows from that name by the same table as local files.
 */
import type { MediaFlag } from './content.js';
import { ContentError, shown } from './errors.js';
import { baseName, extensionOf, withContentTypeExtension } from './paths.js';

/** Longest media URL accepted, in characters (longer ones are refused before any request). */
export const MAX_MEDIA_URL_LENGTH = 2048;

/** File name used when neither the server nor the URL path names the file. */
export const DEFAULT_REMOTE_NAME = 'download';

/** True when a flag value is meant as a URL (`scheme://…`), as opposed to a key or a path. */
export function looksLikeUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
}

/** What a media flag names, for messages and for the fallback text. */
export function mediaNoun(flag: MediaFlag): string {
  return flag === 'video-cover' ? 'cover image' : flag;
}

/**
 * Checks a media URL before anything is fetched and returns it parsed, with the file name its
 * path suggests. Throws ContentError (exit 2, nothing sent) for a URL that is too long, not
 * https, carries a user name or password, or names a video or audio file of the wrong type.
 */
export function checkMediaUrl(flag: MediaFlag, value: string): { url: URL; fileName: string } {
  const v = value.trim();
  const how = `Give an https:// URL, ${flag === 'image' || flag === 'video-cover' ? 'an image key (img_…)' : 'a file key (file_…)'} or a relative path to a local file.`;
  if (v.length > MAX_MEDIA_URL_LENGTH) {
    throw new ContentError(flag, `--${flag} is a URL of ${v.length} characters; at most ${MAX_MEDIA_URL_LENGTH} are accepted.`, 'Use a shorter link to the file, or download it and give the local path.');
  }
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new ContentError(flag, `--${flag} ${shown(v)} is not a valid URL.`, how);
  }
  if (url.protocol === 'http:') {
    throw new ContentError(
      flag,
      `--${flag} ${shown(v)} uses plain http; media is only downloaded over https, so that nobody on the way can swap the file.`,
      'Use the https:// address of the file, or download it yourself and give the local path.',
    );
  }
  if (url.protocol !== 'https:') {
    throw new ContentError(flag, `--${flag} ${shown(v)}: the scheme ${url.protocol.slice(0, -1)} is not supported.`, how);
  }
  if (url.username || url.password) {
    throw new ContentError(flag, `--${flag} holds a URL with a user name or password, which is never sent.`, 'Remove the credentials from the URL, or download the file yourself and give the local path.');
  }
  const fileName = nameFromPath(url);
  const ext = extensionOf(fileName);
  if (flag === 'video' && ext && ext !== 'mp4') {
    throw new ContentError(flag, `--video ${shown(v)} is not an .mp4 file; video messages only play MP4.`, 'Link to an MP4 version, or send the link with --text, or the file with --file.');
  }
  if (flag === 'audio' && ext && ext !== 'opus' && ext !== 'ogg') {
    throw new ContentError(flag, `--audio ${shown(v)} is not an .opus or .ogg file; voice messages only play Opus.`, 'Link to an Opus version, or send the link with --text, or the file with --file.');
  }
  return { url, fileName };
}

/** Keeps a server- or URL-given name safe to upload: no folders, letters (any script), digits, `_`, `.` and `-` only, at most 100 characters. */
function safeName(raw: string): string {
  return baseName(raw.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}_.\-]+/gu, '_')
    .replace(/^\.+/, '')
    .slice(-100);
}

function nameFromPath(url: URL, fallback = DEFAULT_REMOTE_NAME): string {
  let last = '';
  try {
    last = decodeURIComponent(baseName(url.pathname));
  } catch {
    last = baseName(url.pathname);
  }
  return safeName(last) || fallback;
}

/**
 * The name to upload a fetched file under: the Content-Disposition file name, else the last
 * segment of the URL it finally came from, else `fallback` (`download`); the Content-Type's extension is added
 * when the name has none.
 */
export function remoteFileName(
  finalUrl: string,
  o: { readonly disposition?: string | undefined; readonly contentType?: string | undefined; readonly fallback?: string } = {},
): string {
  const fallback = o.fallback ?? DEFAULT_REMOTE_NAME;
  let name = o.disposition ? safeName(o.disposition) : '';
  if (!name) {
    try {
      name = nameFromPath(new URL(finalUrl), fallback);
    } catch {
      name = fallback;
    }
  }
  return withContentTypeExtension(name, o.contentType);
}

/**
 * Why a fetched file cannot go out as the flag's message type (undefined when it can): video
 * messages need an .mp4, voice messages .opus or .ogg. Images are judged by their Content-Type
 * while fetching.
 */
export function fetchedMediaProblem(flag: MediaFlag, fileName: string): string | undefined {
  const ext = extensionOf(fileName);
  if (flag === 'video' && ext !== 'mp4') return `it is not an MP4 video (${shown(fileName)})`;
  if (flag === 'audio' && ext !== 'opus' && ext !== 'ogg') return `it is not an Opus audio file (${shown(fileName)})`;
  return undefined;
}

/** The text sent in place of a media message whose URL could not be fetched or uploaded. */
export function linkFallbackText(flag: MediaFlag, url: string): string {
  return `[${mediaNoun(flag)} could not be attached] ${url}`;
}
