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

/** Escapes one line, skipping inline code spans (runs of backticks close only on an equal run). */
function escapeLine(line: string): string {
  let result = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const close = line.indexOf(run, i + run.length);
      if (close !== -1) {
        result += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      result += run;
      i += run.length;
      continue;
    }
    result += line[i] === '<' ? '&lt;' : line[i];
    i += 1;
  }
  return result;
}
