/**
 * Every fenced `bash` example in the generated skill docs runs here against the emulator. A
 * failing example fails CI.
 *
 * Every example line is split into words by /bin/sh, as a reader's shell would split it, and most
 * then run through the CLI's main() in this process: the same words, environment, folder and
 * checks, without starting Node for each. Some run exactly as a reader pastes them, a shell line
 * with the built lark-cli, one process each: every `event consume` (a long-lived process whose
 * stdin, signal handlers and event-bus socket are its own) and the first example of each docs
 * folder, so every kind of page keeps its whole path from shell to built binary proven.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, loadModel, type Emulator } from '@larkgen/emulator';
import { runInProcess } from '../../cli/test/in-process.js';
import { shellArgv } from './shell-argv.js';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI_BIN = path.resolve(pkg, '..', 'cli', 'bin', 'lark-cli.cjs');

interface Example {
  readonly page: string;
  readonly command: string;
}

function collect(): Example[] {
  const out: Example[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.md')) {
        const text = fs.readFileSync(p, 'utf8');
        for (const [, block] of text.matchAll(/```bash\n([\s\S]*?)```/g)) {
          for (const command of block!.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
            out.push({ page: path.relative(pkg, p), command });
          }
        }
      }
    }
  };
  walk(path.join(pkg, 'lark-im'));
  walk(path.join(pkg, 'lark-shared'));
  walk(path.join(pkg, 'lark-event'));
  return out.sort((a, b) => (a.page + a.command < b.page + b.command ? -1 : 1));
}

const examples = collect();

const keyOf = (ex: Example) => `${ex.page}\n${ex.command}`;

/** The first example of each docs folder (the examples are sorted by page, then command). */
const firstOfFolder = new Map<string, string>();
for (const ex of examples) if (!firstOfFolder.has(path.dirname(ex.page))) firstOfFolder.set(path.dirname(ex.page), keyOf(ex));

/** Which examples run as a shell line with the built CLI, one process each (see the top of the file). */
const asProcess = (ex: Example) => /^lark-cli event consume /.test(ex.command) || firstOfFolder.get(path.dirname(ex.page)) === keyOf(ex);
const inProcess = (ex: Example) => !asProcess(ex);

const argvOf = new Map<string, string[]>();

/**
 * One in-process CLI run at a time: the CLI keeps per-process state (what a failure reports). An
 * in-process example takes its turn before it takes an emulator, so waiting for the turn never holds
 * an emulator the process examples could use.
 */
let cliTurn: Promise<unknown> = Promise.resolve();
function inTurn<T>(fn: () => Promise<T>): Promise<T> {
  const result = cliTurn.then(fn);
  cliTurn = result.catch(() => undefined);
  return result;
}
/**
 * Examples run a few at a time (the process ones mostly wait for their child), each on an emulator
 * of its own from this pool, reset before every example: the same fresh state as one at a time.
 */
const LANES = 3;
const idle: Emulator[] = [];
const waiting: ((e: Emulator) => void)[] = [];
async function withEmulator<T>(fn: (emu: Emulator) => Promise<T>): Promise<T> {
  const emu = idle.pop() ?? (await new Promise<Emulator>((resolve) => waiting.push(resolve)));
  try {
    emu.reset();
    return await fn(emu);
  } finally {
    const next = waiting.shift();
    if (next) next(emu);
    else idle.push(emu);
  }
}
let pool: Emulator[] = [];
let work: string;
let shim: string;
let userScopes: string[];

/** Small but real files for the upload examples. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082', 'hex');

beforeAll(async () => {
  pool = await Promise.all(Array.from({ length: LANES }, () => startEmulator({ port: 0 })));
  idle.push(...pool);
  userScopes = Object.keys(loadModel().scopes);
  const local = examples.filter(inProcess);
  shellArgv(local.map((e) => e.command)).forEach((argv, i) => argvOf.set(local[i]!.command, argv));
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-examples-'));
  shim = path.join(work, 'bin');
  fs.mkdirSync(shim);
  fs.writeFileSync(path.join(shim, 'lark-cli'), `#!/bin/sh\nexec "${process.execPath}" "${CLI_BIN}" "$@"\n`, { mode: 0o755 });
});

afterAll(async () => {
  await Promise.all(pool.map((e) => e.close()));
});

function sandbox(): string {
  const dir = fs.mkdtempSync(path.join(work, 'case-'));
  fs.writeFileSync(path.join(dir, 'logo.png'), PNG);
  fs.writeFileSync(path.join(dir, 'report.pdf'), '%PDF-1.4\n% a tiny report\n');
  fs.writeFileSync(path.join(dir, 'note.opus'), Buffer.from('OggS'));
  fs.mkdirSync(path.join(dir, 'downloads'));
  return dir;
}

function run(command: string, cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('skill docs examples', () => {
  it('has examples on every page that shows commands', () => {
    expect(examples.length).toBeGreaterThanOrEqual(100);
  });

  it.concurrent.for(examples.map((e) => ({ ...e, name: `${e.page}: ${e.command}` })))('$name', { timeout: 120_000 }, async (ex, { expect }) => {
    const exec = async (emu: Emulator) => {
      const { access_token } = emu.issueUserToken('ou_alice', userScopes);
      const cwd = sandbox();
      const env = {
        PATH: `${shim}:${process.env.PATH ?? ''}`,
        HOME: cwd,
        NO_COLOR: '1',
        LARKSUITE_CLI_CONFIG_DIR: path.join(cwd, '.lark-cli'),
        LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
        LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
        LARKSUITE_CLI_BASE_URL: emu.url,
        LARKSUITE_CLI_USER_ACCESS_TOKEN: access_token,
      };
      return inProcess(ex) ? runInProcess(argvOf.get(ex.command)!, { env, cwd }) : run(ex.command, cwd, env);
    };
    const r = inProcess(ex) ? await inTurn(() => withEmulator(exec)) : await withEmulator(exec);
    expect(r.code, `exit ${r.code}\nstdout: ${r.stdout.slice(0, 800)}\nstderr: ${r.stderr.slice(0, 800)}`).toBe(0);
    // Output shape: JSON on stdout, either the raw API answer (code 0) or the success envelope.
    const wantsTable = /--format (table|csv|pretty)/.test(ex.command);
    if (/^lark-cli event /.test(ex.command)) {
      // Event commands print plain JSON documents (list, schema, status) or NDJSON (consume), and a
      // bounded consume ends on its own with its exit line.
      for (const line of ex.command.includes(' consume ') ? r.stdout.split('\n').filter(Boolean) : [r.stdout]) expect(() => JSON.parse(line), line).not.toThrow();
      if (ex.command.includes(' consume ')) expect(r.stderr).toMatch(/\[event\] exited — received \d+ event\(s\) in [0-9.]+s \(reason: (limit|timeout)\)\n$/);
    } else if (!wantsTable) {
      const out = JSON.parse(r.stdout) as { code?: number; ok?: boolean };
      expect(out.code === 0 || out.ok === true, r.stdout.slice(0, 400)).toBe(true);
    } else {
      expect(r.stdout.trim().length).toBeGreaterThan(0);
    }
  });
});
