import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadSpecs } from '@larkgen/spec';
import {
  MARKER, importLarkMcp, loadLarkMcpTools, planServices, resourceName, selectServices, snake, UsageError, type McpTool,
} from './lark-mcp.js';
import { unwrap, shapeOf, isZodSchema } from './zod-fields.js';

const temps: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-import-'));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

const tool = (name: string, p: string, httpMethod: string, schema: McpTool['schema'] = {}, accessTokens: string[] = ['tenant']): McpTool => ({
  project: name.split('.')[0]!, name, path: p, httpMethod, accessTokens, schema,
});

describe('naming', () => {
  it.each([
    ['meJoin', 'me_join'],
    ['batchGetId', 'batch_get_id'],
    ['getV2', 'get_v2'],
    ['urgentSMS', 'urgent_sms'],
  ])('snake(%s) = %s', (a, b) => expect(snake(a)).toBe(b));

  it.each<[string, string, string]>([
    ['chat', 'chats', 'chats'],
    ['chat', 'chats/{chat_id}', 'chats'],
    ['chatMembers', 'chats/{chat_id}/members/me_join', 'chat.members'],
    ['chatTab', 'chats/{chat_id}/chat_tabs/list_tabs', 'chat.tabs'],
    ['chatButton', 'chat_button', 'chat_button'],
    ['appFeedCardBatch', 'app_feed_card/batch', 'app_feed_card.batch'],
    ['batchMessage', 'batch_messages/{batch_message_id}/read_user', 'batch_messages'],
    ['messageReaction', 'messages/{message_id}/reactions/{reaction_id}', 'message.reactions'],
    ['mailgroupAlias', 'mailgroups/{mailgroup_id}/aliases', 'mailgroup.aliases'],
    ['systemStatus', 'system_statuses/{id}/batch_open', 'system_statuses'],
    ['ailySessionAilyMessage', 'sessions/{aily_session_id}/messages', 'aily_session.aily_messages'],
    ['group', 'group/{group_id}', 'group'],
    ['auth', 'tenant_access_token/internal', 'auth'],
  ])('resource %s at %s → %s', (res, p, expected) => expect(resourceName(res, p.split('/'))).toBe(expected));
});

describe('planServices', () => {
  const tools = [
    tool('im.v1.chat.search', '/open-apis/im/v1/chats/search', 'GET', { params: z.object({ query: z.string().optional() }) }),
    tool('im.v2.chat.search', '/open-apis/im/v2/chats/search', 'POST', { data: z.object({ query: z.string() }) }, ['user']),
    tool('im.v1.chatMembers.delete', '/open-apis/im/v1/chats/:chat_id/members', 'DELETE', { path: z.object({ chat_id: z.string() }) }, ['tenant', 'user']),
    tool('corehr.v2.reportDetailRow.batchSave', '/open-apis/corehr/v2/report_detail_row/batchSave', 'POST'),
    tool('drive.v1.fileSubscription.get', '/open-apis/drive/v1/files/:file_token/subscriptions/:subscription_id', 'GET', {
      path: z.object({ file_token: z.string(), subscription_id: z.string() }), data: z.object({ file_type: z.string() }),
    }),
    tool('auth.v3.auth.tenantAccessToken', '/open-apis/auth/v3/tenant_access_token', 'POST', { data: z.object({ app_id: z.string() }) }, []),
  ];
  const plan = planServices(tools);
  const byTool = new Map(plan.services.flatMap((s) => s.methods.map((m) => [m.tool, { ...m, service: s.name }])));

  it('keeps the plain name for the older version and suffixes the newer one', () => {
    expect(byTool.get('im.v1.chat.search')).toMatchObject({ resource: 'chats', name: 'search', version: 'v1', risk: 'read', identities: ['bot'] });
    expect(byTool.get('im.v2.chat.search')).toMatchObject({ resource: 'chats', name: 'search_v2', version: 'v2', risk: 'write', identities: ['user'] });
  });

  it('maps tokens to identities, HTTP methods to risks and :params to {params}', () => {
    expect(byTool.get('im.v1.chatMembers.delete')).toMatchObject({
      resource: 'chat.members', name: 'delete', risk: 'high-risk-write', identities: ['bot', 'user'], pathTail: '/v1/chats/{chat_id}/members',
      pathParams: { chat_id: { type: 'string', description: 'Path parameter chat_id.', required: true } },
    });
  });

  it('gives a tool without tokens the bot identity and marks it', () => {
    expect(byTool.get('auth.v3.auth.tenantAccessToken')).toMatchObject({ identities: ['bot'], tokenless: true });
  });

  it('skips, with the reason, only what the spec language cannot hold', () => {
    expect(plan.skipped.map((s) => s.tool)).toEqual(['corehr.v2.reportDetailRow.batchSave', 'drive.v1.fileSubscription.get']);
    expect(plan.skipped[0]!.reason).toMatch(/characters a spec path cannot hold/);
    expect(plan.skipped[1]!.reason).toMatch(/GET method with a request body/);
  });

  it('pads with renamed copies and cuts at a limit', () => {
    const services = [
      { name: 'a', methods: plan.services[0]!.methods },
      { name: 'b', methods: plan.services[1]!.methods },
    ];
    const total = services.reduce((n, s) => n + s.methods.length, 0);
    const padded = selectServices(services, { padTo: total * 2 + 1 });
    expect(padded.map((s) => s.name)).toEqual(['a', 'b', 'a_copy2', 'b_copy2', 'a_copy3']);
    const exact = selectServices(services, { padTo: total * 2 + 1, limit: total * 2 + 1 });
    expect(exact.reduce((n, s) => n + s.methods.length, 0)).toBe(total * 2 + 1);
    expect(selectServices(services, { limit: 1 })).toEqual([{ name: 'a', plan: services[0], methods: services[0]!.methods.slice(0, 1) }]);
  });
});

