/** `schema` output snapshots, help texts, completion scripts and the shortcut command framework. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callCli, errorOf, json, runCli, setupEnv, tempDir, type Env } from './helpers.js';
import { shortcutLoaders } from '../src/generated/loaders.js';
import { services } from '../src/generated/index.js';
import { runShortcut } from '../src/commands/shortcut.js';
import { CliError } from '../src/core/errors.js';
import type { Io } from '../src/core/io.js';
import { behaviours } from '../src/generated/behaviours.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

describe('schema', () => {
  it('lists every method and shortcut', async () => {
    const r = await callCli(['schema', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = json<{ id: string; kind: string }[]>(r);
    const methods = services.flatMap((s) => s.resources.flatMap((res) => res.methods.map((m) => `${s.name}.${res.name}.${m.name}`)));
    expect(rows.filter((x) => x.kind === 'method').map((x) => x.id).sort()).toEqual(methods.sort());
    expect(rows.filter((x) => x.kind === 'shortcut').map((x) => x.id)).toContain('im.+messages-send');
  });

  it('im.messages.create as JSON', async () => {
    const r = await callCli(['schema', 'im.messages.create', '--format', 'json']);
    expect(r.code).toBe(0);
    const s = json(r);
    expect(Object.keys(s)).toEqual(['id', 'kind', 'summary', 'description', 'http', 'path', 'version', 'risk', 'identities', 'parameters', 'body', 'response', 'rate_limit', 'limits', 'errors', 'examples', 'notes', 'schemas', 'cli', 'source']);
    expect(s.identities.user.scopes.allOf).toEqual(['im:message.send_as_user', 'im:message']);
    expect(s).toMatchSnapshot();
  });

  it('im.messages.create pretty', async () => {
    const r = await callCli(['schema', 'im.messages.create', '--format', 'pretty']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });

  it('a paginated method, a download and a shortcut', async () => {
    for (const id of ['im.messages.list', 'im.images.get', 'im.+messages-send']) {
      const r = await callCli(['schema', id, '--format', 'pretty']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatchSnapshot(id);
    }
  });

  it('a resource lists its methods', async () => {
    const r = await callCli(['schema', 'im.chat.members', '--format', 'json']);
    // In the spec file's order, read from the generated tables (adding a method needs no edit here).
    const resource = services.find((s) => s.name === 'im')!.resources.find((res) => res.name === 'chat.members')!;
    const ids = json<{ id: string }[]>(r).map((x) => x.id);
    expect(ids).toEqual(resource.methods.map((m) => `im.chat.members.${m.name}`));
    expect(ids).toEqual(expect.arrayContaining(['im.chat.members.get', 'im.chat.members.list', 'im.chat.members.bots']));
  });
});

describe('help', () => {
  it('top-level help lists services and flags', async () => {
    const r = await callCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/im\s+Instant messaging/);
    expect(r.stdout).toContain('--page-all');
    expect(r.stdout).toContain('LARKSUITE_CLI_BASE_URL');
    // The built CLI as a child process prints the same.
    expect((await runCli([])).stdout).toBe(r.stdout);
  });

  it('service and resource help', async () => {
    const s = await callCli(['im', '--help']);
    expect(s.stdout).toContain('+messages-send');
    expect(s.stdout).toContain('chat.members');
    const res = await callCli(['im', 'chat.members']);
    expect(res.stdout).toMatch(/is_in_chat\s+/);
  });

  it('method help shows typed flags, identities, scopes, risk and examples from the spec', async () => {
    const r0 = await callCli(['im', 'messages', 'create', '--help']);
    expect(r0.code).toBe(0);
    const r = { stdout: r0.stdout.replace(/\s+/g, ' ') };
    expect(r.stdout).toContain('--receive-id-type VALUE');
    expect(r.stdout).toContain('One of: open_id, user_id, union_id, email, chat_id.');
    expect(r.stdout).toContain('scopes: im:message.send_as_user, im:message');
    expect(r.stdout).toContain("lark-cli im messages create --receive-id-type chat_id --receive-id oc_general --msg-type text --content '{\"text\":\"Hello team\"}'");
    const recall = await callCli(['help', 'im', 'messages', 'delete']);
    expect(recall.stdout).toContain('Risk   High-risk write: cannot be undone and affects other people; the CLI refuses to run it without --yes.');
  });

  it('shortcut help comes from its spec', async () => {
    const r = await callCli(['im', '+messages-send', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--chat-id CHAT_ID');
    expect(r.stdout).toContain('Say where the message goes with exactly one of --chat-id');
    expect(r.stdout).toMatch(/--msg-type\s+.*One of:\s+text, post/s);
  });

  it('shortcut help says which identity it runs as and every scope it may need, as its docs page does', async () => {
    const list = await callCli(['im', '+chat-messages-list', '--help']);
    const block = list.stdout.slice(list.stdout.indexOf('Identities\n'), list.stdout.indexOf('\nFlags\n'));
    expect(block.replace(/\s+/g, ' ')).toContain(
      'Identities Runs as user while a user is logged in, else bot, unless --as or a configured default identity says otherwise. ' +
        'bot scopes: im:message.group_msg, im:message.p2p_msg:readonly only sometimes: contact:user.base:readonly (sender names); ' +
        'im:message.reactions:read (reactions, unless --no-reactions); im:chat:read (names of shared chats); im:message:readonly (with --download-resources) ',
    );
    expect(block.replace(/\s+/g, ' ')).toContain('user scopes: im:message.group_msg:get_as_user, im:message.p2p_msg:get_as_user only sometimes: im:chat:read (with --user-id; names of shared chats); contact:user.basic_profile:readonly (sender names);');
    const send = await callCli(['im', '+messages-send', '--help']);
    expect(send.stdout).toContain('Identities\n  Runs as bot, unless --as or a configured default identity says otherwise.\n');
    const flags = await callCli(['im', '+flag-list', '--help']);
    expect(flags.stdout).toContain('Identities\n  Runs as user only: log in first (lark-cli auth login).\n');
  });

  it('--version', async () => {
    expect((await runCli(['--version'])).stdout).toMatch(/^lark-cli \d+\.\d+\.\d+\n$/);
  });
});

describe('completion', () => {
  it('prints scripts for bash, zsh and fish', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await callCli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('lark-cli');
      expect(r.stdout).toContain('receive-id-type');
    }
  });

  it('the bash script is valid and completes commands, flags and enum values', async () => {
    const r = await callCli(['completion', 'bash']);
    const dir = tempDir();
    const file = path.join(dir, 'c.bash');
    fs.writeFileSync(file, r.stdout);
    execFileSync('bash', ['-n', file]);
    const complete = (line: string) => {
      const words = line.split(' ');
      const script = `source ${file}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _lark_cli; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    };
    expect(complete('lark-cli i')).toEqual(['im', 'interactive']);
    expect(complete('lark-cli im mess')).toEqual(['message.resources', 'messages']);
    expect(complete('lark-cli im +messages-s')).toEqual(['+messages-search', '+messages-send']);
    expect(complete('lark-cli im messages cr')).toEqual(['create']);
    expect(complete('lark-cli im messages create --receive-id-t')).toEqual(['--receive-id-type']);
    expect(complete('lark-cli im messages create --receive-id-type ch')).toEqual(['chat_id']);
    expect(complete('lark-cli --profile x im messages create --as b')).toEqual(['bot']);
    expect(complete('lark-cli completion z')).toEqual(['zsh']);
    expect(complete('lark-cli im +messages-send --msg-type inter')).toEqual(['interactive']);
  });
});

const has = (shell: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${shell}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('completion in zsh and fish (when installed)', () => {
  it.skipIf(!has('zsh'))('the zsh script is valid and completes', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.zsh');
    fs.writeFileSync(file, (await callCli(['completion', 'zsh'])).stdout);
    execFileSync('zsh', ['-n', file]);
    // Stand-ins for the completion system's builtins print what would be offered.
    const complete = (words: string[]) =>
      execFileSync('zsh', ['-c', [
        'compdef() { :; }',
        '_describe() { local arr="$4"; print -l -- "${(@P)arr}"; }',
        'compadd() { shift; print -l -- "$@"; }',
        '_files() { print FILES; }',
        `source ${file}`,
        `words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _lark_cli`,
      ].join('\n')], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split(':')[0]);
    expect(complete(['lark-cli', 'im', 'messages', 'create', '--receive-id-type', ''])).toEqual(['open_id', 'user_id', 'union_id', 'email', 'chat_id']);
    expect(complete(['lark-cli', ''])).toEqual(expect.arrayContaining(['im', 'contact', 'schema', 'auth']));
    expect(complete(['lark-cli', 'im', '+messages-send', '--'])).toEqual(expect.arrayContaining(['--chat-id', '--text', '--dry-run']));
  });

  it.skipIf(!has('fish'))('the fish script is valid and completes', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'c.fish');
    fs.writeFileSync(file, (await callCli(['completion', 'fish'])).stdout);
    execFileSync('fish', ['-n', file]);
    const complete = (line: string) =>
      execFileSync('fish', ['-c', `source ${file}; complete -C '${line}'`], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split('\t')[0]);
    expect(complete('lark-cli im mess')).toEqual(['message.resources', 'messages']);
    expect(complete('lark-cli im messages create --receive-id-type ')).toEqual(expect.arrayContaining(['chat_id', 'open_id']));
    expect(complete('lark-cli im messages create --receive-id-t')).toEqual(['--receive-id-type']);
  });
});

describe('shortcut framework', () => {
  it('every shortcut of the index has a registered behaviour', () => {
    const all = services.flatMap((svc) => svc.shortcuts.map((x) => `${svc.name}.${x.command}`));
    expect(all.length).toBeGreaterThanOrEqual(10);
    expect(all.filter((id) => !behaviours[id])).toEqual([]);
  });

  it('valid flags without a behaviour: "not implemented yet", exit 5, nothing sent', async () => {
    // Every real shortcut has a behaviour now, so run the generic runner on an unregistered copy.
    const { shortcut } = await shortcutLoaders['im.+messages-send']!();
    const orphan = { ...shortcut, command: '+messages-send-later' };
    const io: Io = {
      env: { ...env.env },
      cwd: env.cwd,
      stdoutTTY: false,
      stderrTTY: false,
      stdinTTY: false,
      out: () => undefined,
      err: () => undefined,
      outBytes: async () => undefined,
      readStdin: async () => Buffer.from('from stdin'),
    };
    const before = await env.lastRequestId();
    for (const extra of [[], ['--dry-run']]) {
      const e = await runShortcut(orphan, ['--chat-id', 'oc_general', '--text', '-', ...extra], io).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(CliError);
      expect((e as CliError).kind).toBe('not_implemented');
      expect((e as CliError).exitCode).toBe(5);
      expect((e as CliError).message).toContain('lark-cli im +messages-send-later is not implemented yet');
    }
    expect(await env.lastRequestId()).toBe(before);
  });

  it('checks the rules before running the behaviour', async () => {
    const before = await env.lastRequestId();
    const both = await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--user-id', 'ou_alice', '--text', 'hi']);
    expect(both.code).toBe(2);
    const stdinText = await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--text', '-'], { input: '' });
    expect(stdinText.code).toBe(2);
    expect(errorOf(stdinText).error.message).toContain('--text is empty');
    expect(await env.lastRequestId()).toBe(before);
  });
});
