/**
 * im +feed-group-list / +feed-group-list-item / +feed-group-query-item against the emulator: the
 * seeded and newly made groups, deleted groups, chat names, the time window, page walking with
 * the [pagination] notice, dry-run shapes and the rule tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, methodsSince, planOf, userToken } from './send-fixtures.js';

let env: Env;
let asAlice: { env: Record<string, string> };
let token: string;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  token = await userToken(env, 'ou_alice');
  asAlice = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: token } };
});
afterAll(async () => env?.close());

const im = (args: string[]) => env.run(['im', ...args, '--as', 'user'], asAlice);
/** Raw method calls through the CLI's generic command (feed-group writes have no shortcut). */
const raw = (args: string[]) => env.run(['im', 'feed.groups', ...args, '--as', 'user'], asAlice);

describe('feed groups live', () => {
  it('lists the seeded group; a created group appears, a deleted one moves to deleted_groups', async () => {
    expect(json(await im(['+feed-group-list'])).data).toEqual({
      groups: [expect.objectContaining({ group_id: 'ofg_work', name: 'Work', type: 'custom' })],
      deleted_groups: [],
      has_more: false,
      page_token: '',
    });
    const made = json(await raw(['create', '--data', '{"name":"Family"}'])).data.group.group_id as string;
    const family = json(await im(['+feed-group-list'])).data.groups.map((g: { name: string }) => g.name);
    expect(family).toEqual(['Work', 'Family']);
    const del = await raw(['delete', '--params', JSON.stringify({ feed_group_id: made }), '--yes']);
    expect(del.code, del.stderr).toBe(0);
    const after = json(await im(['+feed-group-list'])).data;
    expect(after.groups.map((g: { name: string }) => g.name)).toEqual(['Work']);
    expect(after.deleted_groups).toEqual([expect.objectContaining({ group_id: made, name: 'Family' })]);
  });

  it('--page-all walks pages; --page-limit stops with a [pagination] notice and a token', async () => {
    for (const n of ['A', 'B', 'C']) await raw(['create', '--data', JSON.stringify({ name: `Group ${n}` })]);
    const all = json(await im(['+feed-group-list', '--page-size', '1', '--page-all']));
    expect(all.data.groups.length).toBe(4);
    expect(all.data.has_more).toBe(false);
    const cut = await im(['+feed-group-list', '--page-size', '1', '--page-all', '--page-limit', '2']);
    expect(cut.code, cut.stderr).toBe(0);
    expect(json(cut).data).toMatchObject({ has_more: true, page_token: expect.any(String) });
    const seen = (d: { groups: unknown[]; deleted_groups: unknown[] }) => d.groups.length + d.deleted_groups.length;
    expect(seen(json(cut).data)).toBe(2);
    expect(cut.stderr).toMatch(/\[pagination\] stopped after 2 pages \(--page-limit 2\)/);
    const rest = json(await im(['+feed-group-list', '--page-size', '10', '--page-token', json(cut).data.page_token]));
    expect(seen(rest.data)).toBe(3);
  });

  it('the time window filters by change time (relative times work)', async () => {
    expect(json(await im(['+feed-group-list', '--start-time', '+1h'])).data.groups).toEqual([]);
    expect(json(await im(['+feed-group-list', '--start-time', '-30d', '--end-time', 'now'])).data.groups.length).toBeGreaterThan(0);
  });

  it('+feed-group-list-item adds chat names; items taken out show in deleted_items', async () => {
    const before = await env.lastRequestId();
    const r = json(await im(['+feed-group-list-item', '--feed-group-id', 'ofg_work']));
    expect(r.data.items).toEqual([expect.objectContaining({ feed_id: 'oc_project', feed_type: 'chat', chat_name: 'Project X' })]);
    expect(await methodsSince(env, before)).toEqual(['im.feed.groups.list_item', 'im.chats.batch_query']);
    await raw(['batch_add_item', '--params', '{"feed_group_id":"ofg_work"}', '--data', '{"items":[{"feed_id":"oc_general","feed_type":"chat"}]}']);
    await raw(['batch_remove_item', '--params', '{"feed_group_id":"ofg_work"}', '--data', '{"items":[{"feed_id":"oc_project","feed_type":"chat"}]}']);
    const after = json(await im(['+feed-group-list-item', '--feed-group-id', 'ofg_work'])).data;
    expect(after.items).toEqual([expect.objectContaining({ feed_id: 'oc_general', chat_name: 'General' })]);
    expect(after.deleted_items).toEqual([expect.objectContaining({ feed_id: 'oc_project', chat_name: 'Project X' })]);
  });

  it('+feed-group-query-item splits found and not found', async () => {
    const r = json(await im(['+feed-group-query-item', '--feed-group-id', 'ofg_work', '--feed-id', 'oc_general,oc_project,oc_general']));
    expect(r.data).toEqual({
      items: [expect.objectContaining({ feed_id: 'oc_general', chat_name: 'General' })],
      invalid_items: [{ feed_id: 'oc_project', feed_type: 'chat' }],
    });
  });

  it('an unknown group: the platform error with the next step', async () => {
    const r = await im(['+feed-group-list-item', '--feed-group-id', 'ofg_nope']);
    expect(r.code).toBe(1);
    expect(errorOf(r).error).toMatchObject({ code: 239001, hint: expect.stringContaining('+feed-group-list') });
  });
});

