/**
 * Secrets: a full CLI and SDK run with a sentinel app secret and sentinel tokens, plus every
 * token the emulator issued along the way (tenant, user, refresh). Every byte of stdout, stderr
 * (JSON and terminal), dry-run output, `config show`, error envelopes, SDK logger records and
 * errors, and the repository's snapshots is searched: 0 occurrences. Config and token files are
 * 0600 in a 0700 folder, whatever the umask; a write killed midway leaves the old file intact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@larkgen/emulator';
import { LarkClient } from '@larkgen/sdk';
import { toFile } from '@larkgen/sdk/node';
import { record } from './figures.js';
import { FULL } from './support/scale.js';
import { builtCli, errorOf, json, runsAsChild, tempDir, DEMO_APP_ID, type Cli, type RunOptions, type RunResult } from './support/cli.js';

const SECRET = 'SENTINEL-SECRET-7f3a9c2e41d8b6';
const WRONG_SECRET = 'SENTINEL-WRONG-SECRET-58c1e0';
const USER_TOKEN = 'u-SENTINEL-USER-TOKEN-93be7d2a';
const TENANT_TOKEN = 't-SENTINEL-TENANT-TOKEN-0c4f61';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let cli: Cli;
let emu: Emulator;
let home: string;
let cwd: string;
const cfg = () => path.join(home, '.lark-cli');
/** Every text the run produced, with where it came from. */
const blobs: { where: string; text: string }[] = [];
/** Tokens the emulator issued (access and refresh), gathered after every step. */
const issued = new Set<string>();
let allScopes: string[] = [];

function harvest(): void {
  for (const t of emu.state.tokens.keys()) issued.add(t);
  for (const t of emu.state.refreshTokens.keys()) issued.add(t);
}

/** The CLI environment: no app credentials in env vars; everything comes from config.json. */
function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { HOME: home, LARKSUITE_CLI_CONFIG_DIR: cfg(), LARKSUITE_CLI_DEVICE_POLL_MS: '100', ...extra };
}

async function run(where: string, args: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  return kept(where, await cli.run(args, { cwd, timeoutMs: 30_000, ...o, env: baseEnv(o.env) }));
}

/**
 * The same built CLI inside this process, for the tables of formats, status commands and error
 * envelopes on a pipe, and for dry runs (the first of each table, the real sends, and everything
 * on a terminal or under a umask run as child processes). The CLI writes only through its Io, so
 * nothing it prints escapes the capture.
 */
async function runHere(where: string, args: readonly string[], o: Pick<RunOptions, 'env'> = {}): Promise<RunResult> {
  return kept(where, await cli.runHere(args, { cwd, env: baseEnv(o.env) }));
}

function kept(where: string, r: RunResult): RunResult {
  blobs.push({ where: `${where}: stdout`, text: r.stdout }, { where: `${where}: stderr`, text: r.stderr });
  harvest();
  return r;
}

beforeAll(async () => {
  cli = await builtCli();
  emu = await startEmulator({ port: 0, appSecret: SECRET, devicePollIntervalSeconds: 1, tokenTtlSeconds: 7200, log: (line) => blobs.push({ where: 'emulator log', text: line }) });
  allScopes = [...emu.state.app.enabled_scopes];
  home = tempDir('reliability-secrets-home-');
  cwd = tempDir('reliability-secrets-cwd-');
});

afterAll(async () => {
  await emu?.close();
  cli?.dispose();
  fs.rmSync(home, { recursive: true, force: true });
  fs.rmSync(cwd, { recursive: true, force: true });
});

