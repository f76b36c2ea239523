import type { CardTemplateRec, CardTokenRec } from './cards.js';
import { randomBytes } from 'node:crypto';
import { InsertionOrderedMap } from './ordered-map.js';

/** Who is acting: the app's bot, or a user of the tenant. */
export type Actor = { readonly kind: 'bot'; readonly appId: string } | { readonly kind: 'user'; readonly openId: string };

export interface UserRec {
  open_id: string;
  user_id: string;
  union_id: string;
  email: string;
  name: string;
  en_name: string;
  avatar_url?: string;
  department_ids: string[];
  job_title?: string;
  resigned?: boolean;
}

export interface AppRec {
  app_id: string;
  app_secret: string;
  bot_open_id: string;
  bot_name: string;
  bot_enabled: boolean;
  enabled_scopes: string[];
}

export type PermissionLevel = 'only_owner' | 'all_members';

export interface ChatSettings {
  add_member_permission: PermissionLevel;
  share_card_permission: 'allowed' | 'not_allowed';
  at_all_permission: PermissionLevel;
  edit_permission: PermissionLevel;
  moderation_permission: 'all_members' | 'only_owner' | 'moderator_list';
  group_message_type: 'chat' | 'thread';
  join_message_visibility: 'only_owner' | 'all_members' | 'not_anyone';
  leave_message_visibility: 'only_owner' | 'all_members' | 'not_anyone';
  membership_approval: 'no_approval_required' | 'approval_required';
  urgent_setting: PermissionLevel;
  video_conference_setting: PermissionLevel;
  pin_manage_setting: PermissionLevel;
  hide_member_count_setting: PermissionLevel;
  restricted_mode_setting: {
    status: boolean;
    screenshot_has_permission_setting: 'all_members' | 'not_anyone';
    download_has_permission_setting: 'all_members' | 'not_anyone';
    message_has_permission_setting: 'all_members' | 'not_anyone';
  };
}

export interface AnnouncementRec {
  content: string;
  revision: number;
  create_time: number;
  update_time: number;
  owner: Actor;
  modifier: Actor;
}

export interface TabRec {
  tab_id: string;
  tab_name?: string;
  tab_type: string;
  tab_content?: Record<string, string>;
  tab_config?: { icon_key?: string; is_built_in?: boolean };
}

export interface MenuItemRec {
  action_type: 'NONE' | 'REDIRECT_LINK';
  redirect_link?: Record<string, string>;
  image_key?: string;
  name: string;
  i18n_names?: Record<string, string>;
}

export interface MenuTopRec {
  id: string;
  item: MenuItemRec;
  children: { id: string; item: MenuItemRec }[];
}

export interface ChatRec {
  chat_id: string;
  chat_mode: 'group' | 'topic' | 'p2p';
  chat_type: 'private' | 'public';
  name: string;
  description: string;
  avatar: string;
  i18n_names?: Record<string, string>;
  owner?: Actor;
  creator_app?: string;
  user_managers: string[];
  bot_managers: string[];
  users: string[];
  bots: string[];
  moderators: string[];
  settings: ChatSettings;
  labels: string[];
  toolkit_ids: string[];
  chat_tag: string;
  external: boolean;
  status: 'normal' | 'dissolved';
  create_time: number;
  update_time: number;
  last_message_time: number;
  /** One-to-one chats: the user and the other party. */
  p2p?: { a: Actor; b: Actor };
  announcement: AnnouncementRec;
  tabs: TabRec[];
  top_notice?: { action_type: '1' | '2'; message_id?: string };
  menu: MenuTopRec[];
  /** Message ids shown in the chat, oldest first (thread replies live in their thread). */
  msgs: string[];
  tags: { tag_id: string; bind_version: number }[];
  buttons: Record<string, unknown>;
  time_sensitive: Record<string, boolean>;
  uuid?: string;
}

export interface MentionRec {
  key: string;
  open_id: string;
  name: string;
}

export interface MessageRec {
  message_id: string;
  seq: number;
  chat_id: string;
  msg_type: string;
  content: string;
  sender: Actor;
  create_time: number;
  update_time: number;
  deleted: boolean;
  updated: boolean;
  edits: number;
  root_id?: string;
  parent_id?: string;
  thread_id?: string;
  upper_message_id?: string;
  mentions?: MentionRec[];
  /** open_id → read time (ms). */
  reads: Record<string, number>;
  /** Nested copies carried by a merge_forward message. */
  children?: string[];
  follow_ups?: unknown[];
  urgent?: { kind: string; user_ids: string[]; at: number }[];
  /** Set for nested copies, which are not part of any chat listing. */
  nested?: boolean;
  /** A thread reply also sent to the chat (type 1) or that copy in the chat (type 2). */
  sync_to_chat?: { type: 1 | 2; related_message_id: string; thread_id: string };
}

