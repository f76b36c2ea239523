/**
 * im +feed-shortcut-create / -remove / -list against the emulator: a pinned chat shows up in the
 * list with its detail, partial failures print a ledger and exit 1, a stale page token is refused,
 * dry-run shapes and the rule tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, methodsSince, planOf, setFaults, userToken } from './send-fixtures.js';

let env: Env;
let asAlice: { env: Record<string, string> };
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
  asAlice = { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: await userToken(env, 'ou_alice') } };
});
afterAll(async () => env?.close());

const im = (args: string[]) => env.run(['im', ...args, '--as', 'user'], asAlice);
const bar = async () => (json(await im(['+feed-shortcut-list', '--no-detail'])).data.shortcuts as { id: string }[]).map((s) => s.id);

describe('feed shortcuts live', () => {
  it('a pinned chat shows up in +feed-shortcut-list (head by default, tail on request) with its detail', async () => {
    expect(await bar()).toEqual(['oc_general']);
    const c = await im(['+feed-shortcut-create', '--chat-id', 'oc_project']);
    expect(c.code, c.stderr).toBe(0);
    expect(json(c)).toMatchObject({ ok: true, data: { ok: true, pinned: ['oc_project'], failed_shortcuts: [] } });
    expect(await bar()).toEqual(['oc_project', 'oc_general']);
    const before = await env.lastRequestId();
    const l = json(await im(['+feed-shortcut-list']));
    expect(l.data.shortcuts[0]).toMatchObject({ type: 'chat', id: 'oc_project', detail: { chat_id: 'oc_project', name: 'Project X' } });
    expect(await methodsSince(env, before)).toEqual(['im.feed_shortcuts.list', 'im.chats.batch_query']);
    await im(['+feed-shortcut-remove', '--chat', 'oc_project']);
    await im(['+feed-shortcut-create', '--chat', 'oc_project', '--tail']);
    expect(await bar()).toEqual(['oc_general', 'oc_project']);
  });

  it('removing unpins; removing a chat not on the bar still succeeds', async () => {
    const r = await im(['+feed-shortcut-remove', '--chat-id', 'oc_project,oc_p2p_alice']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toEqual({ ok: true, removed: ['oc_project', 'oc_p2p_alice'], failed_shortcuts: [] });
    expect(await bar()).toEqual(['oc_general']);
  });

  it('partial failure: the ledger is printed, ok false, exit 1, the good chat pinned', async () => {
    const r = await im(['+feed-shortcut-create', '--chat-id', 'oc_project', '--chat-id', 'oc_nope']);
    expect(r.code).toBe(1);
    expect(json(r)).toMatchObject({ ok: false, data: { ok: false, pinned: ['oc_project'], failed_shortcuts: [{ shortcut: { type: 'chat', id: 'oc_nope' }, reason: 'chat_not_found' }] } });
    expect(r.stderr).toMatch(/oc_nope was not pinned: chat_not_found/);
    expect(await bar()).toContain('oc_project');
  });

  it('a chat detail lookup that fails: warning, notice, entries still listed', async () => {
    await setFaults(env, { errorRate: 1, errorStatus: 400, methods: ['im.chats.batch_query'] });
    const r = await im(['+feed-shortcut-list']);
    await setFaults(env, {});
    expect(r.code, r.stderr).toBe(0);
    const d = json(r).data;
    expect(d.shortcuts.length).toBeGreaterThan(0);
    expect(d.notice).toMatch(/chat details could not be fetched/);
    expect(r.stderr).toMatch(/warning: chat details could not be fetched/);
  });

  it('a page token from before a change is refused by the server (the bar changed)', async () => {
    const r = await im(['+feed-shortcut-list', '--page-token', 'bm90LWEtdG9rZW4']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr.split('\n').find((l) => l.startsWith('{'))!).error).toMatchObject({ code: 230001 });
  });
});

describe('dry-run request shapes', () => {
  it('create (tail, deduplicated), remove, list', async () => {
    expect(planOf(await im(['+feed-shortcut-create', '--chat-id', 'oc_a,oc_b,oc_a', '--tail', '--dry-run']))[0]).toMatchObject({
      method: 'POST',
      url: `${env.emu.url}/open-apis/im/v2/feed_shortcuts`,
      body: { shortcuts: [{ type: 'chat', id: 'oc_a' }, { type: 'chat', id: 'oc_b' }], is_header: false },
    });
    expect(planOf(await im(['+feed-shortcut-remove', '--chat-id', 'oc_a', '--dry-run']))[0]).toMatchObject({ method: 'POST', url: `${env.emu.url}/open-apis/im/v2/feed_shortcuts/remove`, body: { shortcuts: [{ type: 'chat', id: 'oc_a' }] } });
    expect(planOf(await im(['+feed-shortcut-list', '--no-detail', '--dry-run']))).toEqual([expect.objectContaining({ method: 'GET', url: `${env.emu.url}/open-apis/im/v2/feed_shortcuts` })]);
  });
});

describe('rules: exit 2, a clear message, nothing sent', () => {
  const eleven = Array.from({ length: 11 }, (_, i) => `oc_${i}`).join(',');
  const cases: [string, string[], RegExp][] = [
    ['create without --chat-id', ['+feed-shortcut-create'], /needs --chat-id/],
    ['create: --head and --tail', ['+feed-shortcut-create', '--chat-id', 'oc_a', '--head', '--tail'], /Choose one position, --head or --tail/],
    ['create: not a chat id', ['+feed-shortcut-create', '--chat-id', 'om_a'], /does not have the expected form/],
    ['create: more than 10', ['+feed-shortcut-create', '--chat-id', eleven], /at most 10/],
    ['remove without --chat-id', ['+feed-shortcut-remove'], /needs --chat-id/],
    ['remove: more than 10', ['+feed-shortcut-remove', '--chat-id', eleven], /at most 10/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const before = await env.lastRequestId();
    await expectRefused(env, await im(args), message, before);
  });
});