describe('a full CLI run with a sentinel secret and sentinel tokens', () => {
  it('config init (secret from stdin, umask 000), config show in every format, profiles', async () => {
    const init = await run('config init', ['config', 'init', '--app-id', DEMO_APP_ID, '--app-secret-stdin', '--base-url', emu.url], { input: `${SECRET}\n`, umask: '000' });
    expect(init.code, init.stderr).toBe(0);
    expect(json(init).data.app_secret).toBe('********');
    for (const format of ['json', 'pretty', 'table', 'csv', 'ndjson']) {
      const r = await (format === 'json' ? run : runHere)(`config show --format ${format}`, ['config', 'show', '--format', format]);
      expect(r.code, r.stderr).toBe(0);
    }
    const tty = await run('config show on a terminal', ['config', 'show', '--format', 'pretty'], { tty: true });
    expect(tty.stdout).toContain('app_secret');
    expect((await run('config profiles', ['config', 'profiles', '--format', 'table'])).code).toBe(0);
  });

  it('auth login (device flow), status, check, scopes', async () => {
    expect((await run('auth status before', ['auth', 'status'])).code).toBe(0);
    const start = await run('auth login --no-wait', ['auth', 'login', '--domain', 'im', '--scope', 'contact:user.base:readonly', '--no-wait']);
    expect(start.code, start.stderr).toBe(0);
    const d = json(start).data as { user_code: string; device_code: string };
    expect(emu.approveDevice(d.user_code, 'ou_alice')).toBe(true);
    const done = await run('auth login --device-code', ['auth', 'login', '--device-code', d.device_code]);
    expect(done.code, done.stderr).toBe(0);
    // A waiting login on a terminal, approved while it polls.
    const waiting = run('auth login (waiting, on a terminal)', ['auth', 'login', '--scope', 'im:chat:readonly'], { tty: true });
    let code: string | undefined;
    let exited = false;
    void waiting.then(() => (exited = true));
    // Until the CLI has asked for a code (however long a loaded machine takes), or has given up.
    while (!code && !exited) {
      await new Promise((r) => setTimeout(r, 100));
      code = [...emu.state.devices.values()].find((x) => x.status === 'pending')?.user_code;
    }
    expect(code).toBeTruthy();
    emu.approveDevice(code!, 'ou_alice');
    expect((await waiting).code).toBe(0);
    for (const [i, args] of [['auth', 'status'], ['auth', 'status', '--format', 'pretty'], ['auth', 'check', '--scope', 'im:message:readonly'], ['auth', 'scopes', '--format', 'table'], ['config', 'show']].entries()) {
      const r = await (runsAsChild(i) ? run : runHere)(args.join(' '), args);
      expect(r.code, r.stderr).toBe(0);
    }
    const tokens = JSON.parse(fs.readFileSync(path.join(cfg(), 'tokens.json'), 'utf8')).users.default;
    expect(tokens.accessToken).toMatch(/^u-/);
    expect(issued.has(tokens.accessToken)).toBe(true);
  });

  it('calls as bot and as user in every output format, with dry runs', async () => {
    for (const as of ['bot', 'user']) {
      for (const format of ['json', 'pretty', 'table', 'csv', 'ndjson']) {
        const r = await (format === 'json' ? run : runHere)(`im chats list --as ${as} --format ${format}`, ['im', 'chats', 'list', '--as', as, '--format', format]);
        expect(r.code, r.stderr).toBe(0);
      }
      const send = ['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"hi"}', '--as', as];
      expect((await runHere(`messages create --as ${as} --dry-run`, [...send, '--dry-run'])).code).toBe(0);
      expect((await run(`messages create --as ${as}`, send)).code).toBe(0);
      expect((await runHere(`+messages-send --as ${as} --dry-run`, ['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hello', '--as', as, '--dry-run'])).code).toBe(0);
      expect((await run(`+chat-messages-list --as ${as} --format table`, ['im', '+chat-messages-list', '--chat-id', 'oc_general', '--as', as, '--format', 'table'])).code).toBe(0);
    }
    // A dry run of the token exchange itself masks the secret it would send.
    const dry = await run('api token exchange --dry-run', ['api', 'POST', '/open-apis/auth/v3/tenant_access_token/internal', '--data', JSON.stringify({ app_id: DEMO_APP_ID, app_secret: SECRET }), '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('********');
    // A stored user token refreshed shortly before it expires.
    const file = path.join(cfg(), 'tokens.json');
    const all = JSON.parse(fs.readFileSync(file, 'utf8'));
    const old = all.users.default.accessToken;
    all.users.default.expiresAt = Date.now() + 60_000;
    fs.writeFileSync(file, JSON.stringify(all), { mode: 0o600 });
    const r = await run('user call after a refresh', ['im', 'chats', 'list', '--as', 'user', '--format', 'pretty']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).users.default.accessToken).not.toBe(old);
  });

  it('error envelopes: permission, bad request, refused tokens, wrong secret, network, on a pipe and a terminal', async () => {
    const send = (chat: string) => ['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', chat, '--msg-type', 'text', '--content', '{"text":"x"}', '--as', 'bot'];
    emu.setScopes(allScopes.filter((s) => s !== 'im:message:send_as_bot' && s !== 'im:message'));
    const perm = await run('permission error', send('oc_general'));
    expect(perm.code).toBe(1);
    expect(errorOf(perm).error.type).toBe('permission');
    await run('permission error on a terminal', send('oc_general'), { tty: true });
    emu.setScopes(allScopes);
    // The pipe cases run inside this process, apart from the first; the terminal ones as children.
    const bad = await runHere('bad request', send('oc_missing'));
    expect(bad.code).toBe(1);
    const user = await runHere('refused user token', ['im', 'chats', 'list', '--as', 'user'], { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: USER_TOKEN } });
    expect(user.code).toBe(3);
    await run('refused user token on a terminal', ['im', 'chats', 'list', '--as', 'user'], { env: { LARKSUITE_CLI_USER_ACCESS_TOKEN: USER_TOKEN }, tty: true });
    const tenant = await runHere('refused tenant token', ['im', 'chats', 'list', '--as', 'bot'], { env: { LARKSUITE_CLI_TENANT_ACCESS_TOKEN: TENANT_TOKEN } });
    expect(tenant.code).toBe(3);
    expect((await runHere('config show with env tokens', ['config', 'show'], { env: { LARKSUITE_CLI_TENANT_ACCESS_TOKEN: TENANT_TOKEN, LARKSUITE_CLI_USER_ACCESS_TOKEN: USER_TOKEN } })).code).toBe(0);
    const wrong = await runHere('wrong app secret', ['im', 'chats', 'list', '--as', 'bot'], { env: { LARKSUITE_CLI_APP_ID: DEMO_APP_ID, LARKSUITE_CLI_APP_SECRET: WRONG_SECRET } });
    expect(wrong.code).toBe(3);
    await run('wrong app secret on a terminal', ['im', 'chats', 'list', '--as', 'bot'], { env: { LARKSUITE_CLI_APP_ID: DEMO_APP_ID, LARKSUITE_CLI_APP_SECRET: WRONG_SECRET }, tty: true });
    const net = await runHere('network failure', ['im', 'chats', 'list', '--as', 'bot', '--base-url', 'http://127.0.0.1:1']);
    expect(net.code).toBe(4);
    const inval = await runHere('validation error', ['im', 'chats', 'get', '--chat-id', 'nope', '--as', 'user']);
    expect(inval.code).toBe(2);
    expect((await run('auth logout', ['auth', 'logout'])).code).toBe(0);
    const noLogin = await runHere('user call without login', ['im', 'messages', 'search', '--data', '{"query":"x"}']);
    expect(noLogin.code).toBe(3);
  });
});