describe('importLarkMcp (end to end)', () => {
  it('imports two services into a tree the loader accepts without a problem', () => {
    const out = tempDir();
    const report = importLarkMcp({ out, services: ['im', 'contact'] });
    expect(report.baseServices).toBe(2);
    expect(report.skipped).toEqual([]);
    expect(report.methods).toBeGreaterThan(100);

    const loaded = loadSpecs(out);
    if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map((p) => `${p.file}:${p.line} ${p.message}`).join('\n'));
    const model = loaded.model;
    expect(model.services.map((s) => s.name)).toEqual(['contact', 'im']);
    expect(model.methods.length).toBe(report.methods);
    expect(model.services.find((s) => s.name === 'im')!.versions).toEqual(['v1', 'v2']);
    const ids = new Set(model.methods.map((m) => m.id));
    for (const id of ['im.messages.create', 'im.chat.members.me_join', 'im.chat.tabs.list_tabs', 'im.app_feed_card.batch.update', 'contact.users.get']) {
      expect(ids).toContain(id);
    }
    const create = model.methods.find((m) => m.id === 'im.messages.create')!;
    expect(create).toMatchObject({ http: 'POST', path: '/open-apis/im/v1/messages', risk: 'write', identityList: ['bot'] });
    expect(create.query.receive_id_type).toMatchObject({ type: 'string', required: true });
    expect(create.body!.fields.msg_type).toMatchObject({ type: 'string', required: true });
    expect(create.examples[0]!.request.query).toHaveProperty('receive_id_type');
    // Every scope a method names is declared, and nothing else.
    const used = new Set(model.methods.flatMap((m) => m.identityList.flatMap((i) => m.identities[i]!.scopes.anyOf)));
    expect([...used].sort()).toEqual(Object.keys(model.scopes).sort());

    // The tools' describe() texts are third-party prose: none of them reaches the files.
    const texts = new Set<string>();
    const collect = (s: unknown) => {
      if (!isZodSchema(s)) return;
      const u = unwrap(s);
      if (u.upstreamDescription && u.upstreamDescription.length > 24) texts.add(u.upstreamDescription);
      if (u.kind === 'object') for (const v of Object.values(shapeOf(u.schema))) collect(v);
      if (u.kind === 'array') collect(u.schema._def.element);
    };
    for (const t of loadLarkMcpTools({ services: ['im', 'contact'] })) for (const part of Object.values(t.schema)) collect(part);
    expect(texts.size).toBeGreaterThan(100);
    const written = model.files.map((f) => fs.readFileSync(path.join(out, '..', f), 'utf8')).join('\n');
    for (const t of texts) expect(written.includes(t), t).toBe(false);
  });

  it('pads to N methods under renamed services that load as well', () => {
    const out = tempDir();
    const report = importLarkMcp({ out, services: ['im'], padTo: 150, limit: 150 });
    expect(report.methods).toBe(150);
    expect(report.services).toBe(3);
    const loaded = loadSpecs(out);
    expect(loaded.ok ? [] : loaded.problems.slice(0, 3)).toEqual([]);
    if (loaded.ok) {
      expect(loaded.model.services.map((s) => s.name)).toEqual(['im', 'im_copy2', 'im_copy3']);
      expect(loaded.model.methods.find((m) => m.id === 'im_copy2.messages.create')!.path).toBe('/open-apis/im_copy2/v1/messages');
    }
  });

  it('refuses to write into a folder it did not write', () => {
    const out = tempDir();
    fs.writeFileSync(path.join(out, 'keep.txt'), 'mine');
    expect(() => importLarkMcp({ out, services: ['im'] })).toThrow(UsageError);
    expect(fs.readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('mine');
    expect(() => importLarkMcp({ out: tempDir(), services: ['no_such_service'] })).toThrow(/no lark-mcp tools for service no_such_service/);
  });

  it('replaces an earlier import', () => {
    const out = tempDir();
    importLarkMcp({ out, services: ['im'] });
    expect(fs.existsSync(path.join(out, MARKER))).toBe(true);
    importLarkMcp({ out, services: ['contact'] });
    expect(fs.readdirSync(out).sort()).toEqual([MARKER, 'contact', 'schema']);
  });
});

describe('the MCP tool names the generator keeps', () => {
  it('match the official package route for route', () => {
    const kept = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../generators/src/mcp/official-tool-names.json'), 'utf8')) as Record<string, string>;
    const official = Object.fromEntries(
      loadLarkMcpTools({ services: ['im'] }).map((t) => [`${t.httpMethod} ${t.path.replace(/:([a-z_]+)/g, '{$1}')}`, t.name]),
    );
    for (const [route, name] of Object.entries(kept)) expect(official[route], route).toBe(name);
  });
});
