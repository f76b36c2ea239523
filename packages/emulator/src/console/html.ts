/** HTML text helpers for the console's server-side rendering. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function esc(v: unknown): string {
  const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : String(v);
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A JSON value as an HTML attribute value (escaped, to be read back with JSON.parse). */
export function jsonAttr(v: unknown): string {
  return esc(JSON.stringify(v));
}

/** Only http(s) and mailto links become hrefs; anything else (javascript:, data:) is dropped. */
export function safeHref(url: unknown): string | undefined {
  return typeof url === 'string' && /^(https?:|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

/** A local time `HH:MM` (and the date when not today) from epoch ms. */
export function clock(ms: number, now: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return new Date(now).toDateString() === d.toDateString() ? time : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}`;
}
