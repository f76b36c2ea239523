/**
 * CLI argv fuzzing: ≥ 2,000 argument vectors generated with fast-check from the real command tree
 * (methods, shortcuts, built-ins), mixing valid values with near-miss flags, bad JSON, bad enums,
 * huge values, unicode and control characters, path traversal in -o/--output/--file, and
 * high-risk writes without --yes. Each runs the built CLI against one of four emulator lanes: every
 * eighth case as a child process (four at a time), the others through the same bundle's main()
 * inside this process (one at a time), which spares a Node start-up per case. Only the exits this
 * run can honestly produce (0 ok, 1 API error, 2 invalid input, 3 auth/config; 4 network only for
 * a case that points --base-url at a closed port, 5 internal never), never a stack trace, and no
 * request at all reaches the emulator for input the CLI refused (exit 2 or 3).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startEmulator, type Emulator } from '@larkgen/emulator';
import { methodLoaders, shortcutLoaders } from '@larkgen/cli/src/generated/loaders.js';
import { services } from '@larkgen/cli/src/generated/index.js';
import type { FieldFlag, MethodCommand, ShortcutCommand, ShortcutFlag } from '@larkgen/cli/src/meta.js';
import { record } from './figures.js';
import { fuzzRuns } from './support/scale.js';
import { builtCli, runsAsChild, tempDir, CHILD_EVERY, DEMO_APP_ID, DEMO_APP_SECRET, type Cli, type RunResult } from './support/cli.js';

// A fixed 150-case seed set under `pnpm test`; 2,000 under `pnpm test:full`.
const RUNS = fuzzRuns('LARKGEN_ARGV_RUNS', { quick: 150, full: 2_000 });
const LANES = 4;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d5d9b60000000049454e44ae426082', 'hex');

interface Lane {
  emu: Emulator;
  /** Requests the emulator answered on its API routes (admin routes are not counted). */
  requests: number;
  cwd: string;
  config: string;
  env: Record<string, string>;
}

let cli: Cli;
const lanes: Lane[] = [];
// Everything lives under one root: lane i runs in ROOT/lane-i/cwd, so that even a path that got
// through by mistake (../x, ../../x) would land inside ROOT, where it is noticed.
const ROOT = tempDir('reliability-argv-');
const outside = path.join(ROOT, 'outside');
const ABS = path.join(outside, 'absolute-target.png');
let methods: MethodCommand[] = [];
let shortcuts: ShortcutCommand[] = [];

beforeAll(async () => {
  cli = await builtCli();
  methods = await Promise.all(Object.values(methodLoaders).map(async (l) => (await l()).command));
  shortcuts = await Promise.all(Object.values(shortcutLoaders).map(async (l) => (await l()).shortcut));
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret.json'), '{"stolen":true}');
  for (let i = 0; i < LANES; i++) {
    const lane = { requests: 0 } as Lane;
    lane.emu = await startEmulator({
      port: 0,
      deviceCodeTtlSeconds: 2,
      devicePollIntervalSeconds: 1,
      log: (line) => {
        if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//.test(line)) lane.requests++;
      },
    });
    lane.cwd = path.join(ROOT, `lane-${i}`, 'cwd');
    lane.config = path.join(ROOT, `lane-${i}`, 'home');
    fs.mkdirSync(lane.cwd, { recursive: true });
    fs.mkdirSync(lane.config, { recursive: true });
    fs.writeFileSync(path.join(lane.cwd, 'ok.png'), PNG);
    fs.writeFileSync(path.join(lane.cwd, 'data.json'), '{"text":"from a file"}');
    fs.writeFileSync(path.join(lane.cwd, 'empty.png'), '');
    fs.symlinkSync(outside, path.join(lane.cwd, 'escape'));
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(lane.cwd, 'linked.json'));
    lane.env = {
      HOME: lane.config,
      LARKSUITE_CLI_CONFIG_DIR: path.join(lane.config, '.lark-cli'),
      LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
      LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
      LARKSUITE_CLI_BASE_URL: lane.emu.url,
      LARKSUITE_CLI_DEVICE_POLL_MS: '100',
    };
    lanes.push(lane);
  }
});

