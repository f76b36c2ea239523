/**
 * Runs lark-cli inside the test process: the CLI's own `main(argv, io)` with an Io of captured
 * streams, the given environment and working folder, and piped (non-terminal) standard input —
 * what the child process in helpers.ts sees, without starting Node and loading the bundle each time.
 *
 * For the many tests of CLI logic (argument checks, help, dry-run request shapes, output formats,
 * shortcut behaviour against the emulator). The end-to-end suites (live, auth, event, mcp,
 * round-two, dry-run, media URLs, part of bad-input) still run the built CLI as a child process;
 * so do the skill docs' `event consume` examples, one example per docs folder, and the reliability
 * suites.
 */
import type { Io } from '../src/core/io.js';
import { main } from '../src/main.js';
import type { RunResult } from './helpers.js';

export interface InProcessOptions {
  readonly env: Record<string, string>;
  readonly cwd: string;
  readonly input?: string;
}

export async function runInProcess(args: readonly string[], o: InProcessOptions): Promise<RunResult> {
  // Read by the process, not through Io (the local time zone is resolved once per process; the
  // CA list at start-up): a test that sets them needs a process of its own.
  for (const name of ['TZ', 'NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']) {
    if (o.env[name] !== undefined) throw new Error(`${name} applies to a whole process: run this command with env.spawn / runCli`);
  }
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
  return { code, stdout, stderr };
}
