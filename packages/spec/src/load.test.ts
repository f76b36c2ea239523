import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpecs, loadSpecsOrThrow, formatProblem, SpecLoadError, findMethod } from './index.js';
import { copySpecs, VALID_FIXTURE } from './test-support/fixture.js';
import { edit } from './test-support/fixture.js';

const REAL_SPECS = path.resolve(VALID_FIXTURE, '..', '..', '..', '..', '..', '..', 'specs');

describe('the model built from the fixture', () => {
  const model = loadSpecsOrThrow(copySpecs());

  it('normalises a method completely', () => {
    const m = findMethod(model, 'demo.pins.list')!;
    expect({ id: m.id, service: m.service, resource: m.resource, name: m.name, http: m.http, path: m.path, risk: m.risk, identityList: m.identityList })
      .toEqual({ id: 'demo.pins.list', service: 'demo', resource: 'pins', name: 'list', http: 'GET', path: '/open-apis/demo/v1/chats/{chat_id}/pins', risk: 'read', identityList: ['bot', 'user'] });
    expect(m.identities).toEqual({ bot: { scopes: { anyOf: ['demo:pin:read'], allOf: [] } }, user: { scopes: { anyOf: [], allOf: ['demo:pin:read'] } } });
    expect(m.pathParams.chat_id).toEqual({ type: 'string', description: 'The chat.', required: true, repeated: false, deprecated: false });
    expect(m.query.sort).toEqual({ type: 'string', description: 'Order.', required: false, repeated: false, deprecated: false, enum: ['asc', 'desc'], default: 'asc' });
    expect(m.pagination).toEqual({ pageToken: 'page_token', pageSize: 'page_size', items: 'items', hasMore: 'has_more', nextToken: 'page_token' });
    expect(m.source).toEqual({ file: 'specs/demo/resources/pins.yaml', line: 44, column: 3 });
  });

  it('keeps refs by name and carries the referenced type', () => {
    const m = findMethod(model, 'demo.pins.create')!;
    expect(m.response.kind).toBe('json');
    if (m.response.kind === 'json') expect(m.response.data.properties!.pin).toMatchObject({ ref: 'Pin', type: 'object', description: 'The new pin.' });
    expect(Object.keys(model.schemas)).toEqual(['Pin']);
  });

  it('normalises shortcuts, their flags and rules', () => {
    const sc = model.services[0]!.shortcuts[0]!;
    expect(sc.command).toBe('+pins-list');
    expect(sc.flags['chat-id']).toEqual({ name: 'chat-id', type: 'string', description: 'The chat.', required: true, pattern: '^oc_', stdin: false });
    expect(sc.rules).toEqual([{ kind: 'atMostOne', flags: ['sort', 'limit'], message: 'Use one of --sort and --limit.' }]);
  });

  it('is deeply frozen', () => {
    const m = findMethod(model, 'demo.pins.list')!;
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(m.query.sort)).toBe(true);
    expect(() => { (m as { path: string }).path = '/x'; }).toThrow();
  });

  it('does not depend on the order files are visited in', () => {
    const a = loadSpecsOrThrow(copySpecs());
    const b = loadSpecsOrThrow(copySpecs(), { fileOrder: (files) => [...files].reverse() });
    const strip = (x: unknown) => JSON.stringify(x).replace(/larkgen-specs-[A-Za-z0-9]+/g, '');
    expect(strip(b)).toBe(strip(a));
  });
});

describe('loadSpecsOrThrow', () => {
  it('throws a SpecLoadError carrying every problem', () => {
    const specs = copySpecs();
    edit(specs, 'demo/resources/pins.yaml', 'http: POST', 'http: PUSH');
    try {
      loadSpecsOrThrow(specs);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpecLoadError);
      expect((e as SpecLoadError).problems).toHaveLength(1);
      expect((e as Error).message).toContain('pins.yaml:6:11: demo.pins.create: http: "PUSH" is not allowed');
    }
  });
});

