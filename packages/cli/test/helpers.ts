/**
 * Runs lark-cli with a private config folder and a clean environment: the built CLI as a child
 * process (end to end), or its main() inside the test process (in-process.ts) for pure CLI logic.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type Emulator } from '@larkgen/emulator';
import { runInProcess } from './in-process.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin/lark-cli.cjs');
export const DEMO_APP_ID = 'cli_a7e3c9d15b2f4086';
export const DEMO_APP_SECRET = 'demo-app-secret';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>;
  readonly cwd?: string;
  readonly input?: string;
}

/** The environment a CLI run gets: PATH, NO_COLOR and what the test sets (undefined removes). */
function cliEnv(o: RunOptions): Record<string, string> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  for (const [k, v] of Object.entries(o.env ?? {})) if (v !== undefined) env[k] = v;
  return env;
}

/** The built CLI (bin/lark-cli.cjs) as a child process. */
export function runCli(args: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  const env = cliEnv(o);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: o.cwd ?? os.tmpdir(), env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    // A command that never reads stdin may exit before the input is written: EPIPE is expected then.
    child.stdin.on('error', () => undefined);
    child.stdin.end(o.input ?? '');
  });
}

/** The CLI's main() in this process, with the same environment, folder and stdin as runCli. */
export function callCli(args: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  return runInProcess(args, { env: cliEnv(o), cwd: o.cwd ?? os.tmpdir(), input: o.input });
}

/** The error envelope a failed command wrote to stderr. */
export function errorOf(r: RunResult): { ok: false; identity?: string; error: { type: string; code?: number; message: string; hint?: string; console_url?: string; detail?: unknown } } {
  const line = r.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`no error envelope on stderr: ${r.stderr}`);
  return JSON.parse(line);
}

export function json<T = any>(r: RunResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr.slice(0, 500)}`);
  }
}

export function tempDir(prefix = 'lark-cli-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Env {
  readonly emu: Emulator;
  readonly configDir: string;
  readonly cwd: string;
  readonly env: Record<string, string>;
  /** Runs the CLI the way setupEnv was asked to (a child process unless 'in-process'). */
  run(args: readonly string[], o?: RunOptions): Promise<RunResult>;
  /** Always the built CLI as a child process: the end-to-end path. */
  spawn(args: readonly string[], o?: RunOptions): Promise<RunResult>;
  /** The id of the last request the emulator logged (admin API), to prove later that nothing was sent. */
  lastRequestId(): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * An emulator on 127.0.0.1 plus a CLI environment pointed at it (app credentials in env vars).
 * `cli: 'in-process'` makes `run` call the CLI's main() here instead of starting the built CLI.
 */
export async function setupEnv(options: Parameters<typeof startEmulator>[0] = {}, cli: 'child' | 'in-process' = 'child'): Promise<Env> {
  const emu = await startEmulator({ port: 0, devicePollIntervalSeconds: 1, ...options });
  const configDir = tempDir('lark-cli-config-');
  const cwd = tempDir('lark-cli-cwd-');
  const env = {
    HOME: configDir,
    LARKSUITE_CLI_CONFIG_DIR: path.join(configDir, '.lark-cli'),
    LARKSUITE_CLI_APP_ID: DEMO_APP_ID,
    LARKSUITE_CLI_APP_SECRET: DEMO_APP_SECRET,
    LARKSUITE_CLI_BASE_URL: emu.url,
    LARKSUITE_CLI_DEVICE_POLL_MS: '200',
  };
  return {
    emu,
    configDir,
    cwd,
    env,
    run: (args, o = {}) => (cli === 'in-process' ? callCli : runCli)(args, { cwd, ...o, env: { ...env, ...o.env } }),
    spawn: (args, o = {}) => runCli(args, { cwd, ...o, env: { ...env, ...o.env } }),
    async lastRequestId() {
      const res = await fetch(`${emu.url}/__emulator/requests?limit=1`);
      const body = (await res.json()) as { data: { items: { log_id: string }[] } };
      return body.data.items.at(-1)?.log_id;
    },
    async close() {
      await emu.close();
      fs.rmSync(configDir, { recursive: true, force: true });
      fs.rmSync(cwd, { recursive: true, force: true });
    },
  };
}

/** Splits a command line written with POSIX single quotes (as the generated examples are). */
export function shellWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '\\' && line[i + 1] === "'") {
      cur += "'";
      i++;
      inWord = true;
    } else if (ch === ' ') {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}
