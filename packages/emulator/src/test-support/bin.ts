/** The `lark-emulator` command as a child process (through tsx, from the sources). */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const loader = pathToFileURL(`${root}node_modules/tsx/dist/loader.mjs`).href;

export interface RunningBin {
  readonly out: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<number | null>;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
}

export function runBin(args: string[]): Promise<RunningBin> {
  const child = spawn(process.execPath, ['--import', loader, '--conditions=@larkgen/source', fileURLToPath(new URL('../bin.ts', import.meta.url)), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // However the test ends (a failure, its timeout), the child goes with it.
  onTestFinished(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
  let out = '';
  // Waits for the start line itself, not for a deadline: on a busy machine tsx may take a while.
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

