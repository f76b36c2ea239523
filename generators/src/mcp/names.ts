/**
 * Tool names. A method keeps the name the official Lark MCP server gives it,
 * `<service>.<version>.<resource>.<method>` with the platform's camelCase resource name
 * (`im.v1.chatMembers.get`), so prompts written for that server keep working. A shortcut is
 * named after itself: `im.messages.send` for `+messages-send`.
 */
import type { Method, Shortcut, SpecModel } from '@larkgen/spec';
import { camel } from '../shared/naming.js';

/** `batch_messages` → `batch_message`, `menu_items` → `menu_item`, `batch` stays. */
function singular(word: string): string {
  return /[^s]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The platform's name of a resource: the spec's `platformName`, else the camelCase singular of
 * each dotted part (`chat.tabs` → `chatTab`, `message.resources` → `messageResource`).
 */
export function platformResource(model: SpecModel, m: Pick<Method, 'service' | 'resource'>): string {
  const r = model.services.find((s) => s.name === m.service)?.resources.find((x) => x.name === m.resource);
  return r?.platformName ?? camel(m.resource.split('.').map(singular).join('_'));
}

/** `im.v1.message.create`; a `_v2` method name drops the suffix its version already says (`search_v2` → v2 `search`). */
export function methodToolName(model: SpecModel, m: Method): string {
  const name = m.name.endsWith(`_${m.version}`) ? m.name.slice(0, -m.version.length - 1) : m.name;
  return `${m.service}.${m.version}.${platformResource(model, m)}.${camel(name)}`;
}

/** `im.messages.send` for `im +messages-send`. */
export function shortcutToolName(sc: Shortcut): string {
  return `${sc.service}.${sc.name.replace(/-/g, '.')}`;
}
