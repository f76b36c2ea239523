/**
 * Lark ids carry their kind in a prefix (oc_ chat, ou_ user, om_ message, omt_ thread, cli_ app,
 * img_ image, file_ file). Checking the prefix before sending turns a confusing platform error
 * into a message that says which flag holds which kind of id.
 */
import { ContentError, shown } from './errors.js';

/** The id kinds the shortcuts take, and their prefixes. */
export const ID_PREFIXES = {
  chat: 'oc_',
  user: 'ou_',
  message: 'om_',
  thread: 'omt_',
  app: 'cli_',
  image: 'img_',
  file: 'file_',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

const KIND_NAMES: Readonly<Record<IdKind, string>> = {
  chat: 'a chat id',
  user: "a user's open_id",
  message: 'a message id',
  thread: 'a thread id',
  app: 'an app id',
  image: 'an image key',
  file: 'a file key',
};

const KIND_HINTS: Readonly<Record<IdKind, string>> = {
  chat: 'Find a chat id with lark-cli im +chat-search --query "<name>".',
  user: 'Use the open_id (ou_…), not a user_id, union_id or email.',
  message: 'Message ids appear as message_id in +chat-messages-list and +messages-mget output.',
  thread: 'Thread ids appear as thread_id in message output; a thread can also be named by its root message id (om_…).',
  app: 'App ids are shown in the developer console as App ID.',
  image: 'Image keys come from an image upload or from image message content.',
  file: 'File keys come from a file upload or from file, audio and video message content.',
};

// Anything that could end a token in a URL, a path or a terminal line: no id has these.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_ID = /[\s\u0000-\u001f\u007f-\u009f/\\?#%&"'<>]/;

/** True when `value` has the prefix of `kind` followed by at least one id character. */
export function isId(kind: IdKind, value: string): boolean {
  const prefix = ID_PREFIXES[kind];
  return value.length > prefix.length && value.startsWith(prefix) && !UNSAFE_IN_ID.test(value);
}

/** The kind of an id judged by its prefix (omt_ before om_), or undefined when none fits. */
export function idKindOf(value: string): IdKind | undefined {
  const kinds = (Object.keys(ID_PREFIXES) as IdKind[]).sort((a, b) => ID_PREFIXES[b].length - ID_PREFIXES[a].length);
  return kinds.find((k) => isId(k, value));
}

/**
 * Checks one id for a flag and returns it trimmed; throws a ContentError naming the flag, the
 * expected prefix and where to find a correct id.
 */
export function checkId(kind: IdKind | readonly IdKind[], value: string, field: string): string {
  const kinds: readonly IdKind[] = typeof kind === 'string' ? [kind] : kind;
  const v = value.trim();
  if (kinds.some((k) => isId(k, v))) return v;
  const want = kinds.map((k) => `${KIND_NAMES[k]} (${ID_PREFIXES[k]}…)`).join(' or ');
  const got = idKindOf(v);
  const looks = got && !kinds.includes(got) ? ` It looks like ${KIND_NAMES[got]}.` : '';
  if (v === '') throw new ContentError(field, `--${field} is empty; it needs ${want}.`, KIND_HINTS[kinds[0]!]);
  throw new ContentError(field, `--${field} ${shown(v)} is not ${want}.${looks}`, KIND_HINTS[kinds[0]!]);
}

/**
 * Checks a list flag's ids (already split) and its size limit; returns them with duplicates
 * removed, in the order given.
 */
export function checkIdList(kind: IdKind, values: readonly string[], field: string, max?: number): string[] {
  const out: string[] = [];
  for (const v of values) {
    const id = checkId(kind, v, field);
    if (!out.includes(id)) out.push(id);
  }
  if (max !== undefined && out.length > max) {
    throw new ContentError(field, `--${field} lists ${out.length} ids; at most ${max} are accepted per call.`, 'Split the list over several calls.');
  }
  return out;
}

/** Whether a --thread value names the thread itself (omt_…) or its root message (om_…). */
export function threadRefKind(value: string, field = 'thread'): 'thread' | 'message' {
  const v = checkId(['thread', 'message'], value, field);
  return v.startsWith(ID_PREFIXES.thread) ? 'thread' : 'message';
}

/**
 * Checks a value that goes into a URL path segment and returns it percent-escaped. Refuses what
 * could change the request's target: `..`, `/`, `\`, `?`, `#`, `%` and control characters.
 */
export function pathSegment(value: string, field: string): string {
  const problem = segmentProblem(value);
  if (problem) {
    throw new ContentError(field, `--${field} ${shown(value)} cannot be used in a request path: ${problem}.`, 'Pass the id exactly as the platform returned it.');
  }
  return encodeURIComponent(value);
}

/** Why a value is unsafe as a URL path segment, or undefined when it is fine. */
export function segmentProblem(value: string): string | undefined {
  if (value === '') return 'it is empty';
  if (value.includes('..')) return 'it contains ".."';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return 'it contains control characters';
  const bad = /[/\\?#%]/.exec(value);
  if (bad) return `it contains "${bad[0]}"`;
  return undefined;
}

/**
 * Checks a --file-key value: a single name without path separators, dot segments or control
 * characters, since it becomes both a URL segment and (by default) the output file name.
 */
export function checkFileKey(value: string, field = 'file-key'): string {
  const v = value.trim();
  if (v === '') throw new ContentError(field, `--${field} is empty.`, 'Pass the img_… or file_… key shown in the message content.');
  if (/[/\\]/.test(v)) {
    throw new ContentError(field, `--${field} ${shown(v)} contains a path separator; a key is a single name.`, 'Pass only the key (img_… or file_…); choose the file location with --output.');
  }
  const problem = segmentProblem(v);
  if (problem || v === '.') {
    throw new ContentError(field, `--${field} ${shown(v)} is not a valid key: ${problem ?? 'it is "."'}.`, 'Pass the img_… or file_… key exactly as shown in the message content.');
  }
  return v;
}
