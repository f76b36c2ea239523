/**
 * Runs lark-cli inside the test process: the CLI's own `main(argv, io)` with an Io of captured
 * streams, the given environment and working folder, and piped (non-terminal) standard input —
 * what the child process in helpers.ts sees, without starting Node and loading the bundle each time.
 *
 * For the many tests of CLI logic (argument checks, help, dry-run request shapes, output formats,
 * shortcut behaviour against the emulator) and for most commands of the end-to-end suites. Each
 * command family keeps a path through the built CLI as a child process (env.spawn / runCli): live
 * send, stdin and download; config init and the device login; event consumers; MCP servers over
 * stdio and HTTP; media fetched from URLs; a sample of the dry-run and bad-input tables; the
 * reference shortcuts. So do the skill docs' `event consume` examples, one example per docs
 * folder, and a sample of the reliability suites' tables.
 */
import { main } from '../src/main.js';
import { capturedIo, type CapturedIoOptions } from './captured-io.js';
import type { RunResult } from './helpers.js';

export type InProcessOptions = CapturedIoOptions;

export async function runInProcess(args: readonly string[], o: InProcessOptions): Promise<RunResult> {
  const run = capturedIo(o);
  const code = await main(args, run.io);
  return { code, ...run.output() };
}
