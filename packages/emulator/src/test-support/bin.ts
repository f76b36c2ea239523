/**
 * The `lark-emulator` command as a child process: the built command when the build is current
 * (under `pnpm test` turbo has just built it), else the TypeScript sources through tsx, so that
 * a test run right after editing a source file never exercises an outdated build.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const packages = fileURLToPath(new URL('../../../', import.meta.url));
const root = path.join(packages, '..');
const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

/** The emulator and the workspace packages its build imports at run time (from their own builds). */
const BUILT_FROM = ['emulator', 'spec', 'sdk', 'im-content', 'event-wire'];

/** What a build is made of: sources, not tests nor their helpers. */
const inBuild = (e: fs.Dirent) => e.isFile() && !e.name.endsWith('.test.ts') && !e.parentPath.includes(`${path.sep}test-support`);

function newestSource(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (inBuild(e)) newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** When a package was last built: its oldest top-level output file (a build rewrites them all). */
function builtAt(pkg: string): number {
  const dist = path.join(packages, pkg, 'dist');
  if (!fs.existsSync(dist)) return -1;
  const times = fs.readdirSync(dist).filter((f) => f.endsWith('.js')).map((f) => fs.statSync(path.join(dist, f)).mtimeMs);
  return times.length ? Math.min(...times) : -1;
}

let current: boolean | undefined;
/** Every package's build is newer than every one of its sources. */
function buildIsCurrent(): boolean {
  current ??= BUILT_FROM.every((pkg) => newestSource(path.join(packages, pkg, 'src')) <= builtAt(pkg));
  return current;
}

/** The command line that starts the emulator. */
export function binCommand(): string[] {
  if (buildIsCurrent()) return [path.join(packages, 'emulator/bin/lark-emulator.js')];
  return ['--import', loader, '--conditions=@larkgen/source', path.join(packages, 'emulator/src/bin.ts')];
}

export interface RunningBin {
  readonly out: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<number | null>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
}

export function runBin(args: string[]): Promise<RunningBin> {
  const child = spawn(process.execPath, [...binCommand(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // However the test ends (a failure, its timeout), the child goes with it.
  onTestFinished(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  let out = '';
  // Waits for the start line itself, not for a deadline: on a busy machine the start may take a while.
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes('admin API')) {
        resolve({
          out,
          url: m[1]!,
          pid: child.pid!,
          stop: () =>
            new Promise((res) => {
              child.once('exit', (code) => res(code));
              child.kill('SIGTERM');
            }),
          kill: () =>
            new Promise((res) => {
              child.once('exit', () => res());
              child.kill('SIGKILL');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
  });
}
