/**
 * Mentions in text and Markdown: people write `<at id=ou_1>`, `<at open_id='ou_1'>` or forget the
 * closing tag, while the platform only understands `<at user_id="ou_1"></at>`. This rewrites every
 * such tag into the platform's form before sending.
 */

// <at  id|open_id|user_id  =  "v" | 'v' | v  ( /> | > [inner text </at>] )
// The value cannot hold quotes, spaces or angle brackets, so the rewritten tag is always well formed.
const AT_TAG = /<at\s+(?:id|open_id|user_id)\s*=\s*(?:"([^"\s<>]+)"|'([^'\s<>]+)'|([^\s"'<>/]+))\s*(?:\/>|>(?:([^<]*)<\/at\s*>)?)/gi;

/**
 * Rewrites `<at id=…>`, `<at open_id=…>` and `<at user_id=…>` (quoted or not, with or without a
 * closing tag, any letter case) to `<at user_id="…"></at>`. Text written between the tags is kept
 * (`<at id=ou_1>Ann</at>` → `<at user_id="ou_1">Ann</at>`); `all` stays `all`. Tags with other
 * attributes are left alone.
 */
export function normalizeMentions(text: string): string {
  return text.replace(AT_TAG, (_whole, dq?: string, sq?: string, bare?: string, inner?: string) => {
    const id = dq ?? sq ?? bare ?? '';
    const value = id.toLowerCase() === 'all' ? 'all' : id;
    return `<at user_id="${value}">${inner ?? ''}</at>`;
  });
}

/** The ids mentioned through `<at …>` tags in `text`, in order, without duplicates. */
export function mentionedIds(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AT_TAG)) {
    const id = m[1] ?? m[2] ?? m[3] ?? '';
    const value = id.toLowerCase() === 'all' ? 'all' : id;
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
