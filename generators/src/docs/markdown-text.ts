/**
 * Keeps generated Markdown free of accidental HTML. Spec prose often shows placeholders such as
 * `<name>` or a mention tag as plain text; a Markdown renderer (GitHub, a static site) would take them
 * for HTML and hide them or fail to build. An opening angle bracket outside code is written as an entity;
 * fenced blocks, inline code spans and HTML comments (the do-not-edit notice) are left alone.
 */
export function escapeHtmlOutsideCode(md: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of md.split('\n')) {
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      out.push(line);
    } else if (inFence || /^\s*<!--.*-->\s*$/.test(line)) {
      out.push(line);
    } else {
      out.push(escapeLine(line));
    }
  }
  return out.join('\n');
}

/**
 * Escapes one line, skipping inline code spans (runs of backticks close only on an equal run).
 * Most lines hold no angle bracket and come back as they are; the others are copied in slices
 * between the brackets, never character by character.
 */
function escapeLine(line: string): string {
  if (!line.includes('<')) return line;
  let result = '';
  let copied = 0;
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === BACKTICK) {
      let end = i + 1;
      while (line.charCodeAt(end) === BACKTICK) end++;
      const close = line.indexOf(line.slice(i, end), end);
      i = close === -1 ? end : close + (end - i);
    } else {
      if (c === LESS_THAN) {
        result += `${line.slice(copied, i)}&lt;`;
        copied = i + 1;
      }
      i += 1;
    }
  }
  return result + line.slice(copied);
}

const BACKTICK = 0x60;
const LESS_THAN = 0x3c;
