/**
 * Markdown → `post` message content. Lark shows a post's `md` element with large headings and
 * its own idea of spacing, so the text is adjusted before sending: big headings are demoted,
 * runs of blank lines shrink to one, and fenced code is passed through byte for byte. Unlike the
 * reference CLI, tables and single blank lines are kept.
 *
 * Remote images (`![alt](https://…)`) cannot be shown from a URL: the caller downloads and
 * uploads them, then `replaceMarkdownImages` swaps each URL for its image key. Everything here is
 * a line scanner over the text, not a Markdown parser, so nothing the user wrote is re-serialised.
 */
import { ContentError, shown } from './errors.js';
import { normalizeMentions } from './mentions.js';

/** One element of a post paragraph. Only `md` is produced here; other tags come from --content. */
export interface PostElement {
  readonly tag: string;
  readonly [key: string]: unknown;
}

/** The body of one post language. */
export interface PostBody {
  readonly title?: string;
  readonly content: readonly (readonly PostElement[])[];
}

/** Post content as sent: one language (`zh_cn`), one paragraph holding one `md` element per Markdown paragraph. */
export interface MarkdownPost {
  readonly zh_cn: PostBody;
}

/** A piece of the document: ordinary text lines, or a fenced code block (verbatim). */
interface Segment {
  readonly code: boolean;
  readonly lines: string[];
}

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const ATX = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** Splits lines into text and fenced-code segments. An unclosed fence runs to the end. */
function segments(lines: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let text: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const open = FENCE_OPEN.exec(line);
    // A backtick fence's info string may not contain backticks (CommonMark); `x` inline is not a fence.
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      if (text.length > 0) out.push({ code: false, lines: text });
      text = [];
      const fence = open[2]!;
      const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      const code = [line];
      i++;
      while (i < lines.length) {
        const l = lines[i]!;
        code.push(l);
        i++;
        if (close.test(l)) break;
      }
      out.push({ code: true, lines: code });
      continue;
    }
    text.push(line);
    i++;
  }
  if (text.length > 0) out.push({ code: false, lines: text });
  return out;
}

/** A line that can be a one-line paragraph under a setext underline. */
function plainLine(line: string): boolean {
  if (BLANK.test(line) || ATX.test(line)) return false;
  if (/^ {4,}|^\t/.test(line)) return false; // indented code
  if (/^\s*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) return false; // list item
  if (/^\s*(?:>|\||<)/.test(line)) return false; // quote, table row, HTML
  if (SETEXT_H1.test(line) || SETEXT_H2.test(line) || /^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:_[ \t]*){3,}$/.test(line)) return false;
  return true;
}

/** Level of a setext underline at `i` (1 for ===, 2 for ---) when it underlines a one-line paragraph. */
function setextLevel(lines: readonly string[], i: number): 1 | 2 | undefined {
  if (i < 1) return undefined;
  const line = lines[i]!;
  const level = SETEXT_H1.test(line) ? 1 : SETEXT_H2.test(line) ? 2 : undefined;
  if (!level) return undefined;
  if (!plainLine(lines[i - 1]!)) return undefined;
  // Only a one-line paragraph: what precedes it must not continue the paragraph.
  if (i >= 2 && !BLANK.test(lines[i - 2]!) && !ATX.test(lines[i - 2]!)) return undefined;
  return level;
}

/** The heading levels used outside code (ATX and one-line setext headings). */
function headingLevels(segs: readonly Segment[]): Set<number> {
  const levels = new Set<number>();
  for (const s of segs) {
    if (s.code) continue;
    s.lines.forEach((line, i) => {
      const atx = ATX.exec(line);
      if (atx) levels.add(atx[2]!.length);
      const setext = setextLevel(s.lines, i);
      if (setext) levels.add(setext);
    });
  }
  return levels;
}

/** The level a heading gets: H1 → H4, H2–H6 → H5 (only applied when some H1–H3 occurs). */
export function demotedLevel(level: number): number {
  return level === 1 ? 4 : 5;
}

/** Rewrites headings of one text segment to their demoted level. */
function demote(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const atx = ATX.exec(line);
    if (atx) {
      out.push(`${atx[1]}${'#'.repeat(demotedLevel(atx[2]!.length))}${line.slice(atx[0].length)}`);
      continue;
    }
    const setext = setextLevel(lines, i);
    if (setext) {
      // The underline turns the previous line into a heading: rewrite that line, drop the underline.
      const title = out.pop()!.trim();
      out.push(`${'#'.repeat(demotedLevel(setext))} ${title}`);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Runs of two or more blank lines become one empty line; a single blank line becomes empty. */
function squeezeBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (BLANK.test(line)) {
      if (out.length > 0 && out[out.length - 1] === '') continue;
      out.push('');
    } else out.push(line);
  }
  return out;
}

/** [start, end) ranges of the inline code spans in `text` (backtick runs of equal length). */
function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (text[i + run] === '`') run++;
    const ticks = '`'.repeat(run);
    // The span closes at the next run of exactly the same length.
    let j = i + run;
    let close = -1;
    while ((j = text.indexOf(ticks, j)) !== -1) {
      let len = run;
      while (text[j + len] === '`') len++;
      if (len === run) {
        close = j;
        break;
      }
      j += len;
    }
    if (close === -1) {
      i += run;
      continue;
    }
    spans.push([i, close + run]);
    i = close + run;
  }
  return spans;
}

