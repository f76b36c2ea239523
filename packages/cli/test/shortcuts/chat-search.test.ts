/**
 * im +chat-search: dry-run request shapes (keyword quoting, filter and sorter only when given),
 * searches against the emulator with paging, all five output formats, and the validation table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, planOf, userToken } from './send-fixtures.js';

let env: Env;
let userEnv: Record<string, string>;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  userEnv = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_carol') };
});
afterAll(async () => env?.close());

const search = (args: string[], o: { env?: Record<string, string> } = {}) => env.run(['im', '+chat-search', ...args], o);
const URL_ = () => `${env.emu.url}/open-apis/im/v2/chats/search`;

describe('+chat-search --dry-run', () => {
  it('a keyword only: no filter, no sorter, default page size', async () => {
    const before = await env.lastRequestId();
    const plan = planOf(await search(['--query', 'Project X', '--dry-run']));
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${URL_()}?page_size=20`,
        params: { page_size: 20 },
        body: { query: 'Project X' },
        identity: 'bot',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    expect(await env.lastRequestId()).toBe(before);
  });

  it('a keyword with "-" is quoted (once); every filter, the sorter and paging', async () => {
    const plan = planOf(
      await search([
        '--query', 'release-1.4',
        '--member-ids', 'ou_alice, ou_bob',
        '--search-types', 'private,public_joined',
        '--is-manager',
        '--disable-search-by-user',
        '--sort-by', 'member_count_desc',
        '--page-size', '5',
        '--page-token', 'tok en',
        '--as', 'user',
        '--dry-run',
      ], { env: userEnv }),
    );
    expect(plan).toEqual([
      {
        method: 'POST',
        url: `${URL_()}?page_size=5&page_token=tok%20en`,
        params: { page_size: 5, page_token: 'tok en' },
        body: {
          query: '"release-1.4"',
          filter: { search_types: ['private', 'public_joined'], member_ids: ['ou_alice', 'ou_bob'], is_manager: true, disable_search_by_user: true },
          sorter: 'member_count_desc',
        },
        identity: 'user',
        content_type: 'application/json; charset=utf-8',
      },
    ]);
    const quoted = planOf(await search(['--query', '"release-1.4"', '--dry-run']));
    expect(quoted[0]!.body).toEqual({ query: '"release-1.4"' });
  });

  it('members only: no query in the body', async () => {
    const plan = planOf(await search(['--member-ids', 'ou_alice', '--dry-run']));
    expect(plan[0]!.body).toEqual({ filter: { member_ids: ['ou_alice'] } });
  });
});

describe('+chat-search live against the emulator', () => {
  it('finds a chat by name, with the documented fields', async () => {
    const r = await search(['--query', 'General']);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out.identity).toBe('bot');
    expect(Object.keys(out.data)).toEqual(['chats', 'total', 'has_more', 'page_token']);
    expect(out.data).toMatchObject({ total: 1, has_more: false, page_token: '' });
    expect(out.data.chats).toEqual([
      {
        chat_id: 'oc_general',
        name: 'General',
        description: expect.any(String),
        owner_id: 'ou_alice',
        chat_mode: 'group',
        chat_status: 'normal',
        external: false,
        create_time: expect.stringMatching(/^\d+$/),
        avatar: expect.stringMatching(/^https:/),
        chat_app_link: 'https://applink.feishu.cn/client/chat/open?openChatId=oc_general',
      },
    ]);
  });

  it('by members, sorted by member count, and by member name unless disabled', async () => {
    const both = json(await search(['--member-ids', 'ou_alice,ou_bob', '--sort-by', 'member_count_desc'])).data.chats as { chat_id: string }[];
    expect(both.map((c) => c.chat_id)).toEqual(['oc_general', 'oc_project']);
    const byMember = json(await search(['--query', 'Carol'])).data.chats as { chat_id: string }[];
    expect(byMember.map((c) => c.chat_id)).toEqual(['oc_general']);
    const namesOnly = json(await search(['--query', 'Carol', '--disable-search-by-user'])).data;
    expect(namesOnly).toMatchObject({ chats: [], total: 0, has_more: false });
  });

  it('pages with --page-size and --page-token', async () => {
    const first = json(await search(['--member-ids', 'ou_alice', '--page-size', '1'])).data;
    expect(first.chats).toHaveLength(1);
    expect(first.has_more).toBe(true);
    expect(first.page_token).not.toBe('');
    const second = json(await search(['--member-ids', 'ou_alice', '--page-size', '1', '--page-token', first.page_token])).data;
    expect(second.chats).toHaveLength(1);
    expect(second.chats[0].chat_id).not.toBe(first.chats[0].chat_id);
  });

  it('public chats the user has not joined', async () => {
    const c = await env.run(['im', '+chat-create', '--name', 'Open house', '--type', 'public', '--users', 'ou_alice']);
    expect(c.code, c.stderr).toBe(0);
    const r = await search(['--query', 'house', '--search-types', 'public_not_joined', '--as', 'user'], { env: userEnv });
    expect(r.code, r.stderr).toBe(0);
    expect((json(r).data.chats as { name: string }[]).map((x) => x.name)).toEqual(['Open house']);
  });

  it('all five formats: rows are the chats', async () => {
    const args = ['--member-ids', 'ou_alice,ou_bob', '--sort-by', 'member_count_desc'];
    const table = await search([...args, '--format', 'table']);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CHAT_ID\s+NAME\s+DESCRIPTION\s+OWNER_ID\s+CHAT_MODE\s+CHAT_STATUS\s+EXTERNAL\s+CREATE_TIME\s+AVATAR\s+CHAT_APP_LINK$/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^oc_general\s+General\s/);
    const csv = (await search([...args, '--format', 'csv'])).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('chat_id,name,description,owner_id,chat_mode,chat_status,external,create_time,avatar,chat_app_link');
    expect(csv).toHaveLength(3);
    const nd = (await search([...args, '--format', 'ndjson'])).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(nd.map((x: { chat_id: string }) => x.chat_id)).toEqual(['oc_general', 'oc_project']);
    const pretty = (await search([...args, '--format', 'pretty'])).stdout;
    expect(pretty).toContain('chats:');
    expect(pretty).toMatch(/chat_id: oc_general/);
    expect(pretty).toMatch(/has_more: false/);
    const j = json(await search([...args, '--format', 'json']));
    expect(j.ok).toBe(true);
  });
});

describe('+chat-search validation: exit 2, a clear message, nothing sent', () => {
  const cases: [string, string[], RegExp][] = [
    ['nothing to look for', ['--sort-by', 'create_time_desc'], /Say what to look for with --query/],
    ['an empty keyword', ['--query', '  '], /--query is empty/],
    ['keyword over 64 characters', ['--query', 'q'.repeat(65)], /--query takes at most 64 characters/],
    ['a member that is not an open_id', ['--member-ids', 'alice'], /each value of --member-ids "alice" does not have the expected form/],
    ['more than 50 members', ['--member-ids', Array.from({ length: 51 }, (_, i) => `ou_${i}`).join(',')], /--member-ids takes at most 50 values/],
    ['unknown search type', ['--query', 'x', '--search-types', 'private,secret'], /each value of --search-types must be one of private, external, public_joined, public_not_joined/],
    ['unknown sort order', ['--query', 'x', '--sort-by', 'name'], /--sort-by must be one of/],
    ['page size 0', ['--query', 'x', '--page-size', '0'], /--page-size must be at least 1/],
    ['page size 101', ['--query', 'x', '--page-size', '101'], /--page-size must be at most 100/],
    ['unknown format', ['--query', 'x', '--format', 'yaml'], /--format must be one of/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await search(args), message, before);
    await expectRefused(env, await search([...args, '--dry-run']), message, before);
  });
});

describe('+chat-search: --sort, --chat-modes, --exclude-muted, --page-all', () => {
  it('dry run: --sort becomes the descending sorter, --chat-modes the filter\'s modes', async () => {
    const plan = planOf(await search(['--query', 'x', '--sort', 'update_time', '--chat-modes', 'topic,group,topic', '--dry-run']));
    expect(plan[0]!.body).toEqual({ query: 'x', filter: { chat_modes: ['thread', 'default'] }, sorter: 'update_time_desc' });
    // The older spelling still works.
    expect(planOf(await search(['--query', 'x', '--sort-by', 'create_time_desc', '--dry-run']))[0]!.body.sorter).toBe('create_time_desc');
  });

  it('--chat-modes topic finds only topic chats', async () => {
    const made = json(await env.run(['im', '+chat-create', '--name', 'Ideas board', '--chat-mode', 'topic'])).data.chat_id as string;
    const r = json(await search(['--query', 'Ideas', '--chat-modes', 'topic']));
    expect(r.data.chats.map((c: { chat_id: string }) => c.chat_id)).toEqual([made]);
    expect(json(await search(['--query', 'Ideas', '--chat-modes', 'group'])).data.chats).toEqual([]);
  });

  it('--exclude-muted leaves out what the user muted', async () => {
    const alice = { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') };
    const mute = await env.run(['im', 'chat.user_setting', 'batch_update', '--data', '{"settings":[{"chat_id":"oc_project","is_muted":true}]}', '--as', 'user'], { env: alice });
    expect(mute.code, mute.stderr).toBe(0);
    const r = json(await search(['--member-ids', 'ou_alice', '--exclude-muted', '--as', 'user'], { env: alice }));
    expect(r.data.chats.map((c: { chat_id: string }) => c.chat_id)).not.toContain('oc_project');
    expect(r.data.excluded_muted).toBe(1);
  });

  it('--page-all walks every page', async () => {
    const r = json(await search(['--member-ids', 'ou_alice', '--page-size', '1', '--page-all']));
    expect(r.data.chats.length).toBeGreaterThan(1);
    expect(r.data.has_more).toBe(false);
  });

  it.each([
    ['--sort and --sort-by', ['--query', 'x', '--sort', 'create_time', '--sort-by', 'create_time_desc'], /Give the order once/],
    ['unknown mode', ['--query', 'x', '--chat-modes', 'channel'], /--chat-modes/],
    ['--exclude-muted as the bot', ['--query', 'x', '--exclude-muted'], /--exclude-muted works only with the user identity/],
  ] as const)('refused: %s', async (_n, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await search([...args]), message, before);
  });
});
