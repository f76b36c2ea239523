/**
 * The attacks of round two, as cases of the hardening suite: deep and wide JSON (bodies, and JSON
 * inside a string field), non-ASCII file names, stalled bodies (SDK, `-o`, the download shortcut,
 * Ctrl-C), kill -9 under load with `--data`, server pages that echo secrets, and redirects that
 * would carry a body elsewhere.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, type Emulator } from '@larkgen/emulator';
import { LarkClient, LarkRedirectError } from '@larkgen/sdk';
import { toFile } from '@larkgen/sdk/node';
import { record } from './figures.js';
import { builtCli, errorOf, json, runsAsChild, tempDir, type Cli } from './support/cli.js';
import { serve, type Served } from './support/net.js';

const AREA = 'attacks';
let emu: Emulator;
let cli: Cli;
let token: string;
const cleanup: (() => unknown)[] = [];
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  cli = await builtCli();
  const r = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }) });
  token = ((await r.json()) as { tenant_access_token: string }).tenant_access_token;
});
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  cli?.dispose();
  await emu?.close();
});

const cliEnv = (baseUrl: string, home: string) => ({ LARKSUITE_CLI_APP_ID: DEMO_APP_ID, LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET, LARKSUITE_CLI_BASE_URL: baseUrl, HOME: home, LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli') });
const sdk = (baseUrl: string, extra: Partial<ConstructorParameters<typeof LarkClient>[0]> = {}) => new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl, retryBaseDelayMs: 5, ...extra });

describe('deep and wide JSON', () => {
  it('is refused before it is parsed, and another client is answered meanwhile', async () => {
    const { port } = new URL(emu.url);
    const chat = async () => {
      const t0 = performance.now();
      const status = (await fetch(`${emu.url}/open-apis/im/v1/chats/oc_general`, { headers: { authorization: `Bearer ${token}` } })).status;
      return { status, ms: performance.now() - t0 };
    };
    const idle = await chat();
    // Bodies declared as 6 MB of which the first megabyte is sent and the rest never is: only a
    // server that refuses mid-read answers at all.
    const partial = (head: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/open-apis/im/v1/messages?receive_id_type=chat_id', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': 6 * 1024 * 1024 } }, (res) => {
          res.resume().on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.write(head);
      });
    // A whole 3 MB body whose message content (JSON inside a string) is nested 3 million deep.
    const whole = (content: string) =>
      fetch(`${emu.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content }) }).then((r) => r.status);
    const attacks: Record<string, () => Promise<number>> = {
      'body 1 M levels deep (of 6 MB declared)': () => partial('['.repeat(1 << 20)),
      'body with 60 k keys (of 6 MB declared)': () => partial('{' + Array.from({ length: 60_000 }, (_, i) => `"k${i}":0`).join(',') + ','),
      'content string 3 M levels deep (3 MB body)': () => whole('['.repeat(3_000_000)),
    };
    const refused: string[] = [];
    let answered = 0;
    let slowest = 0;
    for (const [name, attack] of Object.entries(attacks)) {
      const [status, other] = await Promise.all([attack(), chat()]);
      if (status === 400) refused.push(name);
      if (other.status === 200) answered++;
      slowest = Math.max(slowest, other.ms);
    }
    const n = Object.keys(attacks).length;
    record({ area: AREA, figure: `hostile JSON refused (${Object.keys(attacks).join('; ')})`, value: `${refused.length}/${n}`, goal: `${n}/${n}`, ok: refused.length === n });
    record({ area: AREA, figure: 'another client answered during each hostile JSON request', value: `${answered}/${n} (slowest ${Math.round(slowest)} ms; idle ${Math.round(idle.ms)} ms)`, goal: `${n}/${n}`, ok: answered === n });
    expect(refused).toEqual(Object.keys(attacks));
    expect(answered).toBe(n);
  });
});

describe('non-ASCII, emoji and CRLF file names', () => {
  const NAMES = ['报告.pdf', 'notes 😀.txt', 'evil\r\nSet-Cookie: x.txt'];
  // On disk: letters of any script and emoji kept; control characters and characters some file
  // systems refuse (the colon) become "_".
  const ON_DISK: Record<string, string> = { '报告.pdf': '报告.pdf', 'notes 😀.txt': 'notes 😀.txt', 'evil\r\nSet-Cookie: x.txt': 'evil__Set-Cookie_ x.txt' };

  it('upload, send, and download through the SDK and the CLI with the name intact (made safe on disk)', async () => {
    const client = sdk(emu.url);
    const home = tempDir('reliability-names-home-');
    const cwd = tempDir('reliability-names-');
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }), () => fs.rmSync(cwd, { recursive: true, force: true }));
    const problems: string[] = [];
    for (const [i, name] of NAMES.entries()) {
      const up = await client.im.files.create({ data: { file_type: 'stream', file_name: name, file: new Blob([`file ${i}`]) } });
      const msg = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'file', content: JSON.stringify({ file_key: up.file_key }) } });
      const dl = await client.im.messageResources.get({ path: { message_id: msg.message_id!, file_key: up.file_key! }, params: { type: 'file' } });
      if (dl.status !== 200 || dl.filename !== name) problems.push(`SDK ${JSON.stringify(name)}: HTTP ${dl.status}, filename ${JSON.stringify(dl.filename)}`);
      await dl.arrayBuffer();
      const sub = path.join(cwd, String(i));
      fs.mkdirSync(sub);
      const args = ['im', '+messages-resources-download', '--message-id', msg.message_id!, '--file-key', up.file_key!, '--type', 'file', '--as', 'bot'];
      const r = await (runsAsChild(i) ? cli.run : cli.runHere)(args, { cwd: sub, env: cliEnv(emu.url, home) });
      const saved = r.code === 0 ? (json(r).data as { saved_path: string }).saved_path : `exit ${r.code}: ${r.stderr.slice(0, 200)}`;
      const expected = ON_DISK[name]!;
      if (saved !== expected || fs.readFileSync(path.join(sub, expected), 'utf8') !== `file ${i}`) problems.push(`CLI ${JSON.stringify(name)}: saved ${JSON.stringify(saved)}`);
    }
    record({ area: AREA, figure: 'non-ASCII/emoji/CRLF names downloaded with their name (SDK + CLI)', value: `${NAMES.length * 2 - problems.length}/${NAMES.length * 2}`, goal: `${NAMES.length * 2}/${NAMES.length * 2}`, ok: problems.length === 0 });
    expect(problems).toEqual([]);
  });
});

/** A server that answers the token exchange, then for downloads sends headers and 100 bytes and stalls. */
async function stallingServer(): Promise<Served> {
  const sockets = new Set<Socket>();
  const served = await serve((req, res) => {
    if ((req.url ?? '').includes('tenant_access_token')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end(JSON.stringify({ code: 0, tenant_access_token: 't-stall', expire: 7200 }));
    }
    res.writeHead(req.headers.range ? 206 : 200, { 'content-type': 'application/octet-stream', 'content-length': 1000, ...(req.headers.range ? { 'content-range': 'bytes 0-999/5000' } : {}) });
    res.write(Buffer.alloc(100, 7));
  });
  served.server.on('connection', (s) => sockets.add(s));
  return {
    ...served,
    close: async () => {
      for (const s of sockets) s.destroy();
      await served.close();
    },
  };
}