afterAll(async () => {
  for (const l of lanes) await l.emu.close();
  fs.rmSync(ROOT, { recursive: true, force: true });
  cli?.dispose();
});

// ---------------------------------------------------------------------------------------------
// Generators

/** A one-letter slip: drop, double, swap or replace a character. */
const typo = (s: string) =>
  fc.tuple(fc.nat({ max: Math.max(0, s.length - 1) }), fc.constantFrom('drop', 'double', 'swap', 'replace', 'case', 'snake')).map(([i, how]) => {
    switch (how) {
      case 'drop':
        return s.slice(0, i) + s.slice(i + 1);
      case 'double':
        return s.slice(0, i) + s[i] + s.slice(i);
      case 'swap':
        return i + 1 < s.length ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s + 'x';
      case 'replace':
        return s.slice(0, i) + (s[i] === 'e' ? 'a' : 'e') + s.slice(i + 1);
      case 'case':
        return s.toUpperCase();
      default:
        return s.replace(/-/g, '_') === s ? `${s}_` : s.replace(/-/g, '_');
    }
  });

/** A base URL nothing answers on: a case that names it may end in a network error (exit 4). */
const UNREACHABLE = 'http://127.0.0.1:1';

const HOSTILE = [
  '\u001b[31mred\u001b[0m', '\u001b]0;title\u0007', '\u202egnp.exe', 'a\u200bb', '=cmd|calc', '+1', '-1', '@SUM(1)', '\r\n', '\t', '\u0085',
  '\ud83d\ude00', '日本語', 'ع', '\u0008\u0008', '\u007f', '\ufeff', '%00', '%2e%2e', '$(id)', '`id`', '; rm -rf /', '| cat', '&&', "'", '"', '\\', '{{x}}', '${HOME}',
];
const PATHS = [
  'out/x.png', 'x.png', '../x.png', '../../etc/passwd', ABS, outside, 'a/../../x.png', 'a/../x.png', 'escape/x.png', 'escape/../../x', 'linked.json',
  '~/x.png', '~root/x', 'C:\\x.png', '\\\\server\\share\\x', '.', './', '..', '', ' ', 'a\u0001b.png', 'ok.png', 'empty.png', 'data.json', '-', 'nonexistent/deep/x.png',
  'x'.repeat(300) + '.png', '\u202ex.png', 'out/\u200bx.png',
];
const JSONS = [
  '{}', '{"text":"hi"}', '{bad json', '[1,2]', 'null', '"str"', '42', '{"a":', '{"receive_id":"oc_general"}', '{"chat_id":"oc_general"}', '{"message_id":"../chats"}',
  '{"page_size":5}', '{"page_size":"5"}', '{"page_size":-1}', '{"page_size":1e99}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', '\ufeff{}',
  '@data.json', '@../../outside/secret.json', '@linked.json', '@missing.json', '@/etc/passwd', '-', '{"a":"' + 'x'.repeat(20_000) + '"}', '{"uuid":12}', '{"text":"\\u001b[2J"}',
];
const IDS = ['oc_general', 'oc_project', 'oc_p2p_alice', 'om_welcome', 'om_hello', 'om_image', 'om_file', 'omt_welcome', 'ou_alice', 'ou_bob', 'ou_carol', 'img_logo', 'file_report', 'oc_missing', 'om_missing', 'ou_missing'];

const junk = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('-1', '0', '1e309', 'NaN', '99999999999999999999', '0x10', '1.5', 'true', '') },
);

