/** Shortcut scopes computed from the calls: a table of small cases, then the real specs' example from the issue. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Identity, Method, Scope, ScopeRule } from './model.js';
import { flagText, normalizeCalls, shortcutScopes, type ShortcutScopes } from './shortcut-scopes.js';
import type { RawShortcutCall } from './normalize.js';
import { loadSpecs } from './index.js';

const rule = (allOf: string[] = [], anyOf: string[] = []): ScopeRule => ({ allOf, anyOf });

/** Just what the computation reads of a method: its identities and their scopes. */
function method(id: string, identities: Partial<Record<Identity, ScopeRule>>): Method {
  const identityList = (['bot', 'user'] as const).filter((i) => identities[i]);
  return { id, identityList, identities: Object.fromEntries(identityList.map((i) => [i, { scopes: identities[i]! }])) } as unknown as Method;
}

const methods = new Map([
  method('x.messages.list', { bot: rule(['msg:read:bot']), user: rule(['msg:read:user']) }),
  method('x.chats.get', { bot: rule([], ['x:chat', 'x:chat:read', 'x:chat:readonly']), user: rule([], ['x:chat', 'x:chat:read', 'x:chat:readonly']) }),
  method('x.names.user', { user: rule(['contact:basic']) }),
  method('x.names.bot', { bot: rule(['contact:base']) }),
  method('x.p2p.find', { user: rule([], ['x:chat:read']) }),
  method('x.files.upload', { bot: rule([], ['x:resource']), user: rule([], ['x:resource']) }),
  method('x.card.patch', { bot: rule([], ['x:message', 'x:message:update']) }),
  method('x.mixed', { user: rule(['msg:read:user', 'x:bot-only'], ['x:bot-only', 'x:message']) }),
].map((m) => [m.id, m]));

const scopes: Record<string, Scope> = Object.fromEntries(
  ['msg:read:bot', 'contact:base', 'x:bot-only'].map((n) => [n, { name: n, service: 'x', description: '', identities: ['bot'], sensitive: false }]),
);

interface Case {
  readonly name: string;
  readonly identity: Identity;
  readonly declared: ScopeRule;
  readonly calls: (string | RawShortcutCall)[];
  readonly expected: ShortcutScopes;
}

const cases: Case[] = [
  { name: 'an always-called method adds what it needs', identity: 'user', declared: rule(), calls: ['x.messages.list'],
    expected: { required: rule(['msg:read:user']), optional: [] } },
  { name: 'of several accepted scopes, the narrowest is asked for', identity: 'bot', declared: rule(['msg:read:bot']), calls: ['x.messages.list', 'x.chats.get'],
    expected: { required: rule(['msg:read:bot', 'x:chat:read']), optional: [] } },
  { name: 'a declared scope satisfies a method that accepts it', identity: 'bot', declared: rule(['x:chat:readonly']), calls: ['x.chats.get'],
    expected: { required: rule(['x:chat:readonly']), optional: [] } },
  { name: 'a flag-only call adds an optional scope checked with that flag', identity: 'user', declared: rule(), calls: ['x.messages.list', { method: 'x.p2p.find', as: 'user', with: 'user-id' }],
    expected: { required: rule(['msg:read:user']), optional: [{ scope: 'x:chat:read', reason: 'with --user-id', flags: ['user-id'] }] } },
  { name: 'a call for another identity adds nothing', identity: 'bot', declared: rule(), calls: ['x.messages.list', { method: 'x.p2p.find', as: 'user', with: 'user-id' }],
    expected: { required: rule(['msg:read:bot']), optional: [] } },
  { name: 'enrichments are optional and say what they add', identity: 'user', declared: rule(), calls: ['x.messages.list', { method: 'x.names.user', as: 'user', enriches: 'sender names' }, { method: 'x.names.bot', as: 'bot', enriches: 'sender names' }],
    expected: { required: rule(['msg:read:user']), optional: [{ scope: 'contact:basic', reason: 'sender names' }] } },
  { name: 'a scope wanted by several flags and an enrichment is listed once, with every reason', identity: 'bot', declared: rule(), calls: [
      { method: 'x.files.upload', with: ['image', 'video-cover'] }, { method: 'x.files.upload', with: 'kind=file' }, { method: 'x.files.upload', enriches: 'remote images' }],
    expected: { required: rule(), optional: [{ scope: 'x:resource', reason: 'with --image, --video-cover or --kind file; remote images', flags: ['image', 'video-cover', 'kind=file'] }] } },
  { name: 'an optional scope already required is not repeated', identity: 'bot', declared: rule(['x:chat:read']), calls: [{ method: 'x.chats.get', enriches: 'chat names' }],
    expected: { required: rule(['x:chat:read']), optional: [] } },
  { name: 'a declared choice the method accepts stays a choice', identity: 'bot', declared: rule([], ['x:message:update', 'x:message']), calls: ['x.card.patch'],
    expected: { required: rule([], ['x:message:update', 'x:message']), optional: [] } },
  { name: 'scopes the identity cannot hold are never asked for', identity: 'user', declared: rule(), calls: ['x.mixed'],
    expected: { required: rule(['msg:read:user', 'x:message']), optional: [] } },
];

