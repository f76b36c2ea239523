/** The console composer's `@Name` mentions, turned into the `<at>` markup the text message takes. */

export interface Person {
  readonly id: string;
  readonly name: string;
}

/**
 * Replaces `@Name` (a person of the chat by full name, or by first name when no one else in the
 * chat shares it; longest first, not inside a word) with `<at user_id="…">Name</at>`, and `@all`
 * with the mention of everyone. Other `@` stay as written.
 */
export function mentionMarkup(text: string, people: readonly Person[]): string {
  const firsts = new Map<string, number>();
  for (const p of people) firsts.set(firstName(p.name), (firsts.get(firstName(p.name)) ?? 0) + 1);
  const byName = [
    ...people.map((p) => ({ id: p.id, name: p.name })),
    ...people.filter((p) => firstName(p.name) !== p.name && firsts.get(firstName(p.name)) === 1).map((p) => ({ id: p.id, name: firstName(p.name) })),
  ]
    .filter((p) => p.name !== '')
    .sort((a, b) => b.name.length - a.name.length);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    out += text.slice(i, at);
    const before = at > 0 ? text[at - 1]! : ' ';
    const rest = text.slice(at + 1);
    const boundary = (n: number) => n >= rest.length || !/[\p{L}\p{N}_]/u.test(rest[n]!);
    const who = /[\p{L}\p{N}_.]/u.test(before) ? undefined : byName.find((p) => rest.startsWith(p.name) && boundary(p.name.length));
    if (who) {
      out += `<at user_id="${who.id}">${who.name}</at>`;
      i = at + 1 + who.name.length;
    } else if (!/[\p{L}\p{N}_.]/u.test(before) && rest.startsWith('all') && boundary(3)) {
      out += '<at user_id="all">all</at>';
      i = at + 4;
    } else {
      out += '@';
      i = at + 1;
    }
  }
  return out + text.slice(i);
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
