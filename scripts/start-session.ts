/**
 * The walk-through `pnpm start` shows (steps 4 and 5): a short session with the built CLI and the
 * SDK against a running emulator, printing each command and exactly what it printed — never
 * reshaped or cut — and, for the SDK, what it iterated. Separate from start.ts so a test can run
 * it against its own emulator.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LarkClient } from '@larkgen/sdk';

export interface SessionOptions {
  /** The emulator's base URL. Its device flow must approve logins by itself (autoApproveDevice). */
  readonly baseUrl: string;
  readonly appId: string;
  readonly appSecret: string;
  /** The built CLI, `packages/cli/bin/lark-cli.cjs`. */
  readonly bin: string;
  /** Receives every line shown. */
  readonly say: (line?: string) => void;
}

/** A message longer than 40 characters that still fits a table cell (60) whole. */
export const RELEASE_NOTE = 'Release 1.4 is out: thanks to everyone who tested it!';

/** Shell-quoted, for showing a command line. */
const quoted = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** Runs the session; answers how many steps failed. */
export async function runSession(o: SessionOptions): Promise<number> {
  const { say } = o;
  const heading = (s: string) => say(`\n== ${s} ==`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-demo-'));
  const env = { ...process.env, NO_COLOR: '1', LARKSUITE_CLI_CONFIG_DIR: path.join(work, '.lark-cli'), LARKSUITE_CLI_DEVICE_POLL_MS: '50' };
  // A 1×1 PNG for the image message.
  fs.writeFileSync(path.join(work, 'chart.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex'));

  let failures = 0;
  /** Runs the built CLI, prints what it printed (indented, never reshaped) and returns its `data`. */
  async function cli(args: string[], opts: { input?: string } = {}): Promise<any> {
    say(`\n$ lark-cli ${args.map(quoted).join(' ')}`);
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [o.bin, ...args], { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(opts.input ?? '');
    });
    if (r.code !== 0) {
      failures++;
      say(`  ✗ exit ${r.code}: ${r.stderr.trim().split('\n').slice(-1)[0]}`);
      return undefined;
    }
    say(r.stdout.trimEnd().split('\n').map((line) => `  ${line}`).join('\n'));
    let parsed: any;
    try {
      parsed = JSON.parse(r.stdout);
    } catch {
      parsed = undefined;
    }
    return parsed?.data ?? parsed;
  }

  try {
    heading('4. A session with lark-cli');
    await cli(['config', 'init', '--app-id', o.appId, '--app-secret-stdin', '--base-url', o.baseUrl, '--brand', 'feishu'], { input: o.appSecret });
    await cli(['config', 'show']);
    const chat = await cli(['im', '+chat-create', '--name', 'Launch room', '--users', 'ou_alice,ou_bob', '--as', 'bot']);
    const chatId: string = chat?.chat_id ?? 'oc_general';
    const text = await cli(['im', '+messages-send', '--chat-id', chatId, '--text', RELEASE_NOTE]);
    await cli(['im', '+messages-send', '--chat-id', chatId, '--markdown', '## Checklist\n\n- [x] build\n- [x] tests\n\n| step | status |\n|---|---|\n| deploy | done |']);
    const image = await cli(['im', '+messages-send', '--chat-id', chatId, '--image', './chart.png']);
    const rootId: string = text?.message_id ?? 'om_welcome';
    await cli(['im', '+messages-reply', '--message-id', rootId, '--reply-in-thread', '--text', 'Following up in a thread']);
    await cli(['im', 'reactions', 'create', '--message-id', rootId, '--data', '{"reaction_type":{"emoji_type":"THUMBSUP"}}']);
    await cli(['im', 'pins', 'create', '--data', JSON.stringify({ message_id: rootId })]);
    await cli(['im', '+chat-messages-list', '--chat-id', chatId, '--order', 'asc', '--format', 'table', '--as', 'bot']);
    await cli(['auth', 'login', '--scope', 'search:message contact:user.basic_profile:readonly im:message.group_msg:get_as_user im:message.p2p_msg:get_as_user']);
    await cli(['im', '+messages-search', '--query', 'Release', '--format', 'table', '--as', 'user']);
    if (image?.message_id) {
      const message = await cli(['im', 'messages', 'get', '--message-id', image.message_id, '--as', 'bot']);
      const key = JSON.parse(message?.data?.items?.[0]?.body?.content ?? message?.items?.[0]?.body?.content ?? '{}').image_key;
      if (key) await cli(['im', '+messages-resources-download', '--message-id', image.message_id, '--file-key', key, '--type', 'image', '--output', 'downloaded', '--as', 'bot']);
    }

    heading('5. The same data through the SDK');
    const client = new LarkClient({ appId: o.appId, appSecret: o.appSecret, baseUrl: o.baseUrl });
    say(`client.im.messages.list.iterate({ params: { container_id_type: 'chat', container_id: '${chatId}' } })`);
    let count = 0;
    for await (const m of client.im.messages.list.iterate({ params: { container_id_type: 'chat', container_id: chatId, page_size: 2 } })) {
      count++;
      say(`  → ${m.message_id} ${m.msg_type}`);
    }
    say(`  ${count} messages, fetched two per page.`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return failures;
}