describe('the real specs', () => {
  const result = loadSpecs(REAL_SPECS);

  it('load without a single problem', () => {
    expect(result.ok ? [] : result.problems.slice(0, 50).map(formatProblem)).toEqual([]);
  });

  it('specify at least 79 methods, including every method the seed names', () => {
    if (!result.ok) return;
    const ids = result.model.methods.map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(79);
    const seed = [
      'im.chats.create', 'im.chats.get', 'im.chats.link', 'im.chats.list', 'im.chats.update',
      'im.chat.members.create', 'im.chat.members.get',
      'im.messages.delete', 'im.messages.forward', 'im.messages.merge_forward', 'im.messages.read_users',
      'im.reactions.batch_query', 'im.reactions.create', 'im.reactions.delete', 'im.reactions.list',
      'im.images.create', 'im.pins.create', 'im.pins.delete', 'im.pins.list',
    ];
    expect(seed.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('specify the ten original shortcuts, the thirteen of today\'s reference CLI and our three additions', () => {
    if (!result.ok) return;
    const im = result.model.services.find((s) => s.name === 'im')!;
    expect(im.shortcuts.map((s) => s.command)).toEqual([
      '+chat-create', '+chat-disband', '+chat-list', '+chat-members-list', '+chat-messages-list', '+chat-search',
      '+chat-update', '+feed-group-list', '+feed-group-list-item', '+feed-group-query-item', '+feed-shortcut-create',
      '+feed-shortcut-list', '+feed-shortcut-remove', '+flag-cancel', '+flag-create', '+flag-list',
      '+message-read-users', '+messages-card-update', '+messages-mget', '+messages-read-status', '+messages-reply',
      '+messages-resources-download', '+messages-search', '+messages-send', '+messages-update', '+threads-messages-list',
    ]);
  });
});

describe('the card mark on body fields', () => {
  const withCardFields = (cardMark: string, kind = '          enum: [text, card]\n') => {
    const specs = copySpecs();
    edit(specs, 'demo/resources/pins.yaml', '          description: The message to pin.\n          required: true\n',
      '          description: The message to pin.\n          required: true\n' +
      `        kind:\n          type: string\n          description: What content holds.\n${kind}` +
      `        content:\n          type: string\n          format: json\n          description: The content.\n${cardMark}` +
      '        card:\n          type: object\n          description: A card.\n          card: true\n');
    return specs;
  };

  it('puts `card: true` and `card: { when }` in the field model', () => {
    const m = findMethod(loadSpecsOrThrow(withCardFields('          card:\n            when: { field: kind, equals: card }\n')), 'demo.pins.create')!;
    expect(m.body!.fields.content!.card).toEqual({ when: { field: 'kind', equals: 'card' } });
    expect(m.body!.fields.card!.card).toEqual({});
    expect(m.body!.fields.kind!.card).toBeUndefined();
  });

  it('refuses a condition on a field that does not exist or a value it cannot take, and a mark on a non-card type', () => {
    const problems = (specs: string) => {
      const r = loadSpecs(specs);
      return r.ok ? [] : r.problems.map(formatProblem);
    };
    expect(problems(withCardFields('          card:\n            when: { field: kinds, equals: card }\n'))).toEqual([
      'specs/demo/resources/pins.yaml:32:28: demo.pins.create: card on body.content: when.field "kinds" is not a body field (fix: did you mean "kind"?)',
    ]);
    expect(problems(withCardFields('          card:\n            when: { field: kind, equals: interactive }\n'))).toEqual([
      'specs/demo/resources/pins.yaml:32:42: demo.pins.create: card on body.content: when.equals "interactive" is not a value of kind (text, card) (fix: use one of the values kind lists)',
    ]);
    expect(problems(withCardFields('          card: true\n', ''))).toEqual([]);
    const specs = withCardFields('          card: true\n');
    edit(specs, 'demo/resources/pins.yaml', '        kind:\n          type: string\n          description: What content holds.\n          enum: [text, card]\n',
      '        kind:\n          type: integer\n          description: What content holds.\n          card: true\n');
    expect(problems(specs)).toEqual([
      'specs/demo/resources/pins.yaml:26:17: demo.pins.create: card on body.kind: a card field is an object or a string with format: json, not integer (fix: give the field type: object, or type: string with format: json)',
    ]);
  });

  it('marks the card fields of the real specs', () => {
    const r = loadSpecsOrThrow(REAL_SPECS);
    const marks = r.methods.flatMap((m) => Object.entries(m.body?.fields ?? {}).filter(([, f]) => f.card).map(([k, f]) => [`${m.id} ${k}`, f.card]));
    expect(Object.fromEntries(marks)).toEqual({
      'im.messages.create content': { when: { field: 'msg_type', equals: 'interactive' } },
      'im.messages.reply content': { when: { field: 'msg_type', equals: 'interactive' } },
      'im.messages.patch content': {},
      'interactive.card.update card': {},
    });
  });
});