/** A value for a string-like field: seeded ids and enum values mostly, junk sometimes. */
function stringValue(name: string, en: readonly (string | number)[] | undefined) {
  const good: string[] = [];
  if (en?.length) good.push(...en.map(String));
  const n = name.toLowerCase();
  if (/chat/.test(n)) good.push('oc_general', 'oc_project');
  if (/message|root|parent|upper/.test(n)) good.push('om_hello', 'om_welcome');
  if (/thread/.test(n)) good.push('omt_welcome');
  if (/user|open|member|owner|sender|chatter/.test(n)) good.push('ou_alice', 'ou_bob');
  if (/image/.test(n)) good.push('img_logo');
  if (/file/.test(n)) good.push('file_report');
  if (/type/.test(n) && !en?.length) good.push('chat_id', 'open_id', 'chat', 'text');
  if (!good.length) good.push('hello', ...IDS.slice(0, 4));
  const arbs = [
    { weight: 6, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...IDS) },
    { weight: 2, arbitrary: junk },
  ];
  if (en?.length) arbs.push({ weight: 1, arbitrary: fc.constantFrom(...en.map(String)).chain((v) => typo(v)) });
  return fc.oneof(...arbs);
}

function methodFlagValue(f: FieldFlag) {
  switch (f.kind) {
    case 'boolean':
      return fc.oneof(fc.constant(undefined), fc.constantFrom('=true', '=false', '=maybe'));
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 60 }).map(String), fc.constantFrom('ten', '1e3', '99999999999', '-0', '3.5', ''), junk);
    case 'json':
      return fc.oneof(fc.constantFrom(...JSONS), junk);
    case 'file':
      return fc.oneof(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS).map((p) => `${f.field}=${p}`));
    case 'list':
      return fc.oneof(
        fc.array(stringValue(f.field, f.enum), { minLength: 1, maxLength: 4 }).map((a) => a.join(',')),
        fc.constantFrom(Array.from({ length: 60 }, (_, i) => `om_${i}`).join(','), ',,,', ''),
      );
    default:
      return stringValue(f.field, f.enum);
  }
}

function shortcutFlagValue(f: ShortcutFlag) {
  switch (f.type) {
    case 'boolean':
      return fc.oneof(fc.constant(undefined), fc.constantFrom('=true', '=false', '=yes'));
    case 'integer':
      return fc.oneof(fc.integer({ min: -5, max: 200 }).map(String), fc.constantFrom('ten', '1e3', '99999999999', ''), junk);
    case 'path':
      return fc.constantFrom(...PATHS);
    case 'list':
      return fc.oneof(
        fc.array(stringValue(f.name, f.enum), { minLength: 1, maxLength: 4 }).map((a) => a.join(',')),
        fc.constantFrom(Array.from({ length: 60 }, (_, i) => `om_${i}`).join(','), ',,,', ''),
      );
    default: {
      const extra: fc.Arbitrary<string>[] = [];
      if (/image|file|video|audio|cover|output/.test(f.name)) extra.push(fc.constantFrom(...PATHS));
      if (/text|markdown|content|query/.test(f.name)) extra.push(fc.constantFrom('hello', '**bold** _x_', '# Title\n\n- a\n- b', '{"text":"hi"}', '@data.json', '@../secret.json', '-', ...HOSTILE));
      if (/start|end/.test(f.name)) extra.push(fc.constantFrom('2024-01-01', '2024-13-45', '1700000000', 'yesterday', '-1', '2024-01-01T00:00:00Z', '1d', '99999999999999'));
      return fc.oneof(stringValue(f.name, f.enum), ...extra);
    }
  }
}