describe('stalled bodies', () => {
  const METHOD_GET = ['im', 'message.resources', 'get', '--message-id', 'om_1', '--file-key', 'file_1', '--type', 'file', '-o', 'out.bin', '--as', 'bot'];
  const SHORTCUT_GET = ['im', '+messages-resources-download', '--message-id', 'om_1', '--file-key', 'file_1', '--type', 'file', '--as', 'bot'];
  let stall: Served;
  beforeAll(async () => {
    stall = await stallingServer();
    cleanup.push(() => stall.close());
  });

  it('the SDK, `-o FILE` and +messages-resources-download fail with a clear error and leave no file', async () => {
    const outcomes: string[] = [];
    const dir = tempDir('reliability-stall-');
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const dl = await sdk(stall.url, { timeoutMs: 500 }).im.messageResources.get({ path: { message_id: 'om_1', file_key: 'file_1' }, params: { type: 'file' } });
    const err = (await toFile(dl, path.join(dir, 'sdk.bin'), { maxResumes: 1 }).catch((e: unknown) => e)) as Error;
    outcomes.push(/no data for 500 ms; the download stalled/.test(err?.message ?? '') && fs.readdirSync(dir).length === 0 ? 'ok' : `SDK: ${err?.message}`);

    const home = tempDir('reliability-stall-home-');
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const env = { ...cliEnv(stall.url, home), LARKSUITE_CLI_TIMEOUT_MS: '500' };
    for (const args of [METHOD_GET, SHORTCUT_GET]) {
      const cwd = tempDir('reliability-stall-cwd-');
      cleanup.push(() => fs.rmSync(cwd, { recursive: true, force: true }));
      const r = await cli.run(args, { cwd, env, timeoutMs: 240_000 });
      const left = fs.readdirSync(cwd);
      outcomes.push(r.code === 4 && !r.timedOut && left.length === 0 && /stalled|no data/.test(errorOf(r).error.message) ? 'ok' : `${args[1]}: exit ${r.code}${r.timedOut ? ' (hung)' : ''}, left ${left.join(',')}, ${r.stderr.slice(0, 300)}`);
    }
    const ok = outcomes.filter((o) => o === 'ok').length;
    record({ area: AREA, figure: 'stalled download bodies (SDK toFile, -o, +messages-resources-download)', value: `${ok}/3 failed cleanly, 0 hangs`, goal: '3/3, no file left', ok: ok === 3 });
    expect(outcomes).toEqual(['ok', 'ok', 'ok']);
  });

  it.each([
    ['SIGINT', 'method command -o', METHOD_GET, 130],
    ['SIGTERM', 'method command -o', METHOD_GET, 143],
    ['SIGINT', '+messages-resources-download', SHORTCUT_GET, 130],
    ['SIGTERM', '+messages-resources-download', SHORTCUT_GET, 143],
  ] as const)('%s during the %s download leaves no partial file', async (signal, what, args, exitCode) => {
    const home = tempDir('reliability-signal-home-');
    const cwd = tempDir('reliability-signal-');
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }), () => fs.rmSync(cwd, { recursive: true, force: true }));
    // The signal goes out once the temporary file exists: the download is under way.
    const watcher = fs.watch(cwd);
    const started = new Promise<void>((resolve) => watcher.on('change', () => fs.readdirSync(cwd).some((f) => f.endsWith('.part')) && resolve()));
    let pid = 0;
    const run = cli.run([...args], { cwd, env: cliEnv(stall.url, home), onSpawn: (p) => (pid = p) });
    await started;
    watcher.close();
    process.kill(pid, signal);
    const r = await run;
    const left = fs.readdirSync(cwd);
    record({ area: AREA, figure: `${signal} mid-download (${what}): files left, exit code`, value: `${left.length}, exit ${r.code}`, goal: `0, exit ${exitCode}`, ok: left.length === 0 && r.code === exitCode });
    expect({ code: r.code, left }).toEqual({ code: exitCode, left: [] });
  });
});

