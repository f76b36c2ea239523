/**
 * What a short command loads before it answers, from the built CLI as a child process: the files
 * of dist/ it reads and Node's built-in modules it starts. Start-up CPU follows what is loaded, so
 * these guard the lazy split: dry runs leave the SDK's HTTP client (and its validator and retries)
 * to the bridge that sends, a method or shortcut named exactly runs from the generated loaders
 * without the command tree or the help text, a plain-text send without the upload code, and
 * output to /dev/null does not build Node's stdout stream (node:tty, node:net) just to learn it
 * is no terminal.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { services } from '../src/generated/index.js';
import { BIN, DEMO_APP_ID, DEMO_APP_SECRET, ROOT, tempDir } from './helpers.js';

/** A string literal of the SDK's HTTP client (sdk/src/core/client.ts), kept by the minifier. */
const SDK_CLIENT_MARKER = 'no tenant_access_token in the answer';
/** The command tree (generated/index.ts): the first service's entry as its JSON spells it. */
const TREE_MARKER = `"name":${JSON.stringify(services[0]!.name)},"title":${JSON.stringify(services[0]!.title)}`;
/** A heading of the help text (help.ts). */
const HELP_MARKER = 'Flags of every API command';
/** A hint of the upload code (shortcuts/im/lib/upload.ts), which brings the remote fetches along. */
const UPLOAD_MARKER = 'Media is only downloaded from public https addresses';

/** The built files (relative to the package) among `files` that hold `marker`. */
const holding = (files: readonly string[], marker: string) => files.filter((f) => fs.readFileSync(f, 'utf8').includes(marker)).map((f) => path.relative(ROOT, f));

const home = tempDir('lark-cli-loads-');
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

/** Preloaded into the child: at exit, writes the dist/ files read and the built-ins started as JSON to stderr. */
const probe = path.join(home, 'probe.cjs');
fs.writeFileSync(
  probe,
  `const fs = require('node:fs'); const read = fs.readFileSync; const files = [];
fs.readFileSync = function (p, ...rest) { if (typeof p === 'string' && p.includes('/dist/') && !p.endsWith('.cache')) files.push(p); return read.call(this, p, ...rest); };
process.on('exit', () => fs.writeSync(2, '\\n@@loads=' + JSON.stringify({ files, builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)) }) + '\\n'));
`,
);

function loadsOf(args: readonly string[]): { files: string[]; builtins: string[] } {
  const devNull = fs.openSync('/dev/null', 'w');
  try {
    const r = spawnSync(process.execPath, ['--require', probe, BIN, ...args], {
      cwd: home,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: home, LARKSUITE_CLI_CONFIG_DIR: path.join(home, '.lark-cli'), LARKSUITE_CLI_APP_ID: DEMO_APP_ID, LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET },
      stdio: ['ignore', devNull, 'pipe'],
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const line = /@@loads=(.*)/.exec(r.stderr);
    expect(line, r.stderr).not.toBeNull();
    return JSON.parse(line![1]!);
  } finally {
    fs.closeSync(devNull);
  }
}

const commands: { name: string; args: string[]; dryRun: boolean }[] = [
  { name: '--help', args: ['--help'], dryRun: false },
  { name: 'schema im.messages.create', args: ['schema', 'im.messages.create'], dryRun: false },
  {
    name: 'dry-run im messages create',
    args: ['im', 'messages', 'create', '--params', '{"receive_id_type":"chat_id"}', '--data', '{"receive_id":"oc_general","msg_type":"text","content":"{\\"text\\":\\"hello\\"}"}', '--dry-run'],
    dryRun: true,
  },
  { name: 'dry-run im +messages-send', args: ['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hello', '--dry-run'], dryRun: true },
];

describe('what a short command loads (built CLI, stdout to /dev/null)', () => {
  it.each([SDK_CLIENT_MARKER, TREE_MARKER, HELP_MARKER, UPLOAD_MARKER])('the marker %s is in the built files at all (so its absence below means something)', (marker) => {
    const dist = path.join(ROOT, 'dist');
    const all = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.cjs'));
    expect(holding(all.map((f) => path.join(dist, f)), marker).length).toBeGreaterThan(0);
  });

  it.each(commands)('$name starts no stdout stream: neither node:tty nor node:net', ({ args }) => {
    const { builtins } = loadsOf(args);
    expect(builtins).not.toContain('tty');
    expect(builtins).not.toContain('net');
  });

  it.each(commands.filter((c) => c.dryRun))('$name reads no file holding the SDK HTTP client', ({ args }) => {
    const { files } = loadsOf(args);
    expect(files.length).toBeGreaterThan(1);
    expect(holding(files, SDK_CLIENT_MARKER)).toEqual([]);
  });

  it.each(commands.filter((c) => c.dryRun))('$name runs from the generated loaders: it reads neither the command tree nor the help text', ({ args }) => {
    const { files } = loadsOf(args);
    expect(holding(files, TREE_MARKER)).toEqual([]);
    expect(holding(files, HELP_MARKER)).toEqual([]);
  });

  it('--help reads the command tree and the help text (what the checks above look for)', () => {
    const { files } = loadsOf(['--help']);
    expect(holding(files, TREE_MARKER)).toHaveLength(1);
    expect(holding(files, HELP_MARKER)).toHaveLength(1);
  });

  it('a dry-run --text send reads no upload or remote-fetch code; one with a local image does', () => {
    const send = ['im', '+messages-send', '--chat-id', 'oc_general', '--dry-run'];
    expect(holding(loadsOf([...send, '--text', 'hello']).files, UPLOAD_MARKER)).toEqual([]);
    fs.writeFileSync(path.join(home, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    expect(holding(loadsOf([...send, '--image', './logo.png']).files, UPLOAD_MARKER)).toHaveLength(1);
  });
});