/** Global flags any command may get: valid ones, bad values, and near misses. */
const globalFlag = fc.oneof(
  fc.constantFrom(['--format', 'json'], ['--format', 'table'], ['--format', 'csv'], ['--format', 'pretty'], ['--format', 'ndjson'], ['--format', 'xml'], ['--format', 'tabel']),
  fc.constantFrom(['--as', 'bot'], ['--as', 'user'], ['--as', 'auto'], ['--as', 'admin'], ['--as', '']),
  fc.constantFrom(['--dry-run'], ['--yes'], ['--no-color'], ['--help'], ['-h'], ['--quiet'], ['--version']),
  fc.constantFrom(['--jq', '.data'], ['--jq', '.items['], ['--jq', ''], ['--jq', '.data | keys'], ['--jq', 'input'], ['--jq', '$__loc__']),
  fc.constantFrom(['--page-all'], ['--page-limit', '2'], ['--page-limit', '-3'], ['--page-limit', 'x'], ['--page-delay', '0'], ['--page-delay', '99999999'], ['--page-delay', '1.5']),
  fc.constantFrom(['--params'], ['--data'], ['--params', '{}'], ['--data', '{}']),
  fc.tuple(fc.constantFrom('--params', '--data'), fc.oneof(fc.constantFrom(...JSONS), junk)),
  fc.tuple(fc.constantFrom('-o', '--output', '--file', '--output=', '-o='), fc.constantFrom(...PATHS)).map(([f, p]) => (f.endsWith('=') ? [f + p] : [f, p])),
  fc.constantFrom(['--profile', 'nope'], ['--profile', 'default'], ['--profile', '../../etc'], ['--base-url', 'not a url'], ['--base-url', 'ftp:/x'], ['--base-url', UNREACHABLE]),
  fc.constantFrom(['--'], ['-'], ['---'], ['-x'], ['--=x'], ['--unknown-flag'], ['--format=json'], ['stray']),
);

/** Clean: required flags with good values, few extras; what gets past the CLI's checks. */
function cleanFlagValue(f: FieldFlag): fc.Arbitrary<string[]> {
  const good = (v: string) => [`--${f.flag}`, v];
  if (f.enum?.length) return fc.constantFrom(...f.enum.map(String)).map(good);
  switch (f.kind) {
    case 'boolean':
      return fc.constant([`--${f.flag}`]);
    case 'integer':
    case 'number':
      return fc.integer({ min: 1, max: 20 }).map((n) => good(String(n)));
    case 'json':
      return fc.constantFrom('{}', '{"text":"hi"}').map(good);
    case 'file':
      return fc.constant(good('ok.png'));
    default:
      return stringValue(f.field, undefined).filter((v) => /^[\w-]{1,40}$/.test(v)).map(good);
  }
}

const cleanMethodCase = fc.integer({ min: 0, max: 10_000 }).chain((k) => {
  const m = methods[k % methods.length]!;
  const flagArbs = m.flags.map((f) => (f.required ? cleanFlagValue(f) : fc.oneof({ weight: 4, arbitrary: fc.constant([] as string[]) }, { weight: 1, arbitrary: cleanFlagValue(f) })));
  const extras = fc.array(fc.constantFrom(['--format', 'table'], ['--format', 'csv'], ['--format', 'pretty'], ['--format', 'ndjson'], ['--dry-run'], ['--yes'], ['--as', 'bot'], ['--jq', '.data'], ['--page-all', '--page-delay', '0']), { maxLength: 2 });
  return fc.tuple(fc.tuple(...flagArbs), extras).map(([fl, ex]) => [m.service, m.resource, m.name, ...fl.flat(), ...ex.flat()]);
});

const methodCase = fc.integer({ min: 0, max: 10_000 }).chain((k) => {
  const m = methods[k % methods.length]!;
  const words = [m.service, m.resource, m.name];
  const wordsArb = fc.oneof({ weight: 8, arbitrary: fc.constant(words) }, { weight: 1, arbitrary: fc.nat({ max: 2 }).chain((i) => typo(words[i]!).map((w) => words.map((x, j) => (j === i ? w : x)))) });
  const flagArbs = m.flags.map((f) =>
    fc.oneof(
      { weight: f.required ? 5 : 2, arbitrary: methodFlagValue(f).map((v) => (v === undefined ? [`--${f.flag}`] : v.startsWith('=') ? [`--${f.flag}${v}`] : [`--${f.flag}`, v])) },
      { weight: 3, arbitrary: fc.constant([] as string[]) },
      { weight: 1, arbitrary: typo(f.flag).map((t) => [`--${t}`, 'x']) },
      { weight: 1, arbitrary: fc.constant([`--${f.flag}`]) },
    ),
  );
  return fc.tuple(wordsArb, fc.tuple(...flagArbs), fc.array(globalFlag, { maxLength: 3 }), fc.boolean()).map(([w, fl, gl, shuffle]) => {
    const flags = [...fl.flat(), ...gl.flat()];
    return shuffle ? [...gl.flat(), ...w, ...fl.flat()] : [...w, ...flags];
  });
});

