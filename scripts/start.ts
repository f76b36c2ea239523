/**
 * `pnpm start`, the main job: regenerate everything from the specs, build, start the local
 * emulator, and walk through a short session with the real CLI and SDK — printing each command
 * and what it answered — then stop the emulator. No credentials, no network.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs, formatProblem } from '@larkgen/spec';
import { runGenerate } from '../generators/src/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specsDir = path.join(root, 'specs');
const say = (s = '') => process.stdout.write(s + '\n');
const heading = (s: string) => say(`\n== ${s} ==`);

heading('1. Regenerate from specs/');
const generated = runGenerate({ root, specsDir, check: false, out: say, err: (s) => process.stderr.write(s + '\n') });
if (generated !== 0) process.exit(generated);
const loaded = loadSpecs(specsDir);
if (!loaded.ok) {
  for (const p of loaded.problems) process.stderr.write(formatProblem(p) + '\n');
  process.exit(2);
}
const model = loaded.model;
const shortcuts = model.services.flatMap((s) => s.shortcuts);
say(`The specs hold ${model.methods.length} methods in ${model.services.reduce((n, s) => n + s.resources.length, 0)} resources, ${shortcuts.length} shortcuts and ${Object.keys(model.scopes).length} scopes.`);

heading('2. Build the packages');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) {
  process.stderr.write('start: the build failed; see above.\n');
  process.exit(build.status ?? 5);
}

heading('3. Start the local emulator');
// Imported only now: the emulator reads the model snapshot that step 1 just wrote.
const { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET } = await import('@larkgen/emulator');
const emu = await startEmulator({ port: 0, autoApproveDevice: 'ou_alice' });
say(`Emulator on ${emu.url} — demo app ${DEMO_APP_ID}, users ou_alice / ou_bob / ou_carol, chats oc_general / oc_project.`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-demo-'));
const bin = path.join(root, 'packages/cli/bin/lark-cli.cjs');
const env = { ...process.env, NO_COLOR: '1', LARKSUITE_CLI_CONFIG_DIR: path.join(work, '.lark-cli'), LARKSUITE_CLI_DEVICE_POLL_MS: '50' };
// A 1×1 PNG for the image message.
fs.writeFileSync(path.join(work, 'chart.png'), Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex'));

let failures = 0;
/** Runs the built CLI, prints what it printed (indented, never reshaped) and returns its `data`. */
async function cli(args: string[], opts: { input?: string } = {}): Promise<any> {
  say(`\n$ lark-cli ${args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')}`);
  const r = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
  let parsed: any;
  try {
    parsed = JSON.parse(r.stdout);
  } catch {
    parsed = undefined;
  }
  if (r.code !== 0) {
    failures++;
    say(`  ✗ exit ${r.code}: ${r.stderr.trim().split('\n').slice(-1)[0]}`);
    return undefined;
  }
  say(r.stdout.trimEnd().split('\n').map((line) => `  ${line}`).join('\n'));
  return parsed?.data ?? parsed;
}

try {
  heading('4. A session with lark-cli');
  await cli(['config', 'init', '--app-id', DEMO_APP_ID, '--app-secret-stdin', '--base-url', emu.url, '--brand', 'feishu'], { input: DEMO_APP_SECRET });
  await cli(['config', 'show']);
  const chat = await cli(['im', '+chat-create', '--name', 'Launch room', '--users', 'ou_alice,ou_bob', '--as', 'bot']);
  const chatId: string = chat?.chat_id ?? 'oc_general';
  const text = await cli(['im', '+messages-send', '--chat-id', chatId, '--text', 'Release 1.4 is out. Thanks everyone!']);
  await cli(['im', '+messages-send', '--chat-id', chatId, '--markdown', '## Checklist\n\n- [x] build\n- [x] tests\n\n| step | status |\n|---|---|\n| deploy | done |']);
  const image = await cli(['im', '+messages-send', '--chat-id', chatId, '--image', './chart.png']);
  const root_id: string = text?.message_id ?? 'om_welcome';
  await cli(['im', '+messages-reply', '--message-id', root_id, '--reply-in-thread', '--text', 'Following up in a thread']);
  await cli(['im', 'reactions', 'create', '--message-id', root_id, '--data', '{"reaction_type":{"emoji_type":"THUMBSUP"}}']);
  await cli(['im', 'pins', 'create', '--data', JSON.stringify({ message_id: root_id })]);
  await cli(['im', '+chat-messages-list', '--chat-id', chatId, '--order', 'asc', '--format', 'table', '--as', 'bot']);
  await cli(['auth', 'login', '--scope', 'search:message contact:user.basic_profile:readonly im:message.group_msg:get_as_user im:message.p2p_msg:get_as_user']);
  await cli(['im', '+messages-search', '--query', 'Release', '--format', 'table', '--as', 'user']);
  if (image?.message_id) {
    const message = await cli(['im', 'messages', 'get', '--message-id', image.message_id, '--as', 'bot']);
    const key = JSON.parse(message?.data?.items?.[0]?.body?.content ?? message?.items?.[0]?.body?.content ?? '{}').image_key;
    if (key) await cli(['im', '+messages-resources-download', '--message-id', image.message_id, '--file-key', key, '--type', 'image', '--output', 'downloaded', '--as', 'bot']);
  }

  heading('5. The same data through the SDK');
  const { LarkClient } = await import('@larkgen/sdk');
  const client = new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: emu.url });
  say(`client.im.messages.list.iterate({ params: { container_id_type: 'chat', container_id: '${chatId}' } })`);
  let count = 0;
  for await (const m of client.im.messages.list.iterate({ params: { container_id_type: 'chat', container_id: chatId, page_size: 2 } })) {
    count++;
    say(`  → ${m.message_id} ${m.msg_type}`);
  }
  say(`  ${count} messages, fetched two per page.`);
} finally {
  await emu.close();
  fs.rmSync(work, { recursive: true, force: true });
}

heading('Done');
say(failures === 0 ? 'Every step succeeded; the emulator is stopped.' : `${failures} step(s) failed; see above.`);
process.exit(failures === 0 ? 0 : 1);
