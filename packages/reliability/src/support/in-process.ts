/**
 * The built CLI run inside the test process: the copy's dist/main.cjs required with Node's own
 * loader (no vite transform), and its `main(argv, io)` called with captured streams, the given
 * environment and working folder, and piped (non-terminal) standard input. The same bundle a
 * child process runs, without starting Node for every command: for the long tables of refused
 * input. Each suite still runs some of the same cases as a child process (support/cli.ts).
 */
import { createRequire } from 'node:module';
import type { Io } from '@larkgen/cli/src/core/io.js';
import type { RunResult } from './cli.js';

export interface InProcessOptions {
  readonly env: Record<string, string>;
  readonly cwd: string;
  readonly input?: string | Buffer;
}

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
    let stdout = '';
    let stderr = '';
    const stdin = Buffer.from(o.input ?? '');
    const decoder = new TextDecoder();
    const io: Io = {
      env: { ...o.env },
      cwd: o.cwd,
      stdoutTTY: false,
      stderrTTY: false,
      stdinTTY: false,
      out: (text) => void (stdout += text),
      err: (text) => void (stderr += text),
      outBytes: async (data) => void (stdout += decoder.decode(data, { stream: true })),
      readStdin: async () => stdin,
    };
    const code = await main(args, io);
    stdout += decoder.decode();
    return { code, signal: null, stdout, stderr, timedOut: false };
  };
  return (args, o) => {
    const result = queue.then(() => once(args, o));
    queue = result.catch(() => undefined);
    return result;
  };
}