describe('shortcutScopes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const calls = normalizeCalls(c.calls, ['bot', 'user'], methods);
    expect(shortcutScopes(c.identity, c.declared, calls, methods, scopes)).toEqual(c.expected);
  });

  it('a plain method id is called as every identity the method allows', () => {
    expect(normalizeCalls(['x.names.user', 'x.messages.list'], ['bot', 'user'], methods)).toEqual([
      { method: 'x.names.user', identities: ['user'] },
      { method: 'x.messages.list', identities: ['bot', 'user'] },
    ]);
  });

  it.each([['user-id', '--user-id'], ['flag-type=feed', '--flag-type feed']])('flag condition %s reads as %s', (condition, text) => {
    expect(flagText(condition)).toBe(text);
  });
});

describe('the real specs', () => {
  const specs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../specs');
  const result = loadSpecs(specs);
  const shortcut = (command: string) => (result.ok ? result.model.services.flatMap((s) => s.shortcuts).find((s) => s.command === command)! : undefined);

  it('+chat-messages-list as a user: the message scopes always, the chat scope with --user-id, names, reactions and downloads as extras', () => {
    const sc = shortcut('+chat-messages-list')!;
    expect(sc.identities.user!.scopes).toEqual(rule(['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user']));
    expect(sc.optionalScopes.user).toEqual([
      { scope: 'im:chat:read', reason: 'with --user-id; names of shared chats', flags: ['user-id'] },
      { scope: 'contact:user.basic_profile:readonly', reason: 'sender names' },
      { scope: 'im:message.reactions:read', reason: 'reactions, unless --no-reactions' },
      { scope: 'im:message:readonly', reason: 'with --download-resources', flags: ['download-resources'] },
    ]);
    expect(sc.optionalScopes.bot).toEqual([
      { scope: 'contact:user.base:readonly', reason: 'sender names' },
      { scope: 'im:message.reactions:read', reason: 'reactions, unless --no-reactions' },
      { scope: 'im:chat:read', reason: 'names of shared chats' },
      { scope: 'im:message:readonly', reason: 'with --download-resources', flags: ['download-resources'] },
    ]);
  });

  it('+flag-create needs the message and chat scopes only to flag a thread in the feed', () => {
    expect(shortcut('+flag-create')!.optionalScopes.user!.map((o) => [o.scope, o.flags])).toEqual([
      ['im:message.group_msg:get_as_user', ['flag-type=feed']],
      ['im:message.p2p_msg:get_as_user', ['flag-type=feed']],
      ['im:chat:read', ['flag-type=feed']],
    ]);
  });
});