describe('the SDK with a logger attached', () => {
  it('logs, retries, refreshes and fails without a secret or token in any record or error', async () => {
    const records: unknown[] = [];
    const logger = Object.fromEntries(['debug', 'info', 'warn', 'error'].map((level) => [level, (message: string, data?: Record<string, unknown>) => records.push({ level, message, data })]));
    const client = new LarkClient({ appId: DEMO_APP_ID, appSecret: SECRET, baseUrl: emu.url, logger, retryBaseDelayMs: 1, maxRetries: 4 });
    const errors: unknown[] = [];
    const attempt = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (e) {
        errors.push(e);
      }
    };
    await attempt(() => client.im.chats.list({ params: { page_size: 5 } }));
    emu.setFaults({ errorRate: 0.5, methods: ['im.chats.get'] });
    for (let i = 0; i < 10; i++) await attempt(() => client.im.chats.get({ path: { chat_id: 'oc_general' } }));
    emu.setFaults({});
    emu.expireTokens('tenant');
    await attempt(() => client.im.chats.get({ path: { chat_id: 'oc_general' } }));
    const user = emu.issueUserToken('ou_alice');
    await attempt(() => client.im.chats.list({}, { as: 'user', userAccessToken: user.access_token }));
    await attempt(() => client.im.chats.list({}, { as: 'user', userAccessToken: USER_TOKEN }));
    await attempt(() => client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_missing', msg_type: 'text', content: '{"text":"x"}' } }));
    emu.setScopes(allScopes.filter((s) => s !== 'im:message:send_as_bot' && s !== 'im:message'));
    await attempt(() => client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: '{"text":"x"}' } }));
    emu.setScopes(allScopes);
    const dir = tempDir('reliability-secrets-dl-');
    await attempt(async () => toFile(await client.im.messageResources.get({ path: { message_id: 'om_file', file_key: 'file_report' }, params: { type: 'file' } }), path.join(dir, 'report.pdf')));
    fs.rmSync(dir, { recursive: true, force: true });
    const wrong = new LarkClient({ appId: DEMO_APP_ID, appSecret: WRONG_SECRET, baseUrl: emu.url, logger });
    await attempt(() => wrong.im.chats.list({}));
    const fixed = new LarkClient({ appId: DEMO_APP_ID, tenantAccessToken: TENANT_TOKEN, baseUrl: emu.url, logger });
    await attempt(() => fixed.im.chats.list({}));
    harvest();
    issued.add(user.access_token);
    if (user.refresh_token) issued.add(user.refresh_token);

    expect(records.length).toBeGreaterThan(20);
    expect(records.some((r) => (r as { message: string }).message === 'lark retry')).toBe(true);
    expect(records.some((r) => (r as { message: string }).message === 'lark token rejected, fetching a new one')).toBe(true);
    expect(errors.length).toBeGreaterThanOrEqual(4);
    blobs.push({ where: 'SDK logger records', text: records.map((r) => JSON.stringify(r)).join('\n') });
    for (const e of errors) {
      const err = e as Error;
      blobs.push({ where: `SDK error ${err.name}`, text: [err.message, err.stack ?? '', String(err), JSON.stringify(err), inspect(err, { depth: 5, showHidden: true })].join('\n') });
    }
  });
});