export interface ThreadRec {
  thread_id: string;
  chat_id: string;
  root_id: string;
  /** The root first, then the replies in order. */
  msgs: string[];
}

export interface ReactionRec {
  reaction_id: string;
  message_id: string;
  operator: Actor;
  emoji_type: string;
  action_time: number;
}

export interface PinRec {
  message_id: string;
  chat_id: string;
  operator: Actor;
  create_time: number;
}

export interface ResourceRec {
  key: string;
  kind: 'image' | 'file';
  app_id: string;
  data: Buffer;
  content_type: string;
  image_type?: string;
  file_type?: string;
  file_name?: string;
  duration?: number;
  create_time: number;
}

export interface BatchRec {
  batch_message_id: string;
  app_id: string;
  user_ids: string[];
  read_user_ids: string[];
  recalled: boolean;
  create_time: number;
}

export interface FeedCardRec {
  biz_id: string;
  app_id: string;
  open_id: string;
  card: Record<string, unknown>;
  create_time: number;
  update_time: number;
}

export interface TagRec {
  id: string;
  tag_type: string;
  name: string;
  i18n_names: { locale: string; name?: string }[];
  create_time: number;
  update_time: number;
}

export interface FlagRec {
  open_id: string;
  item_id: string;
  item_type: 'default' | 'thread' | 'msg_thread';
  flag_type: 'message' | 'feed';
  chat_id: string;
  thread_id?: string;
  create_time: number;
  update_time: number;
  /** Cancelled flags stay so that the list can report them in delete_flag_items. */
  cancelled: boolean;
}

export interface FeedShortcutBar {
  /** Chat ids in display order. */
  chat_ids: string[];
  /** Bumped on every change; page tokens carry it. */
  version: number;
}

export interface FeedGroupItemRec {
  feed_id: string;
  update_time: number;
  removed: boolean;
}

export interface FeedGroupRec {
  group_id: string;
  open_id: string;
  name: string;
  create_time: number;
  update_time: number;
  deleted: boolean;
  items: FeedGroupItemRec[];
}

/** The signed-in user's own settings for one chat. */
export interface ChatUserSettingRec {
  is_muted: boolean;
  is_mute_at_all: boolean;
  nickname?: string;
}

export interface TokenRec {
  token: string;
  kind: 'tenant' | 'user';
  app_id: string;
  open_id?: string;
  scopes?: string[];
  expires_at: number;
  revoked?: boolean;
}

export interface RefreshRec {
  token: string;
  app_id: string;
  open_id: string;
  scopes: string[];
  expires_at: number;
}

export interface DeviceRec {
  device_code: string;
  user_code: string;
  app_id: string;
  scopes: string[];
  offline: boolean;
  expires_at: number;
  interval: number;
  last_poll?: number;
  status: 'pending' | 'approved' | 'denied' | 'used';
  open_id?: string;
}

/** All mutable data of one emulated tenant, serialisable to JSON for `--data FILE`. */
export class State {
  app!: AppRec;
  users = new Map<string, UserRec>();
  // Insertion-ordered: the event hub reads what each write added (events/changes.ts).
  chats = new InsertionOrderedMap<string, ChatRec>();
  messages = new InsertionOrderedMap<string, MessageRec>();
  threads = new Map<string, ThreadRec>();
  reactions = new InsertionOrderedMap<string, ReactionRec>();
  /** Reaction ids per message, in the order added. */
  reactionsByMessage = new Map<string, string[]>();
  pins = new Map<string, PinRec>();
  resources = new Map<string, ResourceRec>();
  batches = new Map<string, BatchRec>();
  feedCards = new Map<string, FeedCardRec>();
  tags = new Map<string, TagRec>();
  previews = new Map<string, { token: string; refreshed_at?: number; open_ids?: string[] }>();
  /** Flags of every user, in the order they were set. */
  flags: FlagRec[] = [];
  /** User open_id → their feed shortcut bar. */
  feedShortcuts = new Map<string, FeedShortcutBar>();
  feedGroups = new Map<string, FeedGroupRec>();
  /** `${open_id}|${chat_id}` → the user's settings for that chat. */
  chatUserSettings = new Map<string, ChatUserSettingRec>();
  /** `${sender}|${uuid}` → message id and time, for idempotent sends. */
  uuids = new Map<string, { message_id: string; at: number }>();
  /** User open_id → scopes granted to the app (they accumulate). */
  grants = new Map<string, string[]>();
  tokens = new Map<string, TokenRec>();
  refreshTokens = new Map<string, RefreshRec>();
  devices = new Map<string, DeviceRec>();
  /** Callback tokens of card interactions (delayed card update). */
  cardTokens = new Map<string, CardTokenRec>();
  /** Card templates the emulator knows, by template id. */
  cardTemplates = new Map<string, CardTemplateRec>();
  counter = 0;
  readonly runId = randomBytes(3).toString('hex');

