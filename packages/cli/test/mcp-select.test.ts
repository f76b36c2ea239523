/** `lark-cli mcp`: tool names in each case, tool selection, and the flags' bad input (exit 2, nothing served). */
import { describe, expect, it } from 'vitest';
import { renderName, selectTools } from '../src/mcp/select.js';
import { presets, tools } from '../src/mcp/generated/tools.js';
import { CliError } from '../src/core/errors.js';
import { callCli, errorOf, runCli } from './helpers.js';

describe('tool names', () => {
  it.each([
    ['snake', 'im_v1_chatMembers_get'],
    ['camel', 'imV1ChatMembersGet'],
    ['kebab', 'im-v1-chatMembers-get'],
    ['dot', 'im.v1.chatMembers.get'],
  ] as const)('%s case: %s, as the official server writes it', (c, name) => {
    expect(renderName('im.v1.chatMembers.get', c)).toBe(name);
  });
});

describe('selectTools', () => {
  const select = (requested: string[], o: { allowHighRisk?: boolean; as?: 'user' | 'bot' | 'auto' } = {}) =>
    selectTools({ tools, presets, requested, allowHighRisk: o.allowHighRisk ?? false, as: o.as ?? 'auto' });

  it('takes presets (also as preset.<name>) and tool names in any case, without duplicates', () => {
    const s = select(['preset.light', 'im_messages_send', 'imV1MessageCreate', 'im-v1-message-create']);
    expect(s.tools.map((t) => t.name)).toEqual([...presets.light!, 'im.v1.message.create'].sort((a, b) => tools.findIndex((t) => t.name === a) - tools.findIndex((t) => t.name === b)));
  });

  it('holds back high-risk tools unless allowed, and says which', () => {
    expect(select(['im_v1_message_delete', 'im_messages_send']).heldBack).toEqual(['im.v1.message.delete']);
    expect(select(['im_v1_message_delete'], { allowHighRisk: true }).tools.map((t) => t.name)).toEqual(['im.v1.message.delete']);
  });

  it('hides the tools a fixed identity cannot run', () => {
    const s = select(['im.default'], { as: 'bot' });
    // Search, flags, feed shortcuts and read status are the user's own: a bot cannot run them.
    expect(s.hidden).toEqual([
      'im.feed.group.list', 'im.feed.group.list.item', 'im.feed.group.query.item', 'im.feed.shortcut.create',
      'im.feed.shortcut.list', 'im.feed.shortcut.remove', 'im.flag.cancel', 'im.flag.create', 'im.flag.list',
      'im.messages.read.status', 'im.messages.search',
    ]);
    expect(s.tools.every((t) => t.identities.includes('bot'))).toBe(true);
  });

  it('refuses an unknown name with the closest one', () => {
    expect(() => select(['im_v1_mesage_create'])).toThrow(CliError);
    expect(() => select(['im_v1_mesage_create'])).toThrow(/"im_v1_mesage_create" is neither a preset nor a tool\. Did you mean "im_v1_message_create"\?/);
  });
});

describe('bad flags', () => {
  it.each([
    [['--transport', 'ftp'], /--transport must be one of stdio, http; got "ftp"/],
    [['--port', '3000'], /--port applies to --transport http only/],
    [['--transport', 'http', '--port', '70000'], /--port must be a whole number from 0 to 65535/],
    [['--tool-case', 'pascal'], /--tool-case must be one of snake, camel, kebab, dot/],
    [['--as', 'admin'], /--as must be one of auto, user, bot/],
    [['--files-root', 'no/such/folder'], /--files-root "no\/such\/folder" is not an existing folder/],
    [['--tools', 'nothing'], /"nothing" is neither a preset nor a tool/],
    [['--tools', 'im_v1_message_delete'], /No tool is left to serve/],
  ])('lark-cli mcp %j exits 2 with a message', async (args, message) => {
    const r = await callCli(['mcp', ...args]);
    expect(r.code).toBe(2);
    expect(errorOf(r).error.message).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help names every preset of the generated table', async () => {
    const r = await callCli(['mcp', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`presets: ${Object.keys(presets).join(', ')}`);
    expect(r.stdout).toContain('interactive.all');
  });

  // The built CLI as a child process once: the MCP command's bundle reaches the generated table.
  it('--list-tools prints the selection, one name a line', async () => {
    const r = await runCli(['mcp', '--tools', 'light', '--tool-case', 'dot', '--list-tools']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').sort()).toEqual([...presets.light!].sort());
  });
});