const shortcutCase = fc.integer({ min: 0, max: 10_000 }).chain((k) => {
  const s = shortcuts[k % shortcuts.length]!;
  const cmd = fc.oneof({ weight: 8, arbitrary: fc.constant(s.command) }, { weight: 1, arbitrary: typo(s.command.slice(1)).map((t) => `+${t}`) });
  const flagArbs = s.flags.map((f) =>
    fc.oneof(
      { weight: 2, arbitrary: shortcutFlagValue(f).map((v) => (v === undefined ? [`--${f.name}`] : v.startsWith('=') ? [`--${f.name}${v}`] : [`--${f.name}`, v])) },
      { weight: 3, arbitrary: fc.constant([] as string[]) },
      { weight: 1, arbitrary: typo(f.name).map((t) => [`--${t}`, 'x']) },
    ),
  );
  return fc.tuple(cmd, fc.tuple(...flagArbs), fc.array(globalFlag, { maxLength: 3 })).map(([c, fl, gl]) => [s.service, c, ...fl.flat(), ...gl.flat()]);
});

const builtinCase = fc.oneof(
  fc.tuple(fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'FETCH', 'get', ''), fc.constantFrom('/open-apis/im/v1/chats', '/open-apis/im/v1/chats/oc_general', '/open-apis/im/v1/../../admin', '/open-apis/im/v1/messages', 'https:/example.com/open-apis/im/v1/chats', '/etc/passwd', 'open-apis/im/v1/chats', '/open-apis/im/v1/chats?page_size=1', '/open-apis/%2e%2e/x', '/open-apis/im/v1/chats/%00'), fc.array(globalFlag, { maxLength: 2 })).map(([m, p, g]) => ['api', m, p, ...g.flat()]),
  fc.tuple(fc.constantFrom('im.messages.create', 'im.messages.creat', 'im.+messages-send', 'nope', '', 'im', '../x'), fc.array(globalFlag, { maxLength: 1 })).map(([id, g]) => ['schema', id, ...g.flat()]),
  fc.constantFrom(['completion', 'bash'], ['completion', 'zsh'], ['completion', 'fish'], ['completion', 'powershell'], ['completion']),
  fc.tuple(fc.constantFrom('show', 'profiles', 'use', 'remove', 'init', 'shwo', ''), fc.array(fc.constantFrom(['--format', 'table'], ['--format', 'csv'], ['--app-id', 'cli_demo'], ['--app-id', '../x'], ['--name', 'p1'], ['--name', '../../x'], ['--brand', 'lark'], ['--brand', 'xx'], ['--app-secret-stdin'], ['default'], ['nope']), { maxLength: 3 })).map(([sub, fl]) => ['config', ...(sub ? [sub] : []), ...fl.flat()]),
  fc.tuple(fc.constantFrom('status', 'check', 'scopes', 'logout', 'login', 'lgoin', ''), fc.array(fc.constantFrom(['--scope', 'im:message'], ['--scope', 'im:mesage'], ['--scope', ''], ['--no-wait'], ['--device-code', 'nope'], ['--format', 'table'], ['--domain', 'im'], ['--domain', 'xx']), { maxLength: 2 })).map(([sub, fl]) => {
    const args = ['auth', ...(sub ? [sub] : []), ...fl.flat()];
    // A waiting login polls until the device code expires (2 s here): rarely worth the time.
    if (sub === 'login' && !args.includes('--no-wait') && !args.includes('--device-code')) args.push('--no-wait');
    return args;
  }),
  fc.constantFrom(['help'], ['help', 'im'], ['help', 'im', 'messages', 'create'], ['version'], ['--version'], ['-v'], ['im'], ['im', 'messages'], ['im', '--help'], ['contact', 'users']),
);

const garbageCase = fc.array(fc.oneof(junk, fc.constantFrom('im', 'messages', 'create', '+messages-send', '--chat-id', 'oc_general', '-o', '--')), { minLength: 0, maxLength: 6 });