describe('dry-run request shapes', () => {
  it('list (token always sent, times in ms), list_item, query_item', async () => {
    const list = planOf(await im(['+feed-group-list', '--start-time', '2026-11-24T00:00:00Z', '--end-time', '1795482000', '--dry-run']));
    expect(list[0]).toMatchObject({ method: 'GET', params: { page_size: 50, page_token: '', start_time: '1795478400000', end_time: '1795482000000' } });
    expect(planOf(await im(['+feed-group-list-item', '--feed-group-id', 'ofg_work', '--page-size', '5', '--dry-run']))[0]).toMatchObject({
      method: 'GET',
      url: `${env.emu.url}/open-apis/im/v1/groups/ofg_work/list_item?page_size=5&page_token=`,
    });
    expect(planOf(await im(['+feed-group-query-item', '--feed-group-id', 'ofg_work', '--feed-id', 'oc_a', '--dry-run']))[0]).toMatchObject({
      method: 'POST',
      url: `${env.emu.url}/open-apis/im/v1/groups/ofg_work/batch_query_item`,
      body: { items: [{ feed_id: 'oc_a', feed_type: 'chat' }] },
    });
  });
});

describe('rules: exit 2, a clear message, nothing sent', () => {
  const cases: [string, string[], RegExp][] = [
    ['list: page size 0', ['+feed-group-list', '--page-size', '0'], /--page-size/],
    ['list: page limit 0', ['+feed-group-list', '--page-limit', '0'], /--page-limit/],
    ['list: start after end', ['+feed-group-list', '--start-time', '2026-11-25', '--end-time', '2026-11-24'], /--start-time is later than --end-time/],
    ['list: not a time', ['+feed-group-list', '--start-time', 'soon'], /--start-time "soon" is not a time.*-2h/],
    ['list-item without group', ['+feed-group-list-item'], /needs --feed-group-id/],
    ['list-item: not a group id', ['+feed-group-list-item', '--feed-group-id', 'oc_general'], /--feed-group-id "oc_general" does not have the expected form/],
    ['query-item without --feed-id', ['+feed-group-query-item', '--feed-group-id', 'ofg_work'], /needs --feed-id/],
    ['query-item: not a chat id', ['+feed-group-query-item', '--feed-group-id', 'ofg_work', '--feed-id', 'om_x'], /does not have the expected form/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await im(args), message, before);
  });
});
