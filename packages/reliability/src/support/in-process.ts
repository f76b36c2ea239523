/**
 * The built CLI run inside the test process: the copy's dist/main.cjs required with Node's own
 * loader (no vite transform), and its `main(argv, io)` called with the CLI tests' captured Io
 * (given environment and working folder, piped standard input). The same bundle a child process
 * runs, without starting Node for every command: for the long tables of cases. The CLI writes
 * only through its Io, so the capture holds all it prints. Each table still runs some of its
 * cases as a child process (support/cli.ts, runsAsChild).
 */
import { createRequire } from 'node:module';
import type { Io } from '@larkgen/cli/src/core/io.js';
import { capturedIo, type CapturedIoOptions } from '@larkgen/cli/test/captured-io.js';
import type { RunResult } from './cli.js';

export type InProcessOptions = CapturedIoOptions;

type Main = (argv: readonly string[], io: Io) => Promise<number>;

/**
 * A runner for the bundle at `mainFile`. The CLI keeps one run state per process (main() resets it
 * at each start), so runs are queued one after another, even when callers overlap.
 */
export function inProcessRunner(mainFile: string): (args: readonly string[], o: InProcessOptions) => Promise<RunResult> {
  let main: Main | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const once = async (args: readonly string[], o: InProcessOptions): Promise<RunResult> => {
    main ??= (createRequire(mainFile)(mainFile) as { main: Main }).main;
    const run = capturedIo(o);
    const code = await main(args, run.io);
    return { code, signal: null, ...run.output(), timedOut: false };
  };
  return (args, o) => {
    const result = queue.then(() => once(args, o));
    queue = result.catch(() => undefined);
    return result;
  };
}