const caseArb = fc.oneof({ weight: 8, arbitrary: methodCase }, { weight: 4, arbitrary: cleanMethodCase }, { weight: 5, arbitrary: shortcutCase }, { weight: 3, arbitrary: builtinCase }, { weight: 1, arbitrary: garbageCase });

/**
 * Arguments as they can reach a process: no NUL (argv cannot carry it), and no URL other than a
 * loopback one, so that nothing a generated case says can make the CLI reach another host.
 */
function safeArgs(args: readonly string[]): string[] {
  return args.map((a) => {
    let s = a.replace(/\u0000/g, '');
    if (/:\/\//.test(s) && !/^http:\/\/127\.0\.0\.1:\d+(\/|$)/.test(s)) s = s.replace(/:\/\//g, ':/');
    return s;
  });
}

// ---------------------------------------------------------------------------------------------

/** Files and links under ROOT other than the lanes' working and home folders, with size and mtime. */
function outsideTree(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(ROOT, p);
      if (/^lane-\d+[\\/](cwd|home)$/.test(rel)) continue;
      const st = fs.lstatSync(p);
      out.push(`${rel} ${st.isSymbolicLink() ? 'link' : st.size} ${st.mtimeMs}`);
      if (e.isDirectory()) walk(p);
    }
  };
  walk(ROOT);
  return out.sort();
}

const STACK_FRAME = /^\s+at (?:async )?\S.*(?:\(.*:\d+:\d+\)|:\d+:\d+)\s*$/m;
const ERROR_DUMP = /^(?:[A-Z][A-Za-z]*)?Error(?: \[[A-Z_]+\])?: /m;

interface Outcome {
  readonly args: string[];
  readonly r: RunResult;
  readonly requests: number;
  /** Ran as a child process (else inside this process). */
  readonly child: boolean;
  readonly type?: string;
}