describe('kill -9 with --data', () => {
  it('loses nothing that was acknowledged', async () => {
    const dir = tempDir('reliability-durable-');
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'state.json');
    const bin = fileURLToPath(new URL('../../emulator/bin/lark-emulator.js', import.meta.url));
    const child = spawn(process.execPath, [bin, '--port', '0', '--data', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const t = ((await (await fetch(`${url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }) })).json()) as { tenant_access_token: string }).tenant_access_token;
    const KILL_AFTER = 170;
    const acked: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < 600 && !killed) {
        const i = next++;
        try {
          const r = await fetch(`${url}/open-apis/im/v1/messages?receive_id_type=chat_id`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: `kill-9 #${i}` }) }) });
          const body = (await r.json()) as { code: number; data?: { message_id: string } };
          if (body.code === 0) acked.push(body.data!.message_id);
        } catch {
          // died with the process: never acknowledged
        }
        if (acked.length >= KILL_AFTER && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await exited;
    const again = await startEmulator({ port: 0, dataFile: file });
    const lost = acked.filter((id) => !again.state.messages.has(id)).length;
    await again.close();
    record({ area: AREA, figure: `acknowledged sends lost to kill -9 (--data, ${acked.length} acknowledged)`, value: lost, goal: '0', ok: lost === 0 && acked.length >= KILL_AFTER });
    expect(lost).toBe(0);
  });
});

describe('server pages that echo secrets', () => {
  it('are repeated by the SDK and the CLI with tokens and secrets redacted', async () => {
    const leaked = 't-0123456789abcdef0123456789abcdef';
    const echo = await serve((req, res) => {
      if ((req.url ?? '').includes('tenant_access_token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ code: 0, tenant_access_token: leaked, expire: 7200 }));
      }
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(`<pre>authorization: ${req.headers.authorization}\napp_secret=${DEMO_APP_SECRET}</pre>`);
    });
    cleanup.push(() => echo.close());
    const sdkErr = (await sdk(echo.url, { maxRetries: 0 }).im.chats.get({ path: { chat_id: 'oc_general' } }).catch((e: unknown) => e)) as Error;
    const home = tempDir('reliability-echo-');
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const r = await cli.run(['im', 'chats', 'get', '--chat-id', 'oc_general', '--as', 'bot'], { env: cliEnv(echo.url, home) });
    const texts = [sdkErr.message, JSON.stringify(sdkErr), r.stdout, r.stderr];
    const found = texts.filter((x) => x.includes(leaked.slice(2)) || x.includes(DEMO_APP_SECRET)).length;
    record({ area: AREA, figure: 'echoed token/secret in SDK error and CLI output (502 page)', value: found, goal: '0', ok: found === 0 && r.code === 1 });
    expect(found).toBe(0);
    expect(sdkErr.message).toContain('Bearer ***');
  });
});

describe('redirects', () => {
  it('a send redirected to another origin is not followed: the other origin receives nothing', async () => {
    const other = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"code":0,"data":{}}');
    });
    let hits = 0;
    other.server.on('request', () => hits++);
    const redirecting = await serve((req, res) => {
      if ((req.url ?? '').includes('tenant_access_token')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ code: 0, tenant_access_token: 't-redirect', expire: 7200 }));
      }
      res.writeHead(307, { location: `${other.url}${req.url}` });
      res.end();
    });
    cleanup.push(() => other.close(), () => redirecting.close());
    const err = await sdk(redirecting.url).im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: '{"text":"secret plans"}' } }).catch((e: unknown) => e);
    const home = tempDir('reliability-redirect-');
    cleanup.push(() => fs.rmSync(home, { recursive: true, force: true }));
    const r = await cli.run(['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'secret plans', '--as', 'bot'], { env: cliEnv(redirecting.url, home) });
    record({ area: AREA, figure: 'POST bodies sent to another origin after a redirect (SDK + CLI)', value: hits, goal: '0', ok: hits === 0 && err instanceof LarkRedirectError && r.code === 4 });
    expect(err).toBeInstanceOf(LarkRedirectError);
    expect(r.code).toBe(4);
    expect(hits).toBe(0);
  });
});
