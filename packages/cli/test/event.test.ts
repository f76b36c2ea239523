import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, errorOf, json, setupEnv, type Env } from './helpers.js';

/**
 * A consume that gets past its checks is the built CLI as a child process: it holds the event bus,
 * takes signals and watches the process's own standard input. The short commands (list, schema,
 * status, stop, refused input) run main() in this process.
 */
let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => {
  await env.close();
});

interface Consumer {
  readonly child: ChildProcessWithoutNullStreams;
  stdout: string;
  stderr: string;
  /** Resolves when stderr has a line matching the pattern. */
  waitFor(pattern: RegExp): Promise<void>;
  readonly exited: Promise<number>;
}

/** Starts `lark-cli event consume …` in the background; stdin stays open until closed. */
function consumer(args: readonly string[]): Consumer {
  const child = spawn(process.execPath, [BIN, 'event', 'consume', ...args], { cwd: env.cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env.env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const waiters: (() => void)[] = [];
  const c: Consumer = {
    child, stdout: '', stderr: '',
    waitFor: async (pattern) => {
      while (!pattern.test(c.stderr)) await new Promise<void>((r) => waiters.push(r));
    },
    exited: new Promise((resolve) => child.on('close', (code) => {
      resolve(code ?? -1);
      for (const w of waiters.splice(0)) w();
    })),
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (c.stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    c.stderr += d;
    for (const w of waiters.splice(0)) w();
  });
  return c;
}

async function act(body: object): Promise<any> {
  const res = await fetch(`${env.emu.url}/__emulator/act`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const out = (await res.json()) as { code: number; data: any };
  expect(out.code, JSON.stringify(out)).toBe(0);
  return out.data;
}

const aliceSays = (text: string, chat = 'oc_p2p_alice') =>
  act({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: chat, msg_type: 'text', content: JSON.stringify({ text }) } });

const lines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('lark-cli event list / schema', () => {
  it('lists every key with its kind', async () => {
    const r = await env.run(['event', 'list', '--json']);
    expect(r.code).toBe(0);
    const rows = json<{ key: string; kind: string }[]>(r);
    expect(rows.map((x) => x.key)).toContain('im.message.receive_v1');
    expect(rows.find((x) => x.key === 'card.action.trigger')?.kind).toBe('callback');
    expect(rows).toHaveLength(13);
  });

  it('describes one key: schema, scopes, console settings, params and output shape', async () => {
    const out = json(await env.run(['event', 'schema', 'im.message.receive_v1']));
    expect(out).toMatchObject({ key: 'im.message.receive_v1', subscription_type: 'event', output: 'flat', jq_root_path: '.' });
    expect(out.params.map((p: any) => p.name)).toEqual(['chat_id', 'chat_type', 'message_type']);
    expect(out.schema.properties.message.$ref).toBe('#/$defs/EventMessage');
    expect(Object.keys(out.schema.$defs)).toEqual(['EventMention', 'EventMessage', 'EventSender', 'UserIdSet']);
    expect(json(await env.run(['event', 'schema', 'im.chat.updated_v1'])).jq_root_path).toBe('.event');
  });

  it.each([
    [['event', 'schema', 'im.message.recieve_v1'], 'Unknown event key "im.message.recieve_v1". Did you mean "im.message.receive_v1" or "im.message.recalled_v1"?'],
    [['event', 'consume'], 'event consume needs one event key.'],
    [['event', 'consume', 'im.message.receive_v1', 'im.chat.updated_v1'], 'event consume takes exactly one key, got 2: im.message.receive_v1 im.chat.updated_v1.'],
    [['event', 'consume', 'im.message.receive_v1', '-p', 'chat=oc_1'], 'im.message.receive_v1 has no parameter "chat". Did you mean "chat_id" or "chat_type"?'],
    [['event', 'consume', 'im.message.receive_v1', '-p', 'chat_type=team'], '-p chat_type: "team" is not one of p2p, group.'],
    [['event', 'consume', 'im.message.receive_v1', '--jq', '.['], /^--jq does not compile: /],
    [['event', 'consume', 'im.message.receive_v1', '--timeout', 'soon'], '--timeout "soon" is not a duration.'],
    [['event', 'consume', 'im.message.receive_v1', '--max-events', '-1'], '--max-events must be a whole number (0 = no limit), got "-1".'],
    [['event', 'consume', 'im.message.receive_v1', '--output-dir', '/tmp/x'], '--output-dir must be a relative path, got "/tmp/x".'],
    [['event', 'consume', 'im.message.receive_v1', '--as', 'user'], "--as user: events are delivered to the app's bot, so consume runs as bot."],
  ])('refuses bad input with exit 2 and no ready line: %j', async (args, message) => {
    const r = await env.run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('[event] ready');
    const m = errorOf(r).error.message;
    if (typeof message === 'string') expect(m).toBe(message);
    else expect(m).toMatch(message);
  });

  it('exits 3 without credentials', async () => {
    const r = await env.run(['event', 'consume', 'im.message.receive_v1', '--max-events', '1'], { env: { LARKSUITE_CLI_APP_ID: undefined, LARKSUITE_CLI_APP_SECRET: undefined } });
    expect(r.code).toBe(3);
  });

  it('exits 3 when the platform refuses the credentials', async () => {
    const r = await env.spawn(['event', 'consume', 'im.message.receive_v1', '--max-events', '1'], { env: { LARKSUITE_CLI_APP_SECRET: 'wrong' } });
    expect(r.code).toBe(3);
    expect(errorOf(r).error.type).toBe('auth');
    expect(r.stderr).not.toContain('wrong');
  });
  it('exits 4 when the platform cannot be reached, with no ready line and no bus left behind', async () => {
    const r = await env.spawn(['event', 'consume', 'im.message.receive_v1', '--max-events', '1'], { env: { LARKSUITE_CLI_BASE_URL: 'http://127.0.0.1:1' } });
    expect(r.code).toBe(4);
    expect(errorOf(r).error).toMatchObject({ type: 'network', message: 'The event connection failed: cannot reach http://127.0.0.1:1/callback/ws/endpoint (bad port)' });
    expect(r.stderr).not.toContain('[event] ready');
    expect(json(await env.run(['event', 'status'])).buses).toEqual([]);
  });
});

describe('lark-cli event consume against the emulator', () => {
  it('prints a user\'s message flattened, content rendered, then stops at the limit', async () => {
    const c = consumer(['im.message.receive_v1', '--max-events', '1', '--output-dir', 'events']);
    await c.waitFor(/\[event\] ready event_key=im\.message\.receive_v1\n/);
    const sent = await aliceSays('hello **bot**');
    expect(await c.exited).toBe(0);
    const [ev] = lines(c.stdout);
    expect(ev).toMatchObject({
      type: 'im.message.receive_v1', message_id: sent.message_id, id: sent.message_id, chat_id: 'oc_p2p_alice', chat_type: 'p2p',
      message_type: 'text', content: 'hello **bot**', sender_id: 'ou_alice', sender_type: 'user',
    });
    expect(c.stderr.trim().split('\n').at(-1)).toMatch(/^\[event\] exited — received 1 event\(s\) in [0-9.]+s \(reason: limit\)$/);
    const files = fs.readdirSync(path.join(env.cwd, 'events'));
    expect(files).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(env.cwd, 'events', files[0]!), 'utf8')).message_id).toBe(sent.message_id);
  });

  it('a card message: content rendered as text, the raw card kept under card', async () => {
    const card = { schema: '2.0', header: { title: { tag: 'plain_text', content: 'Lunch vote' } }, body: { elements: [{ tag: 'markdown', content: 'Pick one' }, { tag: 'button', text: { tag: 'plain_text', content: 'Pizza' } }] } };
    const c = consumer(['im.message.receive_v1', '--max-events', '1']);
    await c.waitFor(/\[event\] ready event_key=im\.message\.receive_v1\n/);
    const sent = await act({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'interactive', content: JSON.stringify(card) } });
    expect(await c.exited).toBe(0);
    const [ev] = lines(c.stdout);
    expect(ev).toMatchObject({ message_id: sent.message_id, message_type: 'interactive', content: '# Lunch vote\nPick one\n[Pizza]', card });
  });

  it('filters with -p and reshapes with --jq; --quiet leaves stderr empty', async () => {
    const c = consumer(['im.message.receive_v1', '-p', 'chat_type=p2p', '-p', 'message_type=text', '--jq', '{text: .content}', '--max-events', '1', '--quiet']);
    // No ready line with --quiet: wait until the bus shows this consumer.
    let gone = false;
    void c.exited.then(() => (gone = true));
    for (;;) {
      const st = json(await env.run(['event', 'status']));
      if (st.buses.some((b: any) => b.state === 'running' && b.connected)) break;
      expect(gone, `the consumer exited before connecting: ${c.stdout} ${c.stderr}`).toBe(false);
      // The status runs in this process: give the consumer the CPU between two looks.
      await new Promise((r) => setTimeout(r, 50));
    }
    await act({ as: 'ou_alice', method: 'im.messages.create', params: { receive_id_type: 'chat_id' }, body: { receive_id: 'oc_p2p_alice', msg_type: 'post', content: JSON.stringify({ zh_cn: { title: 'skip me', content: [[{ tag: 'text', text: 'post' }]] } }) } });
    await aliceSays('keep me');
    expect(await c.exited).toBe(0);
    expect(lines(c.stdout)).toEqual([{ text: 'keep me' }]);
    expect(c.stderr).toBe('');
  });

  it('shares one connection between consumers of different keys; each gets all its events; exiting cleans up', async () => {
    const messages = consumer(['im.message.receive_v1', '--max-events', '2']);
    await messages.waitFor(/ready/);
    const reactions = consumer(['im.message.reaction.created_v1', '--max-events', '1']);
    await reactions.waitFor(/ready/);
    const status = json(await env.run(['event', 'status']));
    expect(status.buses).toHaveLength(1);
    expect(status.buses[0].consumers.map((x: any) => x.key).sort()).toEqual(['im.message.reaction.created_v1', 'im.message.receive_v1']);
    const first = await aliceSays('one');
    await act({ as: 'ou_alice', method: 'im.reactions.create', path: { message_id: first.message_id }, body: { reaction_type: { emoji_type: 'THUMBSUP' } } });
    expect(await reactions.exited).toBe(0);
    // The holder may have been either process: the other takes over and still gets its events.
    await aliceSays('two');
    expect(await messages.exited).toBe(0);
    expect(lines(messages.stdout).map((m) => m.content)).toEqual(['one', 'two']);
    const [reaction] = lines(reactions.stdout);
    expect(reaction).toMatchObject({ schema: '2.0', header: { event_type: 'im.message.reaction.created_v1' }, event: { message_id: first.message_id, reaction_type: { emoji_type: 'THUMBSUP' }, operator_type: 'user' } });
    expect(json(await env.run(['event', 'status'])).buses).toEqual([]);
  });

  it('stops on `event stop`, and at the end of stdin for an unbounded run', async () => {
    const a = consumer(['im.chat.updated_v1']);
    await a.waitFor(/ready/);
    const r = await env.run(['event', 'stop']);
    expect(r.code).toBe(0);
    expect(json(r).stopped).toHaveLength(1);
    expect(await a.exited).toBe(0);
    expect(a.stderr).toMatch(/\(reason: signal\)\n$/);
    const b = consumer(['im.chat.updated_v1']);
    await b.waitFor(/ready/);
    b.child.stdin.end();
    expect(await b.exited).toBe(0);
    expect(b.stderr).toMatch(/received 0 event\(s\) in [0-9.]+s \(reason: signal\)\n$/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('exits 0 on %s with the exit line, and removes its bus socket', async (signal) => {
    const c = consumer(['im.message.recalled_v1']);
    await c.waitFor(/ready/);
    expect(json(await env.run(['event', 'status'])).buses).toHaveLength(1);
    c.child.kill(signal);
    expect(await c.exited).toBe(0);
    expect(c.stderr).toMatch(/received 0 event\(s\) in [0-9.]+s \(reason: signal\)\n$/);
    expect(json(await env.run(['event', 'status'])).buses).toEqual([]);
    expect(fs.readdirSync(path.join(env.env.LARKSUITE_CLI_CONFIG_DIR!, 'events'))).toEqual([]);
  });

  it('a bounded run ignores the end of stdin and stops at its limit', async () => {
    const c = consumer(['im.message.receive_v1', '--max-events', '1']);
    await c.waitFor(/ready/);
    c.child.stdin.end();
    // Still subscribed after stdin ended: the status shows the consumer, and the next message arrives.
    expect(json(await env.run(['event', 'status'])).buses[0].consumers.map((x: any) => x.key)).toEqual(['im.message.receive_v1']);
    const sent = await aliceSays('after stdin ended');
    expect(await c.exited).toBe(0);
    expect(lines(c.stdout).map((m) => m.message_id)).toEqual([sent.message_id]);
    expect(c.stderr).toMatch(/\(reason: limit\)\n$/);
  });

  it('event stop --force sends SIGTERM to the bus processes, which stop normally', async () => {
    const a = consumer(['im.chat.updated_v1']);
    await a.waitFor(/ready/);
    const b = consumer(['im.chat.disbanded_v1']);
    await b.waitFor(/ready/);
    const r = await env.run(['event', 'stop', '--force']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual({ stopped: [expect.stringMatching(/\.sock$/)], removed_orphans: [], signalled: [a.child.pid, b.child.pid].sort((x, y) => x! - y!) });
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    for (const c of [a, b]) expect(c.stderr).toMatch(/\(reason: signal\)\n$/);
  });

  it('status reports a socket nobody holds (exit 1 with --fail-on-orphan); stop --all removes it', async () => {
    const dir = path.join(env.env.LARKSUITE_CLI_CONFIG_DIR!, 'events');
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, '0123456789abcdef.sock');
    fs.writeFileSync(stale, '');
    const plain = await env.run(['event', 'status']);
    expect(plain.code).toBe(0);
    expect(json(plain).buses).toEqual([{ state: 'orphan', socket: stale, hint: 'no process holds it any more; `lark-cli event stop --all` removes it' }]);
    expect((await env.run(['event', 'status', '--fail-on-orphan'])).code).toBe(1);
    expect(json(await env.run(['event', 'stop', '--all']))).toEqual({ stopped: [], removed_orphans: [stale] });
    expect(fs.existsSync(stale)).toBe(false);
  });

  it('stops at --timeout', async () => {
    const c = consumer(['im.chat.disbanded_v1', '--timeout', '200ms']);
    expect(await c.exited).toBe(0);
    expect(c.stderr).toMatch(/\(reason: timeout\)\n$/);
  });
});