  /** A fresh id: prefix + a per-run tag + a counter, unique within this state. */
  nextId(prefix: string): string {
    this.counter++;
    return `${prefix}${this.runId}${this.counter.toString(16).padStart(8, '0')}`;
  }

  /** A fresh numeric id in the style of the platform's 19-digit ids. */
  nextNumericId(): string {
    this.counter++;
    return (7_300_000_000_000_000_000n + BigInt(this.counter)).toString();
  }

  // ---- users ---------------------------------------------------------------------------

  userBy(idType: string, id: string): UserRec | undefined {
    if (idType === 'open_id') return this.users.get(id);
    for (const u of this.users.values()) {
      if (idType === 'user_id' && u.user_id === id) return u;
      if (idType === 'union_id' && u.union_id === id) return u;
      if (idType === 'email' && u.email === id) return u;
    }
    return undefined;
  }

  userIdOf(u: UserRec, idType: string | undefined): string {
    if (idType === 'user_id') return u.user_id;
    if (idType === 'union_id') return u.union_id;
    return u.open_id;
  }

  /** An open_id given in another id kind, converted for output. */
  convertOpenId(openId: string, idType: string | undefined): string {
    const u = this.users.get(openId);
    return u ? this.userIdOf(u, idType) : openId;
  }

  // ---- chats and membership -------------------------------------------------------------

  isMember(chat: ChatRec, a: Actor): boolean {
    return a.kind === 'bot' ? chat.bots.includes(a.appId) : chat.users.includes(a.openId);
  }

  isOwner(chat: ChatRec, a: Actor): boolean {
    const o = chat.owner;
    if (!o) return false;
    return o.kind === a.kind && (o.kind === 'bot' ? o.appId === (a as { appId: string }).appId : o.openId === (a as { openId: string }).openId);
  }

  isManager(chat: ChatRec, a: Actor): boolean {
    return a.kind === 'bot' ? chat.bot_managers.includes(a.appId) : chat.user_managers.includes(a.openId);
  }

  isOwnerOrManager(chat: ChatRec, a: Actor): boolean {
    return this.isOwner(chat, a) || this.isManager(chat, a);
  }

  /** The one-to-one chat between two parties, if there is one. */
  findP2p(x: Actor, y: Actor): ChatRec | undefined {
    for (const c of this.chats.values()) {
      if (c.chat_mode !== 'p2p' || !c.p2p) continue;
      const { a, b } = c.p2p;
      if ((sameActor(a, x) && sameActor(b, y)) || (sameActor(a, y) && sameActor(b, x))) return c;
    }
    return undefined;
  }

  // ---- persistence ----------------------------------------------------------------------

  toJSON(): unknown {
    const doc: Record<string, unknown> = { version: 1, counter: this.counter, app: this.app };
    for (const [name, p] of persistedFields()) doc[name] = p.save(this[name]);
    return doc;
  }

  static fromJSON(doc: unknown): State {
    const d = doc as Record<string, unknown>;
    if (!d || d.version !== 1) throw new Error('unsupported state file (expected version 1)');
    const s = new State();
    s.counter = Number(d.counter ?? 0);
    s.app = d.app as AppRec;
    for (const [name, p] of persistedFields()) {
      const items = d[name];
      p.load(s[name], Array.isArray(items) ? items : [], s);
    }
    return s;
  }

  addReaction(r: ReactionRec): void {
    this.reactions.set(r.reaction_id, r);
    const l = this.reactionsByMessage.get(r.message_id);
    if (l) l.push(r.reaction_id);
    else this.reactionsByMessage.set(r.message_id, [r.reaction_id]);
  }

