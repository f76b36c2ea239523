import { loadSpecsOrThrow, specsDirFrom } from '@larkgen/spec';
import { describe, expect, it } from 'vitest';
import { descriptors, errorHints, type MethodId } from './generated/descriptors.js';
import { contactUsersBatch, imMessagesCreate, LarkClient } from './index.js';

const model = loadSpecsOrThrow(specsDirFrom(process.cwd())!);
const camel = (s: string) => s.replace(/[._]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('the descriptor table', () => {
  it('has one descriptor per spec method, keyed and sorted by id', () => {
    expect(Object.keys(descriptors)).toEqual(model.methods.map((m) => m.id));
    for (const m of model.methods) {
      const d = descriptors[m.id as MethodId];
      expect({ id: d.id, http: d.http, path: d.path, risk: d.risk, identities: Object.keys(d.identities) }).toEqual({
        id: m.id, http: m.http, path: m.path, risk: m.risk, identities: m.identityList,
      });
      expect(Object.keys(d.pathParams)).toEqual(Object.keys(m.pathParams));
      expect(Object.keys(d.query)).toEqual(Object.keys(m.query));
      expect(d.body && Object.keys(d.body.fields)).toEqual(m.body && Object.keys(m.body.fields));
    }
  });

  it('describes message create exactly', () => {
    const d = descriptors['im.messages.create'];
    const { body, ...rest } = d;
    expect(rest).toEqual({
      id: 'im.messages.create',
      http: 'POST',
      path: '/open-apis/im/v1/messages',
      risk: 'write',
      identities: { bot: { allOf: ['im:message:send_as_bot'] }, user: { allOf: ['im:message.send_as_user', 'im:message'] } },
      pathParams: {},
      query: { receive_id_type: { type: 'string', required: true, enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] } },
      idempotency: { in: 'body', field: 'uuid', auto: true },
    });
    expect(body).toMatchObject({
      encoding: 'json',
      required: true,
      fields: {
        receive_id: { type: 'string', required: true },
        content: { type: 'string', required: true, format: 'json' },
        uuid: { type: 'string', maxLength: 50 },
      },
    });
    expect(errorHints('im.messages.create', 230002)).toBe('Add the bot to the chat, or call as a user who belongs to it.');
    expect(descriptors['im.messages.reply'].idempotency).toEqual({ in: 'body', field: 'uuid', auto: true });
  });

  it('marks pagination, downloads, multipart bodies and repeated query keys', () => {
    expect(descriptors['im.messages.list'].pagination).toEqual({ pageToken: 'page_token', pageSize: 'page_size', items: 'items', hasMore: 'has_more', nextToken: 'page_token' });
    expect(descriptors['im.message.resources.get'].download).toEqual({ contentTypes: expect.any(Array), range: true });
    expect(descriptors['im.images.create'].body).toMatchObject({ encoding: 'multipart', fields: { image: { type: 'file', required: true, maxBytes: 10485760 } } });
    expect(descriptors['contact.users.batch'].query.user_ids).toMatchObject({ type: 'string', repeated: true, required: true });
  });

  it('inlines shared schemas into request fields', () => {
    const i18n = descriptors['im.chats.create'].body!.fields.i18n_names!;
    expect(i18n.type).toBe('object');
    expect(Object.keys(i18n.properties!)).toContain('zh_cn');
  });
});

describe('the client namespaces', () => {
  it('expose every method under camelCase names, with standalone functions alongside', async () => {
    const c = new LarkClient({ appId: 'a', appSecret: 'b', brand: 'feishu' });
    const namespaces = c as unknown as Record<string, Record<string, Record<string, unknown>>>;
    for (const m of model.methods) {
      const bound = namespaces[m.service]![camel(m.resource)]![camel(m.name)] as Record<string, unknown>;
      expect(typeof bound, m.id).toBe('function');
      expect(typeof bound.withResponse, m.id).toBe('function');
      expect(typeof bound.iterate, m.id).toBe(m.pagination ? 'function' : 'undefined');
    }
    // Each namespace lists exactly the spec's resources and methods.
    for (const s of model.services) {
      expect(Object.keys(namespaces[s.name]!).sort(), s.name).toEqual(s.resources.map((r) => camel(r.name)).sort());
      for (const r of s.resources) {
        expect(Object.keys(namespaces[s.name]![camel(r.name)]!).sort(), r.name).toEqual(r.methods.map((id) => camel(id.split('.').at(-1)!)).sort());
      }
    }
    expect(typeof c.im.chatMembers.get.iterate).toBe('function');
    expect(typeof c.im.messageResources.get).toBe('function');
    expect(typeof c.contact.users.batch).toBe('function');
    expect(imMessagesCreate.descriptor).toBe(descriptors['im.messages.create']);
    expect(contactUsersBatch.descriptor.id).toBe('contact.users.batch');
    expect(c.baseUrl).toBe('https://open.feishu.cn');
    expect(new LarkClient({ appId: 'a', appSecret: 'b', brand: 'lark' }).baseUrl).toBe('https://open.larksuite.com');
  });
});
