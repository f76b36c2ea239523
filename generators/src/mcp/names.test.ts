/**
 * Every method the official Lark MCP server also offers keeps exactly its tool name. The official
 * names by route are kept in `official-tool-names.json` (facts from the official package); the
 * importer's own suite (`pnpm test:import-mcp`) checks that list against the package itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpecsOrThrow } from '@larkgen/spec';
import officialNames from './official-tool-names.json' with { type: 'json' };
import { methodToolName, shortcutToolName } from './names.js';
import { allTools, firstSentence, presets, withoutStatedLimits } from './tools.js';
import { mcpGenerator } from './index.js';

const model = loadSpecsOrThrow(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../specs'));
const byRoute = new Map<string, string>(Object.entries(officialNames));

describe('tool names', () => {
  const shared = model.methods.filter((m) => byRoute.has(`${m.http} ${m.path}`));

  it('covers the methods both servers have', () => {
    // 66 IM tools plus contact.v3.user.batch are in the official package; all but the ones the specs do not hold match.
    expect(shared.length).toBeGreaterThanOrEqual(65);
  });

  it.each(shared.map((m) => [m.id, byRoute.get(`${m.http} ${m.path}`)!]))('%s is named %s, as in the official server', (id, name) => {
    expect(methodToolName(model, model.methods.find((m) => m.id === id)!)).toBe(name);
  });

  it('names methods the official server lacks by the same rule, and shortcuts after themselves', () => {
    const m = (id: string) => methodToolName(model, model.methods.find((x) => x.id === id)!);
    expect(m('im.chats.search_v2')).toBe('im.v2.chat.search');
    expect(m('im.message.resources.get')).toBe('im.v1.messageResource.get');
    expect(m('im.reactions.batch_query')).toBe('im.v1.messageReaction.batchQuery');
    expect(shortcutToolName(model.services.find((s) => s.name === 'im')!.shortcuts.find((s) => s.name === 'messages-send')!)).toBe('im.messages.send');
  });

  it('gives every tool a unique name', () => {
    const names = allTools(model).map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('presets', () => {
  const tools = allTools(model);
  const sets = presets(model, tools);

  it('im.default is every shortcut plus the spec-listed methods; light is the listed ones', () => {
    const im = model.services.find((s) => s.name === 'im')!;
    expect(sets['im.default']!.length).toBe(im.shortcuts.length + im.mcp.presets.default.length);
    expect(sets['im.default']).toContain('im.messages.send');
    expect(sets['im.default']).toContain('im.v1.chatMembers.get');
    expect(sets.light).toEqual(['im.messages.send', 'im.messages.reply', 'im.chat.search', 'im.chat.messages.list', 'im.messages.search']);
    expect(sets['im.all']!.length).toBe(im.shortcuts.length + im.methods.length);
  });
});

describe('definitions', () => {
  const tools = allTools(model);
  const byName = new Map(tools.map((t) => [t.name, t]));

  it('a method groups its arguments as path / params / data, with enums, limits and required fields', () => {
    const t = byName.get('im.v1.message.create')!;
    const input = t.inputSchema as any;
    expect(Object.keys(input.properties)).toEqual(['params', 'data']);
    expect(input.required).toEqual(['params', 'data']);
    expect(input.properties.params.properties.receive_id_type).toEqual({ type: 'string', enum: ['open_id', 'user_id', 'union_id', 'email', 'chat_id'] });
    expect(input.properties.data.properties.uuid).toEqual({ type: 'string', maxLength: 50, description: 'Idempotency key chosen by the caller.' });
    expect(input.properties.params.required).toEqual(['receive_id_type']);
    expect(input.properties.data.required).toEqual(expect.arrayContaining(['receive_id', 'msg_type', 'content']));
    expect(t.annotations).toEqual({ destructiveHint: false });
    expect(t.description).toMatch(/^Use to send a message/);
  });

  it('annotations follow the risk', () => {
    // Only what differs from the protocol's defaults (readOnly false, destructive true, idempotent false).
    expect(byName.get('im.v1.message.list')!.annotations).toEqual({ readOnlyHint: true });
    expect(byName.get('im.v1.message.delete')!.annotations).toEqual({ destructiveHint: true, idempotentHint: true });
    expect(byName.get('im.v1.chat.update')!.annotations).toEqual({ destructiveHint: false, idempotentHint: true });
    expect(byName.get('im.messages.send')!.annotations).toEqual({ destructiveHint: false });
  });

  it('uploads take a path and downloads save into the files folder', () => {
    const up = byName.get('im.v1.image.create')!;
    expect(up.uploads).toEqual(['image']);
    expect((up.inputSchema as any).properties.data.properties.image).toMatchObject({ type: 'string' });
    const down = byName.get('im.v1.messageResource.get')!;
    expect(down.download).toBe(true);
    expect((down.inputSchema as any).properties.save_as.type).toBe('string');
    expect((down.outputSchema as any).required).toEqual(['saved_path', 'size_bytes']);
  });

  it('an output schema names the answer\'s members, typing the objects and lists, open to new ones', () => {
    expect(byName.get('im.v1.message.list')!.outputSchema).toEqual({ type: 'object', properties: { has_more: {}, page_token: {}, items: { type: 'array' } } });
    expect((byName.get('im.v1.messageReaction.create')!.outputSchema as any).properties).toEqual({ reaction_id: {}, operator: { type: 'object' }, action_time: {}, reaction_type: { type: 'object' } });
  });

  it('a shared object used once is written in place; one used more than once once under $defs', () => {
    const react = byName.get('im.v1.messageReaction.create')!.inputSchema as any;
    expect(react.$defs).toBeUndefined();
    expect(react.properties.data.properties.reaction_type).toEqual({ type: 'object', properties: { emoji_type: { type: 'string' } }, required: ['emoji_type'], description: 'The emoji to add.' });
    const menu = byName.get('im.v1.chatMenuTree.create')!.inputSchema as any;
    expect(Object.keys(menu.$defs)).toEqual(['ChatMenuItem']);
    expect(JSON.stringify(menu).split('"#/$defs/ChatMenuItem"').length - 1).toBe(2);
  });

  it('paging parameters carry no description: their names, types and limits say it', () => {
    const params = (byName.get('im.v1.message.list')!.inputSchema as any).properties.params.properties;
    expect(params.page_size).toEqual({ type: 'integer', minimum: 1, maximum: 50, default: 20 });
    expect(params.page_token).toEqual({ type: 'string' });
    expect(params.container_id.description).toMatch(/^ID of the chat/);
  });

  it('a shortcut schema has no false defaults or additionalProperties: the runner refuses unknown arguments', () => {
    const input = byName.get('im.feed.shortcut.list')!.inputSchema as any;
    expect(input.additionalProperties).toBeUndefined();
    expect(input.properties['no-detail']).toEqual({ type: 'boolean', description: expect.any(String) });
  });

  it.each([
    ['Idempotency key of up to 50 characters.', { maxLength: 50 }, 'Idempotency key.'],
    ['Name of the chat, at most 60 characters.', { maxLength: 60 }, 'Name of the chat.'],
    ['Name of the chat, at most 60 characters.', { maxLength: 64 }, 'Name of the chat, at most 60 characters.'],
    ['Number of chats per page, 1 to 100.', { minimum: 1, maximum: 100 }, 'Number of chats per page.'],
    ['Ids of the chats to look up (oc_…), 1 to 50.', { minItems: 1, maxItems: 50 }, 'Ids of the chats to look up (oc_…).'],
    ['The messages to look up, 1 to 20 of them.', { minItems: 1, maxItems: 20 }, 'The messages to look up.'],
    ['New name, 1 to 60 characters.', { minLength: 1, maxLength: 60 }, 'New name.'],
    ['New name, 1 to 60 characters.', { minItems: 1, maxItems: 60 }, 'New name, 1 to 60 characters.'],
    ['The nickname, 1 to 300 bytes (UTF-8).', { minLength: 1 }, 'The nickname, 1 to 300 bytes (UTF-8).'],
    ['The entries to pin, 1 to 10, in the order they should appear.', { minItems: 1, maxItems: 10 }, 'The entries to pin, 1 to 10, in the order they should appear.'],
  ])('a description drops the limit its schema states (%s, %j)', (text, schema, cut) => expect(withoutStatedLimits(text, schema)).toBe(cut));

  it.each([
    ['What container_id names.', 'What container_id names.'],
    ['Only messages sent at or after this time, in seconds since the Unix epoch. Inclusive.', 'Only messages sent at or after this time, in seconds since the Unix epoch.'],
    ['Kind of user id used in owner_id and user_id_list; also the kind returned in the answer.', 'Kind of user id used in owner_id and user_id_list.'],
    ['Use e.g. oc_1 here. More.', 'Use e.g. oc_1 here.'],
  ])('a field description is cut to its first sentence (%s)', (text, cut) => expect(firstSentence(text)).toBe(cut));

  it('a shortcut takes its flags, with their rules in the description', () => {
    const t = byName.get('im.messages.send')!;
    const input = t.inputSchema as any;
    expect(input.properties['chat-id']).toMatchObject({ type: 'string', pattern: '^oc_' });
    expect(t.description).toContain('Give exactly one of chat-id, user-id.');
  });

  it('tool and field descriptions share no sentence', () => {
    for (const t of tools) {
      const fields = JSON.stringify(t.inputSchema);
      for (const sentence of String(t.description).split(/(?<=\.) /)) if (sentence.length > 30) expect(fields, `${t.name}: "${sentence}"`).not.toContain(sentence);
    }
  });
});

describe('the lark-mcp skill', () => {
  const files = new Map(mcpGenerator.generate(model).map((f) => [f.path, f.content]));
  const skill = files.get('packages/skills/lark-mcp/SKILL.md')!;
  const page = files.get('packages/skills/lark-mcp/references/lark-mcp-tools.md')!;

  it('is a skill: front matter first, naming it and the command it documents', () => {
    expect(skill.startsWith('---\nname: lark-mcp\nversion: 1.0.0\ndescription: "')).toBe(true);
    expect(skill).toContain('  cliHelp: "lark-cli mcp --help"\n---\n<!-- GENERATED FILE');
    expect(skill).toContain('lark-cli mcp --transport http --port 3333');
    expect(skill).toContain('[lark-mcp-tools.md](references/lark-mcp-tools.md)');
  });

  it('the tools page has a section per preset listing its tools, and links back', () => {
    const sets = presets(model, allTools(model));
    const headings = [...page.matchAll(/^## `([^`]+)` \((\d+) tools\)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(headings).toEqual(Object.entries(sets).map(([n, l]) => [n, l.length]));
    expect(page).toContain('| `im_v1_chatMembers_get` | ');
    expect(page).toContain('[lark-mcp](../SKILL.md)');
    expect(page).toContain('[lark-shared](../../lark-shared/SKILL.md)');
  });
});
