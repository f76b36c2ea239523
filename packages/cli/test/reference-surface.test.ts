/**
 * The reference CLI's newer IM shortcuts against the emulator, each checked against the state it
 * changes. Every family starts with the built CLI as a child process (reached through the bundle's
 * lazy loader); the follow-up commands run main() in this process. The per-shortcut suites under
 * shortcuts/ hold the details, dry-run shapes and rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from './helpers.js';
import { userToken } from './shortcuts/send-fixtures.js';

let env: Env;
let asAlice: { env: Record<string, string> };
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  asAlice = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') } };
});
afterAll(async () => env?.close());

/** Runs `lark-cli im <args>` in this process and returns data of a successful answer. */
const im = (args: string[], o: { env?: Record<string, string> } = asAlice) => answer(env.run, args, o);
/** The same through the built CLI as a child process. */
const imChild = (args: string[], o: { env?: Record<string, string> } = asAlice) => answer(env.spawn, args, o);

async function answer(run: Env['run'], args: string[], o: { env?: Record<string, string> }) {
  const r = await run(['im', ...args], o);
  expect(r.code, r.stderr).toBe(0);
  return json<{ ok: boolean; data: any }>(r).data;
}
const asBot = { env: {} };

describe('the newer shortcuts against the emulator', () => {
  it('flags: created, listed, cancelled', async () => {
    await imChild(['+flag-create', '--message-id', 'om_hello', '--as', 'user']);
    expect((await im(['+flag-list', '--as', 'user'])).flag_items.map((f: { item_id: string }) => f.item_id)).toContain('om_hello');
    expect((await im(['+flag-cancel', '--message-id', 'om_hello', '--flag-type', 'message', '--as', 'user'])).results).toEqual([
      expect.objectContaining({ item_id: 'om_hello', status: 'ok' }),
    ]);
    expect((await im(['+flag-list', '--as', 'user'])).flag_items.map((f: { item_id: string }) => f.item_id)).not.toContain('om_hello');
  });

  it('feed shortcuts: pinned, listed with detail, removed', async () => {
    await im(['+feed-shortcut-create', '--chat-id', 'oc_project', '--as', 'user']);
    const listed = await imChild(['+feed-shortcut-list', '--as', 'user']);
    expect(listed.shortcuts[0]).toMatchObject({ id: 'oc_project', detail: { name: 'Project X' } });
    await im(['+feed-shortcut-remove', '--chat-id', 'oc_project', '--as', 'user']);
    expect((await im(['+feed-shortcut-list', '--no-detail', '--as', 'user'])).shortcuts.map((s: { id: string }) => s.id)).toEqual(['oc_general']);
  });

  it('feed groups: the group, its items with chat names, a lookup', async () => {
    expect((await imChild(['+feed-group-list', '--as', 'user'])).groups.map((g: { group_id: string }) => g.group_id)).toEqual(['ofg_work']);
    expect((await im(['+feed-group-list-item', '--feed-group-id', 'ofg_work', '--as', 'user'])).items).toEqual([
      expect.objectContaining({ feed_id: 'oc_project', chat_name: 'Project X' }),
    ]);
    expect(await im(['+feed-group-query-item', '--feed-group-id', 'ofg_work', '--feed-id', 'oc_project,oc_general', '--as', 'user'])).toMatchObject({
      items: [expect.objectContaining({ feed_id: 'oc_project' })],
      invalid_items: [{ feed_id: 'oc_general', feed_type: 'chat' }],
    });
  });

  it('read status changes after a read; the bot sees who read its message', async () => {
    expect((await imChild(['+messages-read-status', '--message-ids', 'om_reply1', '--as', 'user'])).items).toEqual([expect.objectContaining({ read: false })]);
    await im(['+messages-mget', '--message-ids', 'om_reply1', '--no-reactions', '--as', 'user']);
    expect((await im(['+messages-read-status', '--message-id', 'om_reply1', '--as', 'user'])).items).toEqual([expect.objectContaining({ read: true })]);
    expect((await im(['+message-read-users', '--message-id', 'om_welcome', '--as', 'bot'], asBot)).items.map((x: { user_id: string }) => x.user_id)).toEqual(['ou_alice', 'ou_bob']);
  });

  it('chats and members: groups listed, members split into users and bots', async () => {
    expect((await imChild(['+chat-list', '--as', 'user'])).chats.map((c: { chat_id: string }) => c.chat_id).sort()).toEqual(['oc_general', 'oc_project']);
    const members = await im(['+chat-members-list', '--chat', 'oc_general', '--as', 'bot'], asBot);
    expect(members.users.map((u: { member_id: string }) => u.member_id)).toEqual(['ou_alice', 'ou_bob', 'ou_carol']);
    expect(members.bots).toEqual([expect.objectContaining({ app_id: 'cli_a7e3c9d15b2f4086' })]);
  });

  it('a bot message edited; a chat disbanded with --yes', async () => {
    expect(await imChild(['+messages-update', '--message-id', 'om_welcome', '--text', 'Welcome, all', '--as', 'bot'], asBot)).toMatchObject({ message_id: 'om_welcome', updated: true });
    expect((await im(['+messages-mget', '--message-ids', 'om_welcome', '--no-reactions', '--as', 'bot'], asBot)).messages[0]).toMatchObject({ content: 'Welcome, all', updated: true });
    const chat = (await im(['+chat-create', '--name', 'Short-lived', '--as', 'bot'], asBot)).chat_id as string;
    expect(await im(['+chat-disband', '--chat-id', chat, '--yes', '--as', 'bot'], asBot)).toEqual({ chat_id: chat, disbanded: true });
    expect(env.emu.state.chats.get(chat)!.status).toBe('dissolved');
  });
});
