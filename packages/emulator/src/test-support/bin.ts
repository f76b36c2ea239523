/**
 * The `lark-emulator` command as a child process: the built command when the build is current
 * (under `pnpm test` turbo has just built it), else the TypeScript sources through tsx, so that
 * a test run right after editing a source file never exercises an outdated build.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isBuildCurrent } from '@larkgen/test-support/build-freshness';
import { onTestFinished } from 'vitest';

const packages = fileURLToPath(new URL('../../../', import.meta.url));
const root = path.join(packages, '..');
const loader = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;

let current: boolean | undefined;
/** Whether the built emulator, and every workspace build it loads, is newer than its sources. */
const buildIsCurrent = () => (current ??= isBuildCurrent('emulator'));

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