  removeReaction(id: string): void {
    const r = this.reactions.get(id);
    if (!r) return;
    this.reactions.delete(id);
    const l = this.reactionsByMessage.get(r.message_id);
    if (l) {
      const i = l.indexOf(id);
      if (i >= 0) l.splice(i, 1);
    }
  }
}

/** How one collection of the state is written to the state file, and read back into a fresh state. */
interface Persisted<T> {
  save(value: T): unknown[];
  /** Fills `value`, the field of a fresh `state`, from what `save` wrote. */
  load(value: T, items: any[], state: State): void;
}

/** A map written as the list of its values; `keyOf` gives each value its key back. */
function byValue<V>(keyOf: (v: V) => string): Persisted<Map<string, V>> {
  return {
    save: (m) => [...m.values()],
    load: (m, items: V[]) => {
      for (const v of items) m.set(keyOf(v), v);
    },
  };
}

/** A map written as its `[key, value]` entries (the key is not part of the value). */
function byEntry<V>(): Persisted<Map<string, V>> {
  return {
    save: (m) => [...m.entries()],
    load: (m, items: [string, V][]) => {
      for (const [k, v] of items) m.set(k, v);
    },
  };
}

/**
 * Every collection the state file holds, in the order it is written: the one table both
 * `toJSON` and `fromJSON` read, so that a collection is saved exactly when it is restored.
 * Indexes built from others (`reactionsByMessage`) are rebuilt on load, not saved.
 */
const PERSISTED: { readonly [K in keyof State]?: Persisted<State[K]> } = {
  users: byValue((u) => u.open_id),
  chats: byValue((c) => c.chat_id),
  messages: byValue((m) => m.message_id),
  threads: byValue((t) => t.thread_id),
  // Added one by one, so that the per-message index is rebuilt.
  reactions: { save: (m) => [...m.values()], load: (_, items: ReactionRec[], s) => items.forEach((r) => s.addReaction(r)) },
  pins: byValue((p) => p.message_id),
  // Resource bytes are written as base64.
  resources: {
    save: (m) => [...m.values()].map((r) => ({ ...r, data: r.data.toString('base64') })),
    load: (m, items: (ResourceRec & { data: string })[]) => {
      for (const r of items) m.set(r.key, { ...r, data: Buffer.from(r.data, 'base64') });
    },
  },
  batches: byValue((b) => b.batch_message_id),
  feedCards: byValue((f) => feedKey(f.biz_id, f.open_id)),
  tags: byValue((t) => t.id),
  previews: byValue((p) => p.token),
  flags: {
    save: (l) => l,
    load: (l, items: FlagRec[]) => {
      for (const f of items) l.push(f);
    },
  },
  feedShortcuts: byEntry(),
  feedGroups: byValue((g) => g.group_id),
  chatUserSettings: byEntry(),
  uuids: byEntry(),
  grants: byEntry(),
  tokens: byValue((t) => t.token),
  refreshTokens: byValue((t) => t.token),
  devices: byValue((d) => d.device_code),
  cardTokens: byValue((t) => t.token),
  cardTemplates: byValue((t) => t.template_id),
};

const persistedFields = () => Object.entries(PERSISTED) as [keyof State, Persisted<unknown>][];

export function sameActor(a: Actor, b: Actor): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'bot' ? a.appId === (b as { appId: string }).appId : a.openId === (b as { openId: string }).openId;
}

export function feedKey(bizId: string, openId: string): string {
  return `${bizId}|${openId}`;
}

export function defaultSettings(): ChatSettings {
  return {
    add_member_permission: 'all_members',
    share_card_permission: 'allowed',
    at_all_permission: 'all_members',
    edit_permission: 'all_members',
    moderation_permission: 'all_members',
    group_message_type: 'chat',
    join_message_visibility: 'all_members',
    leave_message_visibility: 'all_members',
    membership_approval: 'no_approval_required',
    urgent_setting: 'all_members',
    video_conference_setting: 'all_members',
    pin_manage_setting: 'all_members',
    hide_member_count_setting: 'all_members',
    restricted_mode_setting: {
      status: false,
      screenshot_has_permission_setting: 'all_members',
      download_has_permission_setting: 'all_members',
      message_has_permission_setting: 'all_members',
    },
  };
}
