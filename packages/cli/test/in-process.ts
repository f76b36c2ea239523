/**
 * Runs lark-cli inside the test process: the CLI's own `main(argv, io)` with an Io of captured
 * streams, the given environment and working folder, and piped (non-terminal) standard input —
 * what the child process in helpers.ts sees, without starting Node and loading the bundle each time.
 *
 * For the many tests of CLI logic (argument checks, help, dry-run request shapes, output formats,
 * shortcut behaviour against the emulator). The end-to-end suites (live, auth, event, mcp,
 * round-two, dry-run, media URLs, part of bad-input) still run the built CLI as a child process;
 * so do the hand-written skill pages' examples and the reliability suites.
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