/** Every file under the repository's __snapshots__ folders (node_modules left out). */
function snapshotFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string, inSnap: boolean) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === '.git' || e.name.startsWith('.dist')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p, inSnap || e.name === '__snapshots__');
      else if (inSnap) out.push(p);
    }
  };
  walk(REPO, false);
  return out;
}

describe('0 occurrences anywhere', () => {
  it('searches every byte of every output, log, error and snapshot', () => {
    const snaps = snapshotFiles();
    for (const f of snaps) blobs.push({ where: path.relative(REPO, f), text: fs.readFileSync(f, 'utf8') });
    const needles = [SECRET, WRONG_SECRET, USER_TOKEN, TENANT_TOKEN, ...issued];
    // Also any 12-character piece of a secret or token (a partial mask, a truncated token).
    const pieces = new Set<string>();
    for (const n of needles) for (let i = 0; i + 12 <= n.length; i += 4) pieces.add(n.slice(i, i + 12).replace(/^[tu]-/, ''));
    for (const p of [...pieces]) if (/^(SENTINEL-|-SECRET-|-TOKEN-)/.test(p) || p.length < 10) pieces.delete(p);
    const hits: string[] = [];
    let bytes = 0;
    for (const b of blobs) {
      bytes += Buffer.byteLength(b.text);
      for (const n of [...needles, ...pieces, 'demo-app-secret']) {
        if (b.text.includes(n)) hits.push(`${b.where}: ${n.slice(0, 16)}…`);
      }
      if (/Bearer\s+[A-Za-z0-9._-]{6,}/.test(b.text)) hits.push(`${b.where}: a Bearer header`);
    }
    // The snapshots never carry a live-looking token either.
    for (const f of snaps) if (/\b[tu]-[0-9a-f]{36}\b/.test(fs.readFileSync(f, 'utf8'))) hits.push(`${f}: a token`);
    const tokenCount = issued.size;
    console.log(`secrets: ${blobs.length} outputs, ${bytes} bytes, ${needles.length} secrets/tokens (${tokenCount} issued), ${snaps.length} snapshot files`);
    if (hits.length) console.log(hits.join('\n'));
    record({
      area: 'secrets',
      figure: `sentinel secret/tokens + ${tokenCount} issued tokens in ${blobs.length} outputs, logs, errors, ${snaps.length} snapshot files (${(bytes / 1024).toFixed(0)} KiB)`,
      value: hits.length,
      goal: '0 occurrences',
      ok: hits.length === 0 && tokenCount >= 4,
    });
    expect(hits).toEqual([]);
    expect(tokenCount).toBeGreaterThanOrEqual(4);
  });
});

