import type { Method } from '@larkgen/spec';

const words = (s: string) => s.split(/[._\-\s]+/).filter(Boolean);

// Every generator names the same few hundred ids thousands of times: each name is made once.
const pascalNames = new Map<string, string>();

/** `chat.members` → `ChatMembers`, `contact.users.basic_batch` → `ContactUsersBasicBatch`. */
export function pascal(s: string): string {
  let name = pascalNames.get(s);
  if (name === undefined) {
    name = words(s).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
    pascalNames.set(s, name);
  }
  return name;
}

/** `chat.members` → `chatMembers`, `merge_forward` → `mergeForward`. */
export function camel(s: string): string {
  const p = pascal(s);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/** The CLI command of a method: `lark-cli im chat.members create`. */
export function cliCommandOf(m: Pick<Method, 'service' | 'resource' | 'name'>): string {
  return `lark-cli ${m.service} ${m.resource} ${m.name}`;
}

/** The SDK call path of a method: `client.im.chatMembers.create`. */
export function sdkPathOf(m: Pick<Method, 'service' | 'resource' | 'name'>): string {
  return `client.${m.service}.${camel(m.resource)}.${camel(m.name)}`;
}

/** The standalone SDK function of a method: `imChatMembersCreate`. */
export function sdkFunctionOf(m: Pick<Method, 'id'>): string {
  return camel(m.id);
}

/** Quotes a word for POSIX shells; bare when it is safe. */
export function shellQuote(s: string): string {
  if (s !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
