/**
 * The built CLI (packages/cli/bin + dist), run as a child process with a private config folder
 * and a clean environment. Other test runs may rebuild packages/cli/dist while this suite works
 * (the CLI's own tests build it in their setup), so each suite runs a private copy of the build,
 * taken once it is complete; `jq-wasm`, the one package the build leaves out, is found through
 * NODE_PATH.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inProcessRunner } from './in-process.js';

export const CLI_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cli');
export const DEMO_APP_ID = 'cli_a7e3c9d15b2f4086';
export const DEMO_APP_SECRET = 'demo-app-secret';

/**
 * Long tables of cases run inside the test process (Cli.runHere); the first case and every
 * CHILD_EVERY-th after it run as a child process (Cli.run), so each table keeps true end-to-end runs.
 */
export const CHILD_EVERY = 8;

export function runsAsChild(caseIndex: number): boolean {
  return caseIndex % CHILD_EVERY === 0;
}

export interface RunResult {
  readonly code: number;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Killed after the time limit. */
  readonly timedOut: boolean;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly timeoutMs?: number;
  /** Extra node flags before the CLI's bin (e.g. --require a preload). */
  readonly nodeArgs?: readonly string[];
  /** Run with this umask (through /bin/sh). */
  readonly umask?: string;
  /** Run on a pseudo-terminal (util-linux `script`); stdout and stderr then arrive together on stdout. */
  readonly tty?: boolean;
  /** Told the child's pid once it is started (to signal that one process, e.g. SIGKILL). */
  readonly onSpawn?: (pid: number) => void;
}

export interface Cli {
  /** The copied bin/lark-cli.cjs. */
  readonly bin: string;
  run(args: readonly string[], o?: RunOptions): Promise<RunResult>;
  /**
   * The same copy run inside this process (support/in-process.ts), with the environment a child
   * gets: for tables of cases where starting a process is not what is being proven.
   */
  runHere(args: readonly string[], o?: Pick<RunOptions, 'env' | 'cwd' | 'input'>): Promise<RunResult>;
  dispose(): void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Copies the built CLI (built by global-setup.ts when needed) into a private folder. */
export async function builtCli(): Promise<Cli> {
  const dist = path.join(CLI_ROOT, 'dist');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-reliability-cli-'));
  const nodePath = path.join(CLI_ROOT, 'node_modules');
  let lastError: unknown;
  // A concurrent rebuild swaps dist/ for a new one: copy again until a copy is whole and runs.
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
      fs.cpSync(path.join(CLI_ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
      fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
      const bin = path.join(dir, 'bin', 'lark-cli.cjs');
      // jq-wasm for a run inside this process, found as NODE_PATH finds it for a child.
      fs.rmSync(path.join(dir, 'node_modules'), { force: true });
      fs.symlinkSync(nodePath, path.join(dir, 'node_modules'));
      // A lazily loaded module too: proves dist/lazy came with main.cjs.
      execFileSync(process.execPath, [bin, 'schema', 'im.messages.create'], { env: { PATH: process.env.PATH ?? '', NODE_PATH: nodePath }, stdio: 'pipe', timeout: 20_000 });
      const here = inProcessRunner(path.join(dir, 'dist', 'main.cjs'));
      const cli: Cli = {
        bin,
        run: (args, o = {}) => runBin(bin, nodePath, args, o),
        runHere: (args, o = {}) => here(args, { env: childEnv(nodePath, o.env), cwd: o.cwd ?? os.tmpdir(), ...(o.input !== undefined ? { input: o.input } : {}) }),
        dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
      };
      return cli;
    } catch (e) {
      lastError = e;
      await sleep(250);
    }
  }
  throw new Error(`could not take a whole copy of the built CLI: ${(lastError as Error)?.message}`);
}

/** What a CLI run sees of the environment: only what the test gives it. */
function childEnv(nodePath: string, extra: RunOptions['env'] = {}): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1', NODE_PATH: nodePath };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

function runBin(bin: string, nodePath: string, args: readonly string[], o: RunOptions): Promise<RunResult> {
  const env = childEnv(nodePath, o.env);
  return new Promise((resolve, reject) => {
    const argv = [process.execPath, ...(o.nodeArgs ?? []), bin, ...args];
    let file = argv[0]!;
    let rest = argv.slice(1);
    if (o.tty) {
      file = 'script';
      rest = ['-qec', argv.map(shellQuote).join(' '), '/dev/null'];
    } else if (o.umask !== undefined) {
      file = '/bin/sh';
      rest = ['-c', `umask ${o.umask} && exec "$@"`, 'sh', ...argv];
    }
    const child = spawn(file, rest, { cwd: o.cwd ?? os.tmpdir(), env, stdio: [o.tty ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    if (child.pid !== undefined) o.onSpawn?.(child.pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, o.timeoutMs ?? 60_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal, stdout, stderr, timedOut });
    });
    child.stdin?.on('error', () => {});
    child.stdin?.end(o.input ?? '');
  });
}

/** POSIX single-quoting for one shell word. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The error envelope a failed command wrote to stderr (the last JSON line). */
export function errorOf(r: RunResult): { ok: false; identity?: string; error: { type: string; code?: number; message: string; hint?: string; console_url?: string; detail?: unknown } } {
  const line = r.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`no error envelope on stderr (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(line);
}

export function json<T = any>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr.slice(0, 500)}`);
  }
}
