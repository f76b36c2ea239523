/**
 * im +chat-update: the dry-run request shape, renames and description changes seen in the
 * emulator's state and by +chat-search, platform errors with their next step, and the validation
 * table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { emulatorState, expectRefused, methodsSince, planOf, userToken } from './send-fixtures.js';

let env: Env;
let userEnv: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  userEnv = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') };
});
afterAll(async () => env?.close());

const update = (args: string[], o: { env?: Record<string, string> } = {}) => env.run(['im', '+chat-update', ...args], o);
const chatOf = async (id: string) => (await emulatorState(env)).chats.find((c: { chat_id: string }) => c.chat_id === id);

describe('+chat-update --dry-run', () => {
  it('PUT with user_id_type=open_id and only the given fields', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await update(['--chat-id', 'oc_project', '--name', 'Project X (launch)', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'PUT',
        url: `${env.emu.url}/open-apis/im/v1/chats/oc_project?user_id_type=open_id`,
        params: { chat_id: 'oc_project', user_id_type: 'open_id' },
        body: { name: 'Project X (launch)' },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    const both = planOf(await update(['--chat-id', 'oc_general', '--name', 'General', '--description', 'All hands', '--as', 'user', '--dry-run'], { env: userEnv }));
    expect(both[0]).toMatchObject({ identity: 'user', body: { name: 'General', description: 'All hands' } });
    expect(await env.lastRequestId()).toBe(before);
  });
});

describe('+chat-update live against the emulator', () => {
  it('renames a chat as the bot; +chat-search finds the new name', async () => {
    const before = await env.lastRequestId();
    const r = await update(['--chat-id', 'oc_project', '--name', 'Project X (launch)']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r)).toEqual({ ok: true, identity: 'bot', data: { chat_id: 'oc_project' } });
    expect(await methodsSince(env, before)).toEqual(['im.chats.update']);
    expect(await chatOf('oc_project')).toMatchObject({ name: 'Project X (launch)', description: expect.any(String) });
    const s = await env.run(['im', '+chat-search', '--query', '(launch)']);
    expect((json(s).data.chats as { chat_id: string; name: string }[]).find((c) => c.chat_id === 'oc_project')?.name).toBe('Project X (launch)');
  });

  it('changes only the description as the user, leaving the name', async () => {
    const name = (await chatOf('oc_general')).name;
    const r = await update(['--chat-id', 'oc_general', '--description', 'Company-wide announcements', '--as', 'user'], { env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    expect(await chatOf('oc_general')).toMatchObject({ name, description: 'Company-wide announcements' });
  });

  it('a chat the caller is not in: the platform error with the next step', async () => {
    const c = await env.run(['im', '+chat-create', '--name', 'Alice only', '--as', 'user'], { env: userEnv });
    const chat = json(c).data.chat_id as string;
    const r = await update(['--chat-id', chat, '--name', 'Renamed']);
    expect(r.code).toBe(1);
    const e = errorOf(r).error;
    expect(e.code).toBe(232011);
    expect(e.hint).toContain(`lark-cli im chat.members create --params '{"chat_id":"${chat}","member_id_type":"app_id"}' --data '{"id_list":["cli_a7e3c9d15b2f4086"]}' --as user`);
  });

  it('an unknown chat: 232006 with how to look the id up', async () => {
    const r = await update(['--chat-id', 'oc_nope', '--name', 'x']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error).toMatchObject({ code: 232006, hint: expect.stringContaining('+chat-search') });
  });
});

describe('+chat-update validation: exit 2, a clear message, nothing sent', () => {
  const cases: [string, string[], RegExp][] = [
    ['nothing to change', ['--chat-id', 'oc_general'], /Nothing to change; give --name, --description or both/],
    ['no --chat-id', ['--name', 'x'], /needs --chat-id/],
    ['--chat-id not a chat id', ['--chat-id', 'om_hello', '--name', 'x'], /--chat-id "om_hello" does not have the expected form/],
    ['--chat-id unsafe in a path', ['--chat-id', 'oc_a?b=1', '--name', 'x'], /cannot be used in a request path: it contains "\?"/],
    ['an empty name', ['--chat-id', 'oc_general', '--name', ' '], /--name is empty/],
    ['name over 60 characters', ['--chat-id', 'oc_general', '--name', 'n'.repeat(61)], /--name takes at most 60 characters/],
    ['description over 100 characters', ['--chat-id', 'oc_general', '--description', 'd'.repeat(101)], /--description takes at most 100 characters/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await update(args), message, before);
    await expectRefused(env, await update([...args, '--dry-run']), message, before);
  });
});