describe('CLI argv fuzzing against the built CLI', () => {
  it(`${RUNS} generated argument vectors: documented exits, no traces, no request for refused input`, async () => {
    const cases = fc.sample(caseArb, { numRuns: RUNS, seed: 0x1a2b }).map(safeArgs);
    expect(cases.length).toBe(RUNS);
    const outcomes: Outcome[] = [];
    const treeBefore = outsideTree();
    let next = 0;
    const started = Date.now();
    await Promise.all(
      lanes.map(async (lane) => {
        for (;;) {
          const i = next++;
          if (i >= cases.length) return;
          const args = cases[i]!;
          const before = lane.requests;
          const child = runsAsChild(i);
          const r = child ? await cli.run(args, { cwd: lane.cwd, env: lane.env, timeoutMs: 30_000 }) : await cli.runHere(args, { cwd: lane.cwd, env: lane.env });
          let type: string | undefined;
          const env = r.stderr.trim().split('\n').filter((l) => l.startsWith('{"ok":false')).pop();
          if (env) {
            try {
              type = (JSON.parse(env) as { error?: { type?: string } }).error?.type;
            } catch {
              type = 'unparsable';
            }
          }
          outcomes.push({ args, r, requests: lane.requests - before, child, ...(type ? { type } : {}) });
        }
      }),
    );
    const ms = Date.now() - started;
    const treeAfter = outsideTree();
    const strayWrites = [...treeAfter.filter((x) => !treeBefore.includes(x)), ...treeBefore.filter((x) => !treeAfter.includes(x))];

    const show = (o: Outcome) => `${JSON.stringify(o.args).slice(0, 300)} → exit ${o.r.code}${o.child ? ' (child process)' : ''}${o.r.signal ? ` (${o.r.signal})` : ''}${o.r.timedOut ? ' TIMEOUT' : ''}, ${o.requests} requests\n  stderr: ${o.r.stderr.slice(0, 400)}`;
    // Exit 4 is honest only where the case itself named an address nothing answers on.
    const unreachable = (o: Outcome) => o.r.code === 4 && o.type === 'network' && o.args.some((a) => a.includes(UNREACHABLE));
    const undocumented = outcomes.filter((o) => o.r.timedOut || o.r.signal !== null || o.r.code < 0 || (o.r.code > 3 && !unreachable(o)));
    const traces = outcomes.filter((o) => STACK_FRAME.test(o.r.stderr) || STACK_FRAME.test(o.r.stdout) || ERROR_DUMP.test(o.r.stderr) || /node:internal|\n\s+at Object\./.test(o.r.stderr));
    const leaked = outcomes.filter((o) => (o.r.code === 2 || o.r.code === 3) && o.requests > 0);
    const internal = outcomes.filter((o) => o.type === 'internal' || o.type === 'unparsable' || (o.r.code !== 0 && !o.type));
    const byExit = new Map<number, number>();
    for (const o of outcomes) byExit.set(o.r.code, (byExit.get(o.r.code) ?? 0) + 1);
    const refused = (byExit.get(2) ?? 0) + (byExit.get(3) ?? 0);
    const dist = [...byExit].sort((a, b) => a[0] - b[0]).map(([c, n]) => `${c}:${n}`).join(' ');
    console.log(`argv fuzz: ${outcomes.length} cases in ${(ms / 1000).toFixed(1)} s; exits ${dist}`);
    if (process.env.LARKGEN_ARGV_DEBUG) {
      const kinds = new Map<string, number>();
      for (const o of outcomes) {
        const e = o.r.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop();
        const msg = e ? String((JSON.parse(e) as { error: { message: string } }).error.message).replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 60) : `exit ${o.r.code}`;
        kinds.set(msg, (kinds.get(msg) ?? 0) + 1);
      }
      console.log([...kinds].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, n]) => `${n}\t${k}`).join('\n'));
    }
    for (const [what, list] of [['exit outside 0–3', undocumented], ['stack trace', traces], ['request for refused input', leaked], ['internal error', internal]] as const) {
      if (list.length) console.log(`${what} (${list.length}):\n${list.slice(0, 8).map(show).join('\n')}`);
    }

    const children = outcomes.filter((o) => o.child).length;
    record({ area: 'fuzzing', figure: `CLI argv cases run on the built CLI, ${children} as child processes (exits ${dist})`, value: outcomes.length, goal: `≥ ${RUNS.toLocaleString('en')}`, ok: outcomes.length >= RUNS && children >= RUNS / CHILD_EVERY });
    record({ area: 'fuzzing', figure: 'CLI: exits outside 0–3 (4 allowed for a closed --base-url), signals or hangs', value: undocumented.length, goal: '0', ok: undocumented.length === 0 });
    record({ area: 'fuzzing', figure: 'CLI: stack traces or raw error dumps', value: traces.length, goal: '0', ok: traces.length === 0 });
    record({ area: 'fuzzing', figure: `CLI: requests for refused input (${refused} refused with exit 2/3)`, value: leaked.length, goal: '0', ok: leaked.length === 0 });
    record({ area: 'fuzzing', figure: 'CLI: internal errors (exit 5 "internal", or no envelope)', value: internal.length, goal: '0', ok: internal.length === 0 });
    record({ area: 'fuzzing', figure: 'CLI: files written or changed outside the working directory', value: strayWrites.length, goal: '0', ok: strayWrites.length === 0 });

    expect(undocumented.map(show)).toEqual([]);
    expect(traces.map(show)).toEqual([]);
    expect(leaked.map(show)).toEqual([]);
    expect(internal.map(show)).toEqual([]);
    expect(strayWrites).toEqual([]);
    expect(children).toBe(Math.ceil(RUNS / CHILD_EVERY));
    // The generators must reach deep: refusals of every kind, but also accepted calls.
    expect(byExit.get(0) ?? 0).toBeGreaterThan(RUNS * 0.05);
    expect(refused).toBeGreaterThan(RUNS * 0.25);
  }, 60_000 + RUNS * 1_000); // a child-process case took ~0.7 s on a 2-core machine at load 20; one in this process a fraction of that
});
