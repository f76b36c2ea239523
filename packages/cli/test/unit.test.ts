/** In-process tests of the runtime pieces. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFlags, type FlagSpec } from '../src/core/argv.js';
import { CliError } from '../src/core/errors.js';
import { csvCell, render, rowsOf, sanitize, toCsv, toTable } from '../src/core/output.js';
import { paint, type Io } from '../src/core/io.js';
import { closest, didYouMean } from '../src/core/suggest.js';
import { Validator } from '../src/core/validate.js';
import { safeReadPath, safeWritePath, atomicWrite } from '../src/core/paths.js';
import { maskSecrets, planFor } from '../src/core/plan.js';
import { Store, writeSecureFile, resolveSettings, mask } from '../src/core/config.js';
import { checkShortcutFlags, scopesForRun } from '../src/commands/shortcut.js';
import { GLOBAL_FLAG_NAMES, type ShortcutCommand } from '../src/meta.js';
import { GLOBAL_FLAG_NAMES as GENERATOR_GLOBALS } from '../../../generators/src/cli/index.js';
import { methodLoaders, shortcutLoaders } from '../src/generated/loaders.js';
import { main } from '../src/main.js';
import { tempDir } from './helpers.js';

const p = paint(false);

function fakeIo(cwd = process.cwd(), stdin = ''): Io & { stdout: string; stderr: string } {
  const io = {
    env: {},
    cwd,
    stdoutTTY: false,
    stderrTTY: false,
    stdinTTY: false,
    stdout: '',
    stderr: '',
    out(t: string) {
      io.stdout += t;
    },
    err(t: string) {
      io.stderr += t;
    },
    outBytes: async () => {},
    readStdin: async () => Buffer.from(stdin),
  };
  return io;
}

describe('terminal safety', () => {
  it('strips escapes, controls, zero-width and bidi characters', () => {
    expect(sanitize('a\u001b[31mb\u001b[0m')).toBe('ab');
    expect(sanitize('x\u001b]8;;http://e\u0007link\u001b]8;;\u0007y')).toBe('xlinky');
    expect(sanitize('a\u0000b\u0007c\u007fd\u0085e')).toBe('abcde');
    expect(sanitize('a\u200bb\u200dc\ufeffd')).toBe('abcd');
    expect(sanitize('\u202eevil\u202c \u2066iso\u2069')).toBe('evil iso');
    expect(sanitize('keep\ttab\nand newline')).toBe('keep\ttab\nand newline');
    expect(sanitize('中文 and emoji 👍')).toBe('中文 and emoji 👍');
  });

  it('neutralises CSV formulas and quotes cells', () => {
    for (const f of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx']) expect(csvCell(f).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    expect(toCsv([{ a: 1, b: 'x' }, { a: 2, c: true }])).toBe('a,b,c\n1,x,\n2,,true\n');
  });

  it('tables align columns and clip long cells', () => {
    const t = toTable([{ id: 'om_1', text: 'hi' }, { id: 'om_22', text: 'x'.repeat(100) }], p);
    const lines = t.trimEnd().split('\n');
    expect(lines[0]).toBe('ID     TEXT');
    expect(lines[2]!.length).toBeLessThan(80);
    expect(lines[2]).toMatch(/…$/);
    expect(toTable([], p)).toBe('(no rows)\n');
  });

  it('rows come from the pagination list, the only list, or the data itself', () => {
    expect(rowsOf({ items: [{ a: 1 }], has_more: false }, 'items')).toEqual([{ a: 1 }]);
    expect(rowsOf({ members: [{ a: 1 }], total: 1 })).toEqual([{ a: 1 }]);
    expect(rowsOf({ chat_id: 'oc_1' })).toEqual([{ chat_id: 'oc_1' }]);
    expect(render('ndjson', { payload: {}, data: {}, rows: [{ a: 1 }, { a: 2 }] }, p)).toBe('{"a":1}\n{"a":2}\n');
  });
});

describe('argv', () => {
  const specs: FlagSpec[] = [
    { name: 'as', value: true },
    { name: 'output', short: 'o', value: true },
    { name: 'yes', value: false },
    { name: 'id-list', value: true, multiple: true },
  ];
  it('parses long, =, short, switches, repeats and --', () => {
    const r = parseFlags(['--as', 'bot', '--output=x.png', '-o', 'y', '--yes', '--id-list', 'a', '--id-list=b', '--', '--as'], specs.filter((s) => s.name !== 'output').concat([{ name: 'output', short: 'o', value: true, multiple: true }]), 'test');
    expect(r.values.get('as')).toBe('bot');
    expect(r.values.get('output')).toEqual(['x.png', 'y']);
    expect(r.values.get('yes')).toBe(true);
    expect(r.values.get('id-list')).toEqual(['a', 'b']);
    expect(r.positionals).toEqual(['--as']);
  });
  it('accepts - and negative numbers as values', () => {
    const r = parseFlags(['--as', '-', '-o', '-1'], specs, 'test');
    expect(r.values.get('as')).toBe('-');
    expect(r.values.get('output')).toBe('-1');
  });
  it('refuses unknown flags with a suggestion, and repeats of single flags', () => {
    expect(() => parseFlags(['--ass', 'bot'], specs, 'test')).toThrow(/Unknown flag --ass for test. Did you mean "--as"/);
    expect(() => parseFlags(['--as', 'a', '--as', 'b'], specs, 'test')).toThrow(/more than once/);
    expect(() => parseFlags(['--yes=perhaps'], specs, 'test')).toThrow(/is a switch/);
    expect(() => parseFlags(['-x'], specs, 'test')).toThrow(CliError);
  });
  it('did you mean', () => {
    expect(closest('mesages', ['messages', 'chats', 'pins'])).toEqual(['messages']);
    expect(didYouMean('zzzzzz', ['messages'])).toBe('');
  });
});

describe('validation', () => {
  it('required, unknown, types, enums, ranges, lengths, patterns, formats, refs', () => {
    const v = new Validator({ Level: { type: 'string', required: false, enum: ['all', 'owner'] } });
    v.object('data', { n: 'x', e: 'nope', s: 'toolong', u: 1, arr: [1, 'a'], j: '{', ref: 'alll', t: '12a', o: { a: 1, b: 2 } }, {
      req: { type: 'string', required: true },
      n: { type: 'integer', required: false, minimum: 1 },
      e: { type: 'string', required: false, enum: ['one', 'two'] },
      s: { type: 'string', required: false, maxLength: 3, pattern: '^t' },
      arr: { type: 'array', required: false, maxItems: 1, items: { type: 'integer', required: false } },
      j: { type: 'string', required: false, format: 'json' },
      ref: { type: 'string', required: false, ref: 'Level' },
      t: { type: 'string', required: false, format: 'unix-seconds' },
      o: { type: 'object', required: false, properties: { a: { type: 'integer', required: false } } },
    });
    const msgs = v.issues.map((i) => `${i.field} ${i.message}`);
    expect(msgs).toEqual(
      expect.arrayContaining([
        'data.req is required but missing',
        'data.n must be an integer, got a string "x"',
        expect.stringMatching(/^data.e must be one of "one", "two"/),
        'data.s must be at most 3 characters long, got 7',
        'data.arr takes at most 1 item(s), got 2',
        'data.arr[1] must be an integer, got a string "a"',
        expect.stringMatching(/^data.j must be a string holding JSON/),
        expect.stringMatching(/^data.ref must be one of "all", "owner"; got "alll" \(did you mean "all"\?\)/),
        expect.stringMatching(/^data.t must be a Unix timestamp in seconds/),
        expect.stringMatching(/^data.o.b is not a known field/),
        expect.stringMatching(/^data.u is not a known field/),
      ]),
    );
  });
});

describe('paths', () => {
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, 'in.txt'), 'x');
  fs.symlinkSync('/etc', path.join(cwd, 'etc'));
  it('reads only inside the working directory', () => {
    expect(safeReadPath(cwd, 'in.txt', '--data')).toBe(path.join(fs.realpathSync(cwd), 'in.txt'));
    expect(() => safeReadPath(cwd, '/etc/passwd', '--data')).toThrow(/absolute/);
    expect(() => safeReadPath(cwd, '../x', '--data')).toThrow(/outside/);
    expect(() => safeReadPath(cwd, 'etc/hostname', '--data')).toThrow(/symbolic link/);
    expect(() => safeReadPath(cwd, 'a\u0000b', '--data')).toThrow(/control characters/);
    // A ".." segment is refused even when the path comes back inside.
    expect(() => safeReadPath(cwd, 'sub/../in.txt', '--data')).toThrow(/contains a "\.\." segment/);
    expect(() => safeReadPath(cwd, 'sub\\..\\in.txt', '--data')).toThrow(/contains a "\.\." segment/);
  });
  it('writes only inside the working directory, atomically', () => {
    const target = safeWritePath(cwd, 'sub/dir/out.bin', '-o');
    atomicWrite(target, 'data');
    expect(fs.readFileSync(target, 'utf8')).toBe('data');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['out.bin']);
    expect(() => safeWritePath(cwd, 'etc/x', '-o')).toThrow(/symbolic link/);
    fs.symlinkSync(path.join(cwd, 'in.txt'), path.join(cwd, 'link.txt'));
    expect(() => safeWritePath(cwd, 'link.txt', '-o')).toThrow(/symbolic link/);
    expect(() => safeWritePath(cwd, '.', '-o')).toThrow(/working directory itself/);
    expect(() => safeWritePath(cwd, 'sub/../out.bin', '-o')).toThrow(/contains a "\.\." segment/);
    expect(fs.existsSync(path.join(cwd, 'out.bin'))).toBe(false);
  });
});

describe('secrets and config', () => {
  it('masks secret-looking keys in plans', () => {
    expect(maskSecrets({ app_secret: 's', nested: [{ refresh_token: 'r', page_token: 'p' }], password: '' })).toEqual({
      app_secret: '********',
      nested: [{ refresh_token: '********', page_token: 'p' }],
      password: '',
    });
    const plan = planFor({ http: 'GET', path: '/open-apis/x/{id}' }, 'http://h', { path: { id: 'a/b' }, query: { q: ['1', '2'] }, data: undefined, files: [] }, 'bot');
    expect(plan.url).toBe('http://h/open-apis/x/a%2Fb?q=1&q=2');
    expect(mask('super-secret-value')).toBe('********');
  });
  it('writes config files 0600 in a 0700 folder, atomically', () => {
    const dir = path.join(tempDir(), 'cfg');
    writeSecureFile(path.join(dir, 'config.json'), '{"version":1,"apps":{}}');
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'config.json')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['config.json']);
  });
  it('removes the temporary file a killed write left behind, not one a live writer owns', () => {
    const dir = path.join(tempDir(), 'cfg');
    fs.mkdirSync(dir, { mode: 0o700 });
    const dead = '.config.json.999999999.x1.tmp'; // no such process
    const live = `.config.json.${process.ppid}.x2.tmp`; // the test runner's parent is alive
    fs.writeFileSync(path.join(dir, dead), 'secret', { mode: 0o600 });
    fs.writeFileSync(path.join(dir, live), 'secret', { mode: 0o600 });
    writeSecureFile(path.join(dir, 'config.json'), '{}');
    expect(fs.readdirSync(dir).sort()).toEqual([live, 'config.json']);
  });
  it('environment overrides the profile; LARKSUITE_CLI_BASE_URL is honoured', () => {
    const dir = tempDir();
    const store = new Store({ LARKSUITE_CLI_CONFIG_DIR: dir });
    store.writeConfig({ version: 1, current: 'p', apps: { p: { appId: 'cli_p', appSecret: 's', brand: 'lark', defaultAs: 'bot' } } });
    const s = resolveSettings(store, { LARKSUITE_CLI_CONFIG_DIR: dir }, {});
    expect(s).toMatchObject({ profile: 'p', appId: 'cli_p', brand: 'lark', baseUrl: 'https://open.larksuite.com', accountsUrl: 'https://accounts.larksuite.com', defaultAs: 'bot' });
    const e = resolveSettings(store, { LARKSUITE_CLI_CONFIG_DIR: dir, LARKSUITE_CLI_APP_ID: 'cli_env', LARKSUITE_CLI_BASE_URL: 'http://127.0.0.1:1/', LARKSUITE_CLI_DEFAULT_AS: 'user' }, {});
    expect(e).toMatchObject({ appId: 'cli_env', baseUrl: 'http://127.0.0.1:1', accountsUrl: 'http://127.0.0.1:1', defaultAs: 'user' });
    expect(e.appSecret).toBeUndefined(); // another app's secret is never borrowed
    expect(() => resolveSettings(store, { LARKSUITE_CLI_CONFIG_DIR: dir }, { baseUrl: 'ftp://x' })).toThrow(/http or https/);
  });
});

describe('generated data', () => {
  it('the global flag names agree with the generator', () => {
    expect([...GLOBAL_FLAG_NAMES]).toEqual([...GENERATOR_GLOBALS]);
  });
  it('no typed flag clashes with a global flag or another typed flag', async () => {
    for (const [id, load] of Object.entries(methodLoaders)) {
      const { command } = await load();
      const names = command.flags.filter((f) => !(f.kind === 'file' && f.flag === 'file')).map((f) => f.flag);
      expect(new Set(names).size, id).toBe(names.length);
      for (const n of names) expect(GLOBAL_FLAG_NAMES, `${id} --${n}`).not.toContain(n);
    }
  });
  it('every shortcut loads', async () => {
    for (const load of Object.values(shortcutLoaders)) expect((await load()).shortcut.flags.length).toBeGreaterThan(0);
  });
});

describe('scopes for one run of a shortcut', () => {
  const keys = Object.keys(shortcutLoaders);
  const load = async (name: string) => (await shortcutLoaders[keys.find((k) => k.endsWith(name))!]!()).shortcut;

  it.each([
    ['+chat-messages-list', 'user', {}, ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user']],
    ['+chat-messages-list', 'user', { 'user-id': 'ou_bob' }, ['im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user', 'im:chat:read']],
    ['+flag-create', 'user', { 'flag-type': 'message' }, ['im:flag:write']],
    ['+flag-create', 'user', { 'flag-type': 'feed' }, ['im:flag:write', 'im:message.group_msg:get_as_user', 'im:message.p2p_msg:get_as_user', 'im:chat:read']],
    ['+messages-send', 'bot', { text: 'hi' }, ['im:message:send_as_bot']],
    ['+messages-send', 'bot', { image: './logo.png' }, ['im:message:send_as_bot', 'im:resource']],
    ['+chat-list', 'user', { 'exclude-muted': false }, ['im:chat:read']],
    ['+chat-list', 'user', { 'exclude-muted': true }, ['im:chat:read', 'im:chat.user_setting:read']],
  ] as const)('%s as %s with %j needs exactly %j', async (name, identity, values, allOf) => {
    expect(scopesForRun(await load(name), identity, values)).toEqual({ anyOf: [], allOf });
  });
});

describe('shortcut rules', () => {
  const sc: ShortcutCommand = {
    service: 'im', name: 't', command: '+t', summary: '', description: '', risk: 'write', identities: { bot: { anyOf: [], allOf: [] } }, identityNotes: {}, identityList: ['bot'], defaultIdentity: 'bot', identityChoice: 'bot only.', calls: [], optionalScopes: {}, pagination: false, formats: false,
    flags: [
      { name: 'a', type: 'string', description: 'A', required: false, stdin: false },
      { name: 'b', type: 'string', description: 'B', required: false, stdin: false },
      { name: 'c', type: 'string', description: 'C', required: false, stdin: true },
      { name: 'n', type: 'integer', description: 'N', required: false, stdin: false, minimum: 1, maximum: 5, default: 2 },
      { name: 'l', type: 'list', description: 'L', required: false, stdin: false, maxItems: 2, pattern: '^x' },
    ],
    rules: [
      { kind: 'atMostOne', flags: ['a', 'b'] },
      { kind: 'requires', flag: 'b', flags: ['c'] },
      { kind: 'differ', flags: ['a', 'c'] },
    ],
    output: { fields: {} }, errors: [], examples: [], notes: [], source: '',
  };
  const run = (flags: Record<string, string | string[]>, stdin = '') => checkShortcutFlags(sc, new Map(Object.entries(flags)), fakeIo(process.cwd(), stdin));
  it('applies atMostOne, requires, differ, limits and defaults', async () => {
    await expect(run({ a: '1', b: '2', c: 'z' })).rejects.toThrow(/--a and --b cannot be combined/);
    await expect(run({ b: '2' })).rejects.toThrow(/--b needs --c/);
    await expect(run({ a: 'same', c: 'same' })).rejects.toThrow(/must differ/);
    await expect(run({ n: '9' })).rejects.toThrow(/at most 5/);
    await expect(run({ l: ['x1,x2', 'x3'] })).rejects.toThrow(/at most 2 values/);
    await expect(run({ l: 'y1' })).rejects.toThrow(/expected form/);
    expect((await run({ a: 'v', l: 'x1, x2' })).values).toEqual({ a: 'v', l: ['x1', 'x2'], n: 2 });
    expect((await run({ c: '-' }, 'from stdin')).values.c).toBe('from stdin');
  });
});

describe('the top level catches everything', () => {
  it('an unexpected error becomes exit 5 with an envelope and no stack', async () => {
    const io = fakeIo();
    io.readStdin = async () => {
      throw new Error('boom');
    };
    const code = await main(['im', 'messages', 'create', '--data', '-'], io);
    expect(code).toBe(5);
    const env = JSON.parse(io.stderr);
    expect(env).toEqual({ ok: false, error: { type: 'internal', message: 'Unexpected internal error: boom', hint: expect.any(String) } });
  });
});
