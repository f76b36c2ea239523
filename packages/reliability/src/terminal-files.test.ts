/**
 * Terminal and files: message contents carrying ANSI/OSC sequences, bidi overrides, zero-width
 * characters and CSV formula prefixes are sent into the emulator and listed through the built
 * CLI: pretty, table and csv show them neutralised (exact rows asserted). Output and media paths
 * that are absolute, contain `..`, or escape through a symlink are refused (exit 2, nothing
 * written, no request). Remote Markdown image URLs on loopback or private ranges are refused
 * unless LARKSUITE_CLI_ALLOW_PRIVATE_URLS=1, redirects are checked again, and Authorization never
 * reaches an image host. Only loopback addresses are ever contacted.
 */
import dns from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import fs from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@larkgen/emulator';
import { LarkClient } from '@larkgen/sdk';
import { fetchRemoteImage } from '@larkgen/cli/src/shortcuts/im/lib/remote-fetch.js';
import { record } from './figures.js';
import { builtCli, errorOf, json, runsAsChild, tempDir, DEMO_APP_ID, DEMO_APP_SECRET, type Cli, type RunOptions, type RunResult } from './support/cli.js';
import { serve, type Served } from './support/net.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082', 'hex');

let cli: Cli;
let emu: Emulator;
let requests = 0;
let base: string;
let cwd: string;
let home: string;
let outside: string;
let env: Record<string, string>;

