/** The emulator's handlers of `im.chat.tabs` (specs/im/resources/chat.tabs.yaml). */
import type { Ctx } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { ChatRec, TabRec } from '../../state.js';
import { groupChatOr } from '../common.js';
import { isAdmin } from '../shared/chats.js';

const CUSTOM_TABS = new Set(['doc', 'url']);

function tabView(t: TabRec): Record<string, unknown> {
  const v: Record<string, unknown> = { tab_id: t.tab_id };
  if (t.tab_name !== undefined) v.tab_name = t.tab_name;
  v.tab_type = t.tab_type;
  if (t.tab_content) v.tab_content = { ...t.tab_content };
  if (t.tab_config) v.tab_config = { ...t.tab_config };
  return v;
}

function tabsChat(ctx: Ctx, write: boolean): ChatRec {
  const chat = groupChatOr(ctx, ctx.path.chat_id, 232050, 'One-to-one chats have no tabs.');
  if (write && chat.settings.edit_permission === 'only_owner' && !isAdmin(ctx, chat)) {
    ctx.fail(232055, 'This chat lets only its owner and managers manage tabs.');
  }
  return chat;
}

/** Tab names count 1 per ASCII character and 3 per other character, up to 30. */
function tabNameWeight(name: string): number {
  let w = 0;
  for (const ch of name) w += ch.charCodeAt(0) < 0x80 ? 1 : 3;
  return w;
}

function checkTab(ctx: Ctx, t: { tab_name?: string; tab_type: string; tab_content?: Record<string, string>; tab_config?: { icon_key?: string } }, i: number, verb: string): void {
  if (!CUSTOM_TABS.has(t.tab_type)) {
    if (verb === 'create') ctx.invalid(`chat_tabs[${i}].tab_type`, 'only doc and url tabs can be added', t.tab_type);
    ctx.fail(232049, `Only doc and url tabs can be ${verb}d; tab ${i} is ${t.tab_type}.`);
  }
  if (t.tab_name !== undefined && tabNameWeight(t.tab_name) > 30) ctx.fail(232047, `Tab name "${t.tab_name}" is too long.`);
  const link = t.tab_type === 'url' ? t.tab_content?.url : t.tab_content?.doc;
  if (!link || !/^https?:\/\//.test(link)) ctx.fail(232048, `Tab ${i} needs a link starting with http:// or https://.`);
  const icon = t.tab_config?.icon_key;
  if (icon) {
    const r = ctx.state.resources.get(icon);
    if (!r || r.kind !== 'image' || r.app_id !== ctx.appId) ctx.fail(232056, `The icon ${icon} was not uploaded by this app.`);
  }
}

const createTabs: MethodHandler<'im.chat.tabs.create'> = (ctx) => {
  const chat = tabsChat(ctx, true);
  const tabs = ctx.body.chat_tabs as TabRec[];
  tabs.forEach((t, i) => checkTab(ctx, t, i, 'create'));
  const custom = chat.tabs.filter((t) => CUSTOM_TABS.has(t.tab_type)).length;
  if (custom + tabs.length > 20) ctx.fail(232046, 'A chat holds at most 20 custom tabs.');
  for (const t of tabs) {
    const rec: TabRec = { tab_id: ctx.state.nextNumericId(), tab_type: t.tab_type };
    if (t.tab_name !== undefined) rec.tab_name = t.tab_name;
    if (t.tab_content) rec.tab_content = { ...t.tab_content };
    if (t.tab_config) rec.tab_config = { ...t.tab_config };
    chat.tabs.push(rec);
  }
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const deleteTabs: MethodHandler<'im.chat.tabs.delete_tabs'> = (ctx) => {
  const chat = tabsChat(ctx, true);
  const ids = ctx.body.tab_ids as string[];
  for (const id of ids) {
    const t = chat.tabs.find((x) => x.tab_id === id);
    if (!t) ctx.invalid('tab_ids', 'names a tab this chat does not have', id);
    if (!CUSTOM_TABS.has(t!.tab_type)) ctx.fail(232049, `Only doc and url tabs can be removed; ${id} is ${t!.tab_type}.`);
  }
  chat.tabs = chat.tabs.filter((t) => !ids.includes(t.tab_id));
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const updateTabs: MethodHandler<'im.chat.tabs.update_tabs'> = (ctx) => {
  const chat = tabsChat(ctx, true);
  const tabs = (ctx.body.chat_tabs as TabRec[] | undefined) ?? [];
  if (tabs.length === 0) ctx.invalid('chat_tabs', 'give at least one tab to update');
  tabs.forEach((t, i) => {
    if (!t.tab_id) ctx.invalid(`chat_tabs[${i}].tab_id`, 'is required to update a tab');
    const cur = chat.tabs.find((x) => x.tab_id === t.tab_id);
    if (!cur) ctx.invalid(`chat_tabs[${i}].tab_id`, 'names a tab this chat does not have', t.tab_id);
    if (!CUSTOM_TABS.has(cur!.tab_type)) ctx.fail(232049, `Only doc and url tabs can be updated; ${t.tab_id} is ${cur!.tab_type}.`);
    checkTab(ctx, t, i, 'update');
  });
  for (const t of tabs) {
    const cur = chat.tabs.find((x) => x.tab_id === t.tab_id)!;
    if (t.tab_name !== undefined) cur.tab_name = t.tab_name;
    cur.tab_type = t.tab_type;
    if (t.tab_content) cur.tab_content = { ...t.tab_content };
    if (t.tab_config) cur.tab_config = { ...t.tab_config };
  }
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const sortTabs: MethodHandler<'im.chat.tabs.sort_tabs'> = (ctx) => {
  const chat = tabsChat(ctx, true);
  const ids = (ctx.body.tab_ids as string[] | undefined) ?? [];
  const have = chat.tabs.map((t) => t.tab_id);
  if (ids.length !== have.length || new Set(ids).size !== ids.length || ids.some((id) => !have.includes(id))) {
    ctx.invalid('tab_ids', 'must list every tab of the chat exactly once', ids.join(','));
  }
  const byId = new Map(chat.tabs.map((t) => [t.tab_id, t]));
  const sorted = ids.map((id) => byId.get(id)!);
  const msg = sorted.findIndex((t) => t.tab_type === 'message');
  if (msg > 0) sorted.unshift(...sorted.splice(msg, 1));
  chat.tabs = sorted;
  ctx.rt.touch();
  return { chat_tabs: chat.tabs.map(tabView) };
};

const listTabs: MethodHandler<'im.chat.tabs.list_tabs'> = (ctx) => {
  const chat = tabsChat(ctx, false);
  return { chat_tabs: chat.tabs.map(tabView) };
};

/** The handlers of im.chat.tabs, one per method of specs/im/resources/chat.tabs.yaml. */
export const chatTabsHandlers: ResourceHandlers<'im.chat.tabs'> = {
  'im.chat.tabs.create': createTabs,
  'im.chat.tabs.delete_tabs': deleteTabs,
  'im.chat.tabs.update_tabs': updateTabs,
  'im.chat.tabs.sort_tabs': sortTabs,
  'im.chat.tabs.list_tabs': listTabs,
};