describe('config and token files', () => {
  it('are 0600 in a 0700 folder, even under umask 000 and in a folder made 0755 before', async () => {
    const modes = () => ({
      dir: fs.statSync(cfg()).mode & 0o777,
      config: fs.statSync(path.join(cfg(), 'config.json')).mode & 0o777,
      // A missing file is reported as such (mode 0), never taken for a pass.
      tokens: fs.existsSync(path.join(cfg(), 'tokens.json')) ? fs.statSync(path.join(cfg(), 'tokens.json')).mode & 0o777 : 0,
    });
    const after = modes();
    // A folder someone loosened, and a login under umask 000.
    fs.chmodSync(cfg(), 0o755);
    const start = await run('auth login --no-wait (umask 000)', ['auth', 'login', '--scope', 'im:chat:readonly', '--no-wait'], { umask: '000' });
    const d = json(start).data as { user_code: string; device_code: string };
    emu.approveDevice(d.user_code, 'ou_bob');
    const done = await run('auth login --device-code (umask 000)', ['auth', 'login', '--device-code', d.device_code], { umask: '000' });
    expect(done.code, done.stderr).toBe(0);
    const again = modes();
    const extra = fs.readdirSync(cfg()).filter((f) => f !== 'config.json' && f !== 'tokens.json');
    const ok = after.dir === 0o700 && after.config === 0o600 && again.dir === 0o700 && again.config === 0o600 && again.tokens === 0o600 && extra.length === 0;
    record({ area: 'secrets', figure: 'config dir / config.json / tokens.json modes (umask 000, loosened dir)', value: `${again.dir.toString(8)} / ${again.config.toString(8)} / ${again.tokens.toString(8)}`, goal: '700 / 600 / 600', ok });
    expect({ after, again, extra }).toEqual({ after: { dir: 0o700, config: 0o600, tokens: 0o600 }, again: { dir: 0o700, config: 0o600, tokens: 0o600 }, extra: [] });
  });

  it('a write killed midway leaves the old file intact', async () => {
    // A preload that SIGKILLs the CLI at an exact point of its atomic write: halfway through writing
    // the temporary file, or after writing it and before the rename.
    const preload = path.join(home, 'crash.cjs');
    fs.writeFileSync(
      preload,
      `const fs = require('node:fs'); const path = require('node:path');
const mode = process.env.RELIABILITY_CRASH, target = process.env.RELIABILITY_CRASH_FILE;
const write = fs.writeSync, rename = fs.renameSync;
fs.writeSync = function (fd, data, ...rest) {
  if (mode === 'mid-write' && typeof data === 'string' && data.length > 20) {
    write.call(fs, fd, data.slice(0, data.length >> 1)); fs.fsyncSync(fd); process.kill(process.pid, 'SIGKILL');
  }
  return write.call(fs, fd, data, ...rest);
};
fs.renameSync = function (from, to) {
  if (mode === 'before-rename' && path.basename(to) === target) process.kill(process.pid, 'SIGKILL');
  return rename.apply(fs, arguments);
};
`,
    );
    const files = { config: path.join(cfg(), 'config.json'), tokens: path.join(cfg(), 'tokens.json') };
    const cases: { file: 'config' | 'tokens'; mode: string; args: string[]; input?: string }[] = [
      { file: 'config', mode: 'mid-write', args: ['config', 'init', '--name', 'other', '--app-id', 'cli_other', '--app-secret-stdin'], input: 'other-secret\n' },
      { file: 'config', mode: 'before-rename', args: ['config', 'init', '--name', 'other', '--app-id', 'cli_other', '--app-secret-stdin'], input: 'other-secret\n' },
      { file: 'tokens', mode: 'mid-write', args: ['auth', 'logout'] },
      { file: 'tokens', mode: 'before-rename', args: ['auth', 'logout'] },
    ];
    let intact = 0;
    const results: string[] = [];
    for (const c of cases) {
      const before = fs.readFileSync(files[c.file], 'utf8');
      const r = await run(`killed ${c.args.join(' ')} (${c.mode})`, c.args, {
        nodeArgs: ['--require', preload],
        env: { RELIABILITY_CRASH: c.mode, RELIABILITY_CRASH_FILE: path.basename(files[c.file]) },
        ...(c.input ? { input: c.input } : {}),
      });
      const after = fs.readFileSync(files[c.file], 'utf8');
      const same = r.signal === 'SIGKILL' && after === before && (JSON.parse(after) as object) !== null;
      if (same) intact++;
      results.push(`${c.file} ${c.mode}: ${r.signal} ${same ? 'intact' : 'CHANGED'}`);
    }
    // The leftover temporary files do not get in the way of the next command.
    const next = await run('config show after the crashes', ['config', 'show']);
    const status = await run('auth status after the crashes', ['auth', 'status']);
    expect(next.code, next.stderr).toBe(0);
    expect(json(status).data.logged_in).toBe(true);

    // And plain SIGKILLs from outside at arbitrary moments of `config init`: the file is always
    // either the old or the new version, never a mix.
    const versions = new Set([fs.readFileSync(files.config, 'utf8')]);
    let whole = 0;
    let killed = 0;
    // Spread over one run: 12 moments under `pnpm test`, 24 under `pnpm test:full`.
    const KILLS = FULL ? 24 : 12;
    // How long a whole `config init` takes here, to spread the kills over it.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await cli.run(['config', 'init', '--name', 'timing', '--app-id', 'cli_timing', '--app-secret-stdin'], { cwd, env: baseEnv(), input: 'x-secret\n' });
      times.push(Date.now() - t0);
    }
    const span = times.sort((a, b) => a - b)[1]!;
    for (let i = 0; i < KILLS; i++) {
      let pid: number | undefined;
      const child = cli.run(['config', 'init', '--name', `p${i % 3}`, '--app-id', `cli_kill${i}`, '--app-secret-stdin'], { cwd, env: baseEnv(), input: 'x-secret\n', onSpawn: (p) => (pid = p) });
      // Kill at moments spread over a whole run (start-up, reading, writing, renaming).
      await new Promise((r) => setTimeout(r, Math.round((span * (i + 0.5)) / KILLS)));
      if (pid !== undefined) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already finished
        }
      }
      if ((await child).signal === 'SIGKILL') killed++;
      const text = fs.readFileSync(files.config, 'utf8');
      try {
        const parsed = JSON.parse(text) as { apps: Record<string, { appId: string }> };
        if (parsed.apps.default?.appId === DEMO_APP_ID) whole++;
        versions.add(text);
      } catch {
        results.push(`external kill ${i}: config.json is not valid JSON`);
      }
    }
    const leftovers = fs.readdirSync(cfg()).filter((f) => f.endsWith('.tmp')).length;
    console.log(results.join('\n'), `\nexternal kills: ${killed} of ${KILLS} runs killed, ${whole}/${KILLS} whole, ${versions.size} versions seen, ${leftovers} temporary files left`);
    record({
      area: 'secrets',
      figure: `config/token writes SIGKILLed (4 at exact points mid-write, ${killed} from outside at spread moments)`,
      value: `${intact}/4 + ${whole}/${KILLS} files intact`,
      goal: 'old (or whole new) file, never partial',
      ok: intact === 4 && whole === KILLS,
    });
    expect(results.filter((x) => !x.endsWith('intact'))).toEqual([]);
    expect(whole).toBe(KILLS);
  });
});