/** Applies `fn` to the parts of `text` outside inline code spans; the spans stay as written. */
function outsideCodeSpans(text: string, fn: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const [a, b] of codeSpans(text)) {
    out += fn(text.slice(last, a)) + text.slice(a, b);
    last = b;
  }
  return out + fn(text.slice(last));
}

/** Splits text on line ends (CRLF, CR and LF all count). */
function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Adjusts Markdown for a post's `md` element: line ends to LF; when any H1–H3 heading occurs,
 * H1 → H4 and H2–H6 → H5 (one-line setext headings are rewritten as ATX); three or more newlines
 * → two; leading and trailing blank lines dropped; mentions normalised. Fenced code blocks and
 * inline code are left exactly as written; tables and single blank lines are kept.
 */
export function normalizeMarkdown(markdown: string): string {
  const segs = segments(splitLines(markdown));
  const levels = headingLevels(segs);
  const shrink = levels.has(1) || levels.has(2) || levels.has(3);
  const lines: string[] = [];
  for (const s of segs) {
    if (s.code) {
      lines.push(...s.lines);
      continue;
    }
    let text = squeezeBlankLines(shrink ? demote(s.lines) : s.lines);
    text = outsideCodeSpans(text.join('\n'), normalizeMentions).split('\n');
    lines.push(...text);
  }
  while (lines.length > 0 && BLANK.test(lines[0]!)) lines.shift();
  while (lines.length > 0 && BLANK.test(lines[lines.length - 1]!)) lines.pop();
  return lines.join('\n');
}

/** Options for `markdownToPost`. */
export interface MarkdownPostOptions {
  /** Post title shown above the body; left out when empty. */
  readonly title?: string;
  /** The flag the Markdown came from, for error messages (default `markdown`). */
  readonly field?: string;
}

/**
 * Builds post content from Markdown: `{"zh_cn":{"title"?,"content":[[{"tag":"md","text":…}]]}}`
 * with the text normalised by `normalizeMarkdown`. Throws when nothing is left to send. Run
 * `replaceMarkdownImages` first so remote image URLs are replaced by image keys.
 */
export function markdownToPost(markdown: string, options: MarkdownPostOptions = {}): MarkdownPost {
  const field = options.field ?? 'markdown';
  const text = normalizeMarkdown(markdown);
  if (text.trim() === '') {
    throw new ContentError(field, `--${field} is empty.`, 'Give the Markdown inline, as @file, or as - to read it from standard input.');
  }
  const title = options.title?.trim();
  return { zh_cn: { ...(title ? { title } : {}), content: markdownParagraphs(text).map((p) => [{ tag: 'md', text: p }]) } };
}

/**
 * The paragraphs of (normalised) Markdown: text split at blank lines, fenced code blocks kept
 * whole with their blank lines. Each becomes its own post paragraph, because a single md element
 * loses the blank lines between paragraphs when the client renders it.
 */
export function markdownParagraphs(text: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current.join('\n'));
    current = [];
  };
  for (const seg of segments(text.split('\n'))) {
    if (seg.code) {
      current.push(...seg.lines);
      continue;
    }
    for (const line of seg.lines) {
      if (BLANK.test(line)) flush();
      else current.push(line);
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Images

/** What an image destination points at. */
export type MarkdownImageKind =
  /** http(s) URL: to be downloaded and uploaded */
  | 'remote'
  /** already an image key (img_…): sent as is */
  | 'key'
  /** a local path: not uploaded */
  | 'local'
  /** another scheme (data:, file:, ftp: …): not uploaded */
  | 'unsupported';

/** One inline image `![alt](dest "title")` found in the Markdown. */
export interface MarkdownImage {
  readonly alt: string;
  /** The destination as written (without angle brackets). */
  readonly url: string;
  readonly kind: MarkdownImageKind;
  /** Offsets of the whole `![…](…)` in the (line-end normalised) text. */
  readonly start: number;
  readonly end: number;
}

/** The kind of an image destination. */
export function imageKindOf(url: string): MarkdownImageKind {
  if (/^https?:\/\//i.test(url)) return 'remote';
  if (/^img_[^\s./\\]+$/.test(url)) return 'key';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[a-z]:[\\/]/i.test(url)) return 'unsupported';
  return 'local';
}

/** Parses `![…](…)` at `start` (which points at `!`); undefined when it is not an image. */
function parseImage(text: string, start: number): { alt: string; url: string; end: number } | undefined {
  let i = start + 2;
  let depth = 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (c === '[') {
      depth++;
      i++;
    } else if (c === ']') {
      if (--depth === 0) break;
      i++;
    } else if (c === '\n' && text[i + 1] === '\n') return undefined;
    else i++;
  }
  if (depth !== 0 || text[i + 1] !== '(') return undefined;
  const alt = text.slice(start + 2, i);
  i += 2;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  let url: string;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close === -1) return undefined;
    url = text.slice(i + 1, close);
    if (/[\n<]/.test(url)) return undefined;
    i = close + 1;
  } else {
    const from = i;
    let parens = 0;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\\') i += 2;
      else if (c === '(') {
        parens++;
        i++;
      } else if (c === ')') {
        if (parens === 0) break;
        parens--;
        i++;
      } else if (/\s/.test(c)) break;
      else i++;
    }
    url = text.slice(from, i);
  }
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  const q = text[i];
  if (q === '"' || q === "'" || q === '(') {
    const closer = q === '(' ? ')' : q;
    i++;
    while (i < text.length && text[i] !== closer) i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) return undefined;
    i++;
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') i++;
  }
  if (text[i] !== ')') return undefined;
  return { alt, url, end: i + 1 };
}