beforeAll(async () => {
  cli = await builtCli();
  emu = await startEmulator({
    port: 0,
    log: (line) => {
      if (/^(GET|POST|PUT|PATCH|DELETE) \//.test(line)) requests++;
    },
  });
  // base/cwd is where the CLI runs; base/outside is next to it, reachable with ../outside.
  base = tempDir('reliability-files-');
  cwd = path.join(base, 'cwd');
  outside = path.join(base, 'outside');
  home = path.join(base, 'home');
  for (const d of [cwd, outside, home]) fs.mkdirSync(d);
  env = {
    HOME: home,
    LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli'),
    LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
    LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
    LARKSUITE_CLI_BASE_URL: emu.url,
  };
});

afterAll(async () => {
  await emu?.close();
  cli?.dispose();
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

const run = (args: readonly string[], o: RunOptions = {}): Promise<RunResult> => cli.run(args, { cwd, timeoutMs: 30_000, ...o, env: { ...env, ...o.env } });
/** The same built CLI inside this process (no terminal, no umask: only env and cwd). */
const runHere = (args: readonly string[], o: Pick<RunOptions, 'env'> = {}): Promise<RunResult> => cli.runHere(args, { cwd, env: { ...env, ...o.env } });
/** Case `i` of a table: a child process or inside this process, as runsAsChild says. */
const runCase = (i: number, args: readonly string[], o: Pick<RunOptions, 'env'> = {}): Promise<RunResult> => (runsAsChild(i) ? run(args, o) : runHere(args, o));

/** Characters that must never reach a terminal or a spreadsheet from message text. */
const DANGEROUS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff]/;

/** RFC 4180 CSV: rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

interface Hostile {
  readonly what: string;
  readonly text: string;
  /** As shown in pretty and table. */
  readonly shown: string;
  /** The csv field (after parsing the quoting). */
  readonly csv: string;
}

const HOSTILE: Hostile[] = [
  { what: 'ANSI colour (CSI SGR)', text: '\u001b[31mALERT\u001b[0m: disk full', shown: 'ALERT: disk full', csv: 'ALERT: disk full' },
  { what: 'screen clear and cursor home', text: '\u001b[2J\u001b[Hscreen cleared', shown: 'screen cleared', csv: 'screen cleared' },
  { what: 'cursor up and erase line', text: 'ok\u001b[1A\u001b[2Kforged line', shown: 'okforged line', csv: 'okforged line' },
  { what: 'OSC 0 window title (BEL)', text: '\u001b]0;pwned\u0007window title', shown: 'window title', csv: 'window title' },
  { what: 'OSC 8 hyperlink (ST)', text: '\u001b]8;;http://127.0.0.1/x\u001b\\click here\u001b]8;;\u001b\\', shown: 'click here', csv: 'click here' },
  { what: 'OSC 52 clipboard write', text: '\u001b]52;c;Y3VybCBldmlsIHwgc2g=\u0007copied', shown: 'copied', csv: 'copied' },
  { what: '8-bit CSI (C1)', text: '\u009b31mC1 red', shown: 'C1 red', csv: 'C1 red' },
  { what: 'DCS string', text: '\u001bPq#0;2;0;0;0\u001b\\after DCS', shown: 'after DCS', csv: 'after DCS' },
  { what: 'bidi override (RLO)', text: 'invoice_\u202efdp.exe', shown: 'invoice_fdp.exe', csv: 'invoice_fdp.exe' },
  { what: 'bidi isolates (LRI…PDI)', text: '\u2066isolated\u2069 text', shown: 'isolated text', csv: 'isolated text' },
  { what: 'zero-width characters', text: 'pass\u200bword\u2060\ufeff', shown: 'password', csv: 'password' },
  { what: 'carriage return overwrite', text: 'progress 50%\rDONE', shown: 'progress 50%DONE', csv: 'progress 50%DONE' },
  { what: 'bell and backspaces', text: 'bell\u0007 and back\u0008\u0008spaces', shown: 'bell and backspaces', csv: 'bell and backspaces' },
  { what: 'CSV formula =', text: '=HYPERLINK("http://127.0.0.1/x","open")', shown: '=HYPERLINK("http://127.0.0.1/x","open")', csv: `'=HYPERLINK("http://127.0.0.1/x","open")` },
  { what: 'CSV formula +', text: '+SUM(1,2)', shown: '+SUM(1,2)', csv: "'+SUM(1,2)" },
  { what: 'CSV formula -', text: '-2+3', shown: '-2+3', csv: "'-2+3" },
  { what: 'CSV formula @', text: '@cmd', shown: '@cmd', csv: "'@cmd" },
  { what: 'formula behind a zero-width space', text: '\u200b=1+1', shown: '=1+1', csv: "'=1+1" },
  { what: 'formula behind an escape sequence', text: '\u001b[0m=2+2', shown: '=2+2', csv: "'=2+2" },
  { what: 'formula behind a bidi mark', text: '\u202e@SUM(A1)', shown: '@SUM(A1)', csv: "'@SUM(A1)" },
  { what: 'formula behind a tab', text: '\t=3+3', shown: ' =3+3', csv: "'\t=3+3" },
];

describe('hostile message contents are neutralised in pretty, table and csv', () => {
  let chatId: string;
  const ids = new Map<string, Hostile>();
  let checked = 0;

  beforeAll(async () => {
    const client = new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: emu.url });
    const chat = await client.im.chats.create({ data: { name: 'hostile', chat_mode: 'group', chat_type: 'private' } });
    chatId = chat.chat_id!;
    for (const h of HOSTILE) {
      const m = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: chatId, msg_type: 'text', content: JSON.stringify({ text: h.text }) } });
      ids.set(m.message_id!, h);
    }
  });

  const list = () => ['im', '+chat-messages-list', '--chat-id', chatId, '--sort', 'asc', '--page-size', '50', '--as', 'bot'];

  it('csv: every content field exact, formulas neutralised', async () => {
    const r = await run([...list(), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(DANGEROUS.test(r.stdout)).toBe(false);
    const rows = parseCsv(r.stdout);
    const header = rows[0]!;
    const content = header.indexOf('content');
    const idCol = header.indexOf('message_id');
    const got = new Map(rows.slice(1).map((row) => [row[idCol]!, row[content]!]));
    for (const [id, h] of ids) {
      expect(got.get(id), h.what).toBe(h.csv);
      checked++;
    }
    // No field of any row would run as a formula.
    for (const row of rows) for (const f of row) expect(/^[=+\-@\t\r]/.test(f), f).toBe(false);
  });

  it('table: every content cell exact', async () => {
    const r = await run([...list(), '--format', 'table']);
    expect(r.code, r.stderr).toBe(0);
    expect(DANGEROUS.test(r.stdout)).toBe(false);
    const lines = r.stdout.split('\n');
    const start = lines[0]!.indexOf('CONTENT');
    expect(start).toBeGreaterThan(0);
    for (const [id, h] of ids) {
      const line = lines.find((l) => l.includes(id));
      expect(line, h.what).toBeDefined();
      expect(line!.slice(start, line!.indexOf(id)).trimEnd(), h.what).toBe(h.shown);
      checked++;
    }
  });

  it('pretty: every content line exact', async () => {
    const r = await run([...list(), '--format', 'pretty']);
    expect(r.code, r.stderr).toBe(0);
    expect(DANGEROUS.test(r.stdout)).toBe(false);
    const contents = r.stdout.split('\n').filter((l) => /^\s*content: /.test(l)).map((l) => l.replace(/^\s*content: /, ''));
    expect(contents).toEqual(HOSTILE.map((h) => h.shown));
    checked += contents.length;
  });

  it('the raw method list and a hostile chat name are neutralised too', async () => {
    const raw = ['im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', chatId, '--sort-type', 'ByCreateTimeAsc', '--page-size', '50', '--as', 'bot'];
    // The shortcut's list ran as a child process above; the method's list runs inside this process.
    for (const format of ['pretty', 'table', 'csv']) {
      const r = await runHere([...raw, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(DANGEROUS.test(r.stdout), format).toBe(false);
    }
    const name = '\u001b]0;evil\u0007=cmd|\u202e calc';
    const created = await run(['im', 'chats', 'create', '--name', name, '--chat-type', 'private', '--format', 'json']);
    expect(created.code, created.stderr).toBe(0);
    const newId = json(created).data.chat_id as string;
    const csv = await runHere(['im', 'chats', 'get', '--chat-id', newId, '--format', 'csv']);
    const rows = parseCsv(csv.stdout);
    expect(rows[1]![rows[0]!.indexOf('name')]).toBe("'=cmd| calc");
    const table = await runHere(['im', 'chats', 'get', '--chat-id', newId, '--format', 'table']);
    const pretty = await runHere(['im', 'chats', 'get', '--chat-id', newId, '--format', 'pretty']);
    for (const r of [csv, table, pretty]) expect(DANGEROUS.test(r.stdout)).toBe(false);
    expect(pretty.stdout).toContain('name: =cmd| calc\n');
    // JSON keeps the exact text: it is data, not display.
    expect(json(await runHere(['im', 'chats', 'get', '--chat-id', newId])).data.name).toBe(name);
    record({
      area: 'terminal & files',
      figure: `hostile message contents (ANSI/OSC/DCS, C1, bidi, zero-width, CR/BS, formulas: ${HOSTILE.length} kinds) in pretty/table/csv`,
      value: `${checked}/${HOSTILE.length * 3} exact`,
      goal: 'all neutralised',
      ok: checked === HOSTILE.length * 3,
    });
  });
});

/** Every file and link under a folder, with its size and mtime: to prove nothing was written. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      out.push(`${path.relative(base, p)} ${st.isSymbolicLink() ? 'link' : st.size} ${st.mtimeMs}`);
      if (e.isDirectory() && !e.isSymbolicLink()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

describe('unsafe output and media paths are refused', () => {
  it('absolute, "..", and symlink escapes: exit 2, nothing written, no request', async () => {
    fs.writeFileSync(path.join(cwd, 'ok.png'), PNG);
    fs.writeFileSync(path.join(outside, 'o.png'), PNG);
    fs.writeFileSync(path.join(outside, 'o.json'), '{"text":"outside"}');
    fs.writeFileSync(path.join(outside, 'o.md'), '# outside');
    fs.symlinkSync('../outside', path.join(cwd, 'escape'));
    fs.symlinkSync('../outside/o.png', path.join(cwd, 'linked.png'));
    fs.symlinkSync('../outside/o.json', path.join(cwd, 'linked.json'));
    fs.mkdirSync(path.join(cwd, 'a'));
    const abs = path.join(outside, 'abs.png');
    const writes = [abs, '../outside/x.png', 'a/../../outside/x.png', 'a/../x.png', './a/../x.png', 'escape/x.png', 'escape/new/deep/x.png', 'linked.png', 'a\\..\\..\\outside\\x.png', '~/x.png'];
    const reads = [path.join(outside, 'o.png'), '../outside/o.png', 'a/../ok.png', 'escape/o.png', 'linked.png', 'a/../../outside/o.png'];
    const cases: string[][] = [];
    for (const w of writes) {
      cases.push(['im', 'images', 'get', '--image-key', 'img_logo', '-o', w]);
      cases.push(['im', 'message.resources', 'get', '--message-id', 'om_file', '--file-key', 'file_report', '--type', 'file', '--output', w]);
      cases.push(['im', '+messages-resources-download', '--message-id', 'om_image', '--file-key', 'img_logo', '--type', 'image', '--output', w, '--as', 'bot']);
      cases.push(['api', 'GET', '/open-apis/im/v1/images/img_logo', '-o', w]);
      cases.push(['im', '+chat-messages-list', '--chat-id', 'oc_general', '--download-resources', '--resources-dir', w, '--as', 'bot']);
    }
    for (const r of reads) {
      cases.push(['im', 'images', 'create', '--image-type', 'message', '--file', r]);
      cases.push(['im', 'images', 'create', '--image-type', 'message', '--file', `image=${r}`]);
      cases.push(['im', 'files', 'create', '--file-type', 'stream', '--file-name', 'x.bin', '--file', `file=${r}`]);
      for (const flag of ['--image', '--file']) cases.push(['im', '+messages-send', '--chat-id', 'oc_general', flag, r, '--as', 'bot']);
      cases.push(['im', '+messages-send', '--chat-id', 'oc_general', '--video', 'ok.png', '--video-cover', r, '--as', 'bot']);
      cases.push(['im', '+messages-reply', '--message-id', 'om_hello', '--image', r, '--as', 'bot']);
    }
    for (const r of ['../outside/o.json', 'a/../../outside/o.json', 'escape/o.json', 'linked.json', path.join(outside, 'o.json'), 'a/../linked.json']) {
      cases.push(['im', 'messages', 'create', '--receive-id-type', 'chat_id', '--receive-id', 'oc_general', '--msg-type', 'text', '--content', '{"text":"x"}', '--data', `@${r}`]);
      cases.push(['im', '+messages-send', '--chat-id', 'oc_general', '--text', `@${r}`, '--as', 'bot']);
      cases.push(['im', '+messages-send', '--chat-id', 'oc_general', '--markdown', `@${r.replace(/json$/, 'md')}`, '--as', 'bot']);
    }
    const before = tree(base);
    const problems: string[] = [];
    let refused = 0;
    for (const [i, args] of cases.entries()) {
      const n = requests;
      const r = await runCase(i, args);
      const sent = requests - n;
      let type = '';
      try {
        type = errorOf(r).error.type;
      } catch {
        type = '(no envelope)';
      }
      if (r.code === 2 && type === 'validation' && sent === 0) refused++;
      else problems.push(`${JSON.stringify(args)}${runsAsChild(i) ? ' (child process)' : ''} → exit ${r.code} ${type}, ${sent} requests: ${r.stderr.slice(0, 200)}${r.stdout.slice(0, 200)}`);
    }
    const after = tree(base);
    const written = after.filter((x) => !before.includes(x));
    if (problems.length) console.log(problems.join('\n'));
    record({
      area: 'terminal & files',
      figure: `unsafe -o/--output/--file/media/@file paths (absolute, "..", symlink escapes): refused, exit 2, no request`,
      value: `${refused}/${cases.length}`,
      goal: 'all',
      ok: refused === cases.length,
    });
    record({ area: 'terminal & files', figure: 'files written or changed by the refused commands', value: written.length, goal: '0', ok: written.length === 0 });
    expect(problems).toEqual([]);
    expect(written).toEqual([]);
  }, 300_000); // 110 CLI runs one after another, 14 of them child processes (up to ~10 s each on an over-committed machine)
});

interface Hit {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

/** An image server on a loopback address that records every request with its headers. */
async function imageServer(host: string, routes: Record<string, () => { status: number; headers?: Record<string, string>; body?: Buffer }>) {
  const hits: Hit[] = [];
  const s: Served & { hits: Hit[] } = Object.assign(
    await serve((req, res) => {
      hits.push({ path: req.url ?? '/', headers: req.headers });
      const route = routes[(req.url ?? '/').split('?')[0]!];
      const a = route ? route() : { status: 404 };
      res.writeHead(a.status, a.headers ?? {});
      res.end(a.body ?? '');
    }, host),
    { hits },
  );
  return s;
}

/** Host names that /etc/hosts maps to loopback only (other than localhost): the resolver answers them from the file. */
async function loopbackNames(): Promise<string[]> {
  let text = '';
  try {
    text = fs.readFileSync('/etc/hosts', 'utf8');
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const line of text.split('\n')) {
    const [addr, ...hosts] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!addr || !/^127\.|^::1$/.test(addr)) continue;
    for (const h of hosts) if (h && !/localhost/i.test(h)) names.add(h);
  }
  const out: string[] = [];
  for (const n of names) {
    const all = await dns.lookup(n, { all: true }).catch(() => [] as LookupAddress[]);
    if (all.length && all.every((a) => /^127\./.test(a.address) || a.address === '::1')) out.push(n);
  }
  return out.slice(0, 2);
}

/** Whether this machine answers on other loopback addresses than 127.0.0.1 (Linux does; macOS not by default). */
async function canListen(host: string): Promise<boolean> {
  try {
    const s = await serve((_q, r) => r.end(), host);
    await s.close();
    return true;
  } catch {
    return false;
  }
}
const MORE_LOOPBACK = (await canListen('127.0.0.2')) && (await canListen('127.0.0.3'));

describe('remote Markdown images', () => {
  let a: Awaited<ReturnType<typeof imageServer>>;
  let b: Awaited<ReturnType<typeof imageServer>>;
  let c: Awaited<ReturnType<typeof imageServer>>;
  let a6: Awaited<ReturnType<typeof imageServer>> | undefined;
  const png = () => ({ status: 200, headers: { 'content-type': 'image/png' }, body: PNG });
  const to = (location: () => string) => () => ({ status: 302, headers: { location: location() } });

  beforeAll(async () => {
    // b: 127.0.0.2, a second loopback host; c: 127.0.0.3, a third one (127.0.0.1 where there are none).
    b = await imageServer(MORE_LOOPBACK ? '127.0.0.2' : '127.0.0.1', { '/b.png': png });
    c = await imageServer(MORE_LOOPBACK ? '127.0.0.3' : '127.0.0.1', { '/c.png': png });
    a = await imageServer('127.0.0.1', {
      '/a.png': png,
      '/to-b': to(() => `${b.url}/b.png`),
      '/to-file': to(() => 'file:///etc/passwd'),
      '/to-creds': to(() => `http://user:pw@127.0.0.2:${b.port}/b.png`),
      '/to-ftp': to(() => `ftp://127.0.0.2:${b.port}/b.png`),
      '/loop': to(() => '/loop'),
      '/to-inside': to(() => `http://inside.test:${b.port}/b.png`),
      '/to-literal-b': to(() => `http://127.0.0.2:${b.port}/b.png`),
      '/to-other': to(() => `http://other.test:${c.port}/c.png`),
      '/to-same': to(() => '/a.png'),
    });
    a6 = await imageServer('::1', { '/a.png': png }).catch(() => undefined);
  });
  afterAll(async () => {
    for (const s of [a, b, c, a6]) await s?.close();
  });

  /** Sends Markdown with a remote image: case `i` of a table runs as runCase chooses, a single send as a child process. */
  const send = (url: string, o: Pick<RunOptions, 'env'> = {}, i = 0) => runCase(i, ['im', '+messages-send', '--chat-id', 'oc_general', '--markdown', `Look: ![pic](${url})`, '--as', 'bot'], o);
  const lastContent = () => [...emu.state.messages.values()].filter((m) => m.chat_id === 'oc_general').at(-1)!.content;
  const hits = () => a.hits.length + b.hits.length + c.hits.length + (a6?.hits.length ?? 0);

  it('loopback and private targets are refused without LARKSUITE_CLI_ALLOW_PRIVATE_URLS, before connecting', async () => {
    const pa = a.port;
    const urls = [
      `http://127.0.0.1:${pa}/a.png`,
      `http://localhost:${pa}/a.png`,
      `http://LOCALHOST.:${pa}/a.png`,
      `http://img.localhost:${pa}/a.png`,
      `http://127.1:${pa}/a.png`,
      `http://2130706433:${pa}/a.png`,
      `http://0x7f.0.0.1:${pa}/a.png`,
      `http://0177.0.0.1:${pa}/a.png`,
      `http://0.0.0.0:${pa}/a.png`,
      `http://[::ffff:127.0.0.1]:${pa}/a.png`,
      `http://127.0.0.2:${b.port}/b.png`,
      ...(a6 ? [`http://[::1]:${a6.port}/a.png`] : []),
      ...(await loopbackNames()).map((n) => `http://${n}:${pa}/a.png`),
    ];
    const before = hits();
    const problems: string[] = [];
    for (const [i, url] of urls.entries()) {
      const r = await send(url, {}, i);
      const content = lastContent();
      // The message goes out without the image, with a warning naming the reason.
      if (r.code !== 0 || !/warning: .*(loopback|private|this machine|resolves to)/i.test(r.stderr) || /img_v3_/.test(content)) {
        problems.push(`${url}${runsAsChild(i) ? ' (child process)' : ''}: exit ${r.code}, ${r.stderr.slice(0, 300)} ${content.slice(0, 100)}`);
      }
    }
    const contacted = hits() - before;
    if (problems.length) console.log(problems.join('\n'));
    record({ area: 'terminal & files', figure: `remote image URLs on loopback/private addresses (${urls.length} spellings, /etc/hosts names too)`, value: `${urls.length - problems.length}/${urls.length} refused, ${contacted} connections`, goal: 'all refused, 0 connections', ok: problems.length === 0 && contacted === 0 });
    expect(problems).toEqual([]);
    expect(contacted).toBe(0);
  });

  it('allowed explicitly: fetched without credentials; redirects checked again; Authorization never sent', async () => {
    const allow = { env: { LARKSUITE_CLI_ALLOW_PRIVATE_URLS: '1' } };
    const pa = a.port;
    const r = await send(`http://127.0.0.1:${pa}/a.png`, allow);
    expect(r.code, r.stderr).toBe(0);
    expect(lastContent()).toMatch(/img_v3_/);
    const cross = await send(`http://127.0.0.1:${pa}/to-b`, allow);
    expect(cross.code, cross.stderr).toBe(0);
    expect(lastContent()).toMatch(/img_v3_/);
    expect(b.hits.map((h) => h.path)).toEqual(['/b.png']);
    // Redirects that are refused whatever the setting: another scheme, credentials in the URL, a loop.
    const bBefore = b.hits.length;
    const refusedRedirects: string[] = [];
    for (const [i, p] of ['/to-file', '/to-creds', '/to-ftp', '/loop'].entries()) {
      const x = await send(`http://127.0.0.1:${pa}${p}`, allow, i + 1);
      if (x.code === 0 && /warning: /.test(x.stderr) && !/img_v3_/.test(lastContent())) refusedRedirects.push(p);
    }
    expect(refusedRedirects).toEqual(['/to-file', '/to-creds', '/to-ftp', '/loop']);
    expect(b.hits.length).toBe(bBefore);
    const all = [...a.hits, ...b.hits, ...c.hits, ...(a6?.hits ?? [])];
    const withCreds = all.filter((h) => h.headers.authorization !== undefined || h.headers.cookie !== undefined || h.headers['proxy-authorization'] !== undefined);
    record({ area: 'terminal & files', figure: `requests to image hosts carrying Authorization/Cookie (${all.length} requests, cross-host redirect included)`, value: withCreds.length, goal: '0', ok: withCreds.length === 0 });
    expect(withCreds).toEqual([]);
  });

  it.skipIf(!MORE_LOOPBACK)('a redirect from an allowed host to a loopback/private one is refused (loopback stands in for the internet)', async () => {
    // The fetcher itself, with the host names resolved here: public.test → 127.0.0.1 and other.test →
    // 127.0.0.3 count as public; inside.test → 127.0.0.2 and every other address as private.
    const hosts: Record<string, LookupAddress[]> = {
      'public.test': [{ address: '127.0.0.1', family: 4 }],
      'other.test': [{ address: '127.0.0.3', family: 4 }],
      'inside.test': [{ address: '127.0.0.2', family: 4 }],
    };
    const opts = {
      resolve: async (h: string) => hosts[h] ?? Promise.reject(Object.assign(new Error(`ENOTFOUND ${h}`), { code: 'ENOTFOUND' })),
      isPublic: (addr: string) => addr === '127.0.0.1' || addr === '127.0.0.3',
      headers: { authorization: 'Bearer t-must-not-travel', cookie: 'session=1' },
    };
    const at = (p: string) => `http://public.test:${a.port}${p}`;
    const bBefore = b.hits.length;
    const outcomes: Record<string, string> = {};
    for (const p of ['/to-inside', '/to-literal-b', '/to-file', '/to-creds', '/loop']) {
      outcomes[p] = await fetchRemoteImage(at(p), opts).then(
        () => 'fetched',
        (e: Error) => e.message,
      );
    }
    expect(outcomes['/to-inside']).toMatch(/inside\.test resolves to 127\.0\.0\.2, a loopback, private or link-local address/);
    expect(outcomes['/to-literal-b']).toMatch(/127\.0\.0\.2 is a loopback, private or link-local address/);
    expect(outcomes['/to-file']).toMatch(/scheme file:/);
    expect(outcomes['/to-creds']).toMatch(/user name or password/);
    expect(outcomes['/loop']).toMatch(/redirects more than 5 times/);
    // Same origin keeps the caller's headers; another host never gets them.
    await fetchRemoteImage(at('/to-same'), opts);
    expect(a.hits.at(-1)!.headers.authorization).toBe('Bearer t-must-not-travel');
    await fetchRemoteImage(at('/to-other'), opts);
    const last = c.hits.at(-1)!;
    expect(last.headers.host).toBe(`other.test:${c.port}`);
    expect(last.headers.authorization).toBeUndefined();
    expect(last.headers.cookie).toBeUndefined();
    const rechecked = Object.values(outcomes).filter((o) => o !== 'fetched').length;
    const reachedInside = b.hits.length - bBefore;
    record({ area: 'terminal & files', figure: 'redirects from an allowed host to private/loopback, other schemes, credentials, loops', value: `${rechecked}/5 refused, ${reachedInside} connections`, goal: 'all refused', ok: rechecked === 5 && b.hits.length === bBefore });
    record({ area: 'terminal & files', figure: 'Authorization/Cookie carried across a cross-host redirect', value: last.headers.authorization === undefined && last.headers.cookie === undefined ? 0 : 1, goal: '0', ok: last.headers.authorization === undefined && last.headers.cookie === undefined });
    expect(reachedInside).toBe(0);
  });
});