/** Finds images in one stretch of text (no fences in it), skipping inline code spans. */
function imagesIn(text: string, offset: number, out: MarkdownImage[]): void {
  const spans = codeSpans(text);
  const inSpan = (pos: number) => spans.some(([a, b]) => pos >= a && pos < b);
  let i = 0;
  while ((i = text.indexOf('![', i)) !== -1) {
    if (inSpan(i) || (i > 0 && text[i - 1] === '\\')) {
      i += 2;
      continue;
    }
    const img = parseImage(text, i);
    if (!img) {
      i += 2;
      continue;
    }
    out.push({ alt: img.alt, url: img.url, kind: imageKindOf(img.url), start: offset + i, end: offset + img.end });
    i = img.end;
  }
}

/**
 * Every inline image outside code, in order, with its kind. Offsets refer to the text with line
 * ends normalised to LF. Reference-style images (`![alt][ref]`) are not recognised.
 */
export function findMarkdownImages(markdown: string): MarkdownImage[] {
  const lines = splitLines(markdown);
  const out: MarkdownImage[] = [];
  let offset = 0;
  for (const s of segments(lines)) {
    const text = s.lines.join('\n');
    if (!s.code) imagesIn(text, offset, out);
    offset += text.length + 1;
  }
  return out;
}

/** What has to happen to a Markdown document's images before it can be sent. */
export interface MarkdownImagePlan {
  /** Distinct http(s) URLs, in order of appearance: download and upload each. */
  readonly remote: readonly string[];
  /** Warnings for images that will not be uploaded (local paths, other schemes). */
  readonly warnings: readonly string[];
}

/** Lists the remote image URLs to fetch and warns about images that stay as written. */
export function planMarkdownImages(markdown: string, field = 'markdown'): MarkdownImagePlan {
  const remote: string[] = [];
  const warnings: string[] = [];
  for (const img of findMarkdownImages(markdown)) {
    if (img.kind === 'remote' && !remote.includes(img.url)) remote.push(img.url);
    if (img.kind === 'local') {
      warnings.push(`--${field}: the local image ${shown(img.url)} is not uploaded and will not show; send it on its own with --image, or link it from an https:// URL.`);
    }
    if (img.kind === 'unsupported') {
      warnings.push(`--${field}: the image ${shown(img.url)} is neither an https:// URL nor an image key (img_…), so it is not uploaded and will not show.`);
    }
  }
  return { remote, warnings };
}

/** The outcome of fetching and uploading one remote image: its key, or why it failed. */
export type ImageUploadOutcome = string | { readonly error: string };

/** Where `replaceMarkdownImages` finds upload outcomes: a map or a function, keyed by URL. */
export type ImageKeyLookup = ReadonlyMap<string, ImageUploadOutcome> | ((url: string) => ImageUploadOutcome | undefined);

/** Markdown with remote images swapped for keys, and a warning for each image left out. */
export interface ReplacedImages {
  readonly markdown: string;
  readonly warnings: readonly string[];
}

/**
 * Replaces each remote image's URL by its uploaded image key (`![alt](img_…)`, title dropped)
 * and removes remote images whose upload failed or is missing from `keys`, with one warning per
 * distinct URL. Local and other images are left exactly as written.
 */
export function replaceMarkdownImages(markdown: string, keys: ImageKeyLookup, field = 'markdown'): ReplacedImages {
  const text = splitLines(markdown).join('\n');
  const lookup = typeof keys === 'function' ? keys : (url: string) => keys.get(url);
  const warnings: string[] = [];
  const warned = new Set<string>();
  let out = '';
  let last = 0;
  for (const img of findMarkdownImages(text)) {
    if (img.kind !== 'remote') continue;
    const outcome = lookup(img.url);
    out += text.slice(last, img.start);
    last = img.end;
    if (typeof outcome === 'string' && outcome !== '') {
      out += `![${img.alt}](${outcome})`;
      continue;
    }
    if (!warned.has(img.url)) {
      warned.add(img.url);
      const why = outcome && typeof outcome === 'object' ? `: ${outcome.error}` : '';
      warnings.push(`--${field}: the image ${shown(img.url, 120)} could not be uploaded and was left out${why}.`);
    }
  }
  return { markdown: out + text.slice(last), warnings };
}
