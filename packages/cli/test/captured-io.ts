/**
 * An Io of captured streams for running lark-cli's `main(argv, io)` inside a test process: the
 * given environment and working folder, piped (non-terminal) standard input, and stdout/stderr
 * kept as text. Shared by the CLI's in-process runner (in-process.ts, the sources) and the
 * reliability suite's (the built bundle).
 */
import type { Io } from '../src/core/io.js';

export interface CapturedIoOptions {
  readonly env: Record<string, string>;
  readonly cwd: string;
  readonly input?: string | Buffer;
}

export interface CapturedIo {
  readonly io: Io;
  /** What the run wrote, once it has ended. */
  output(): { stdout: string; stderr: string };
}

export function capturedIo(o: CapturedIoOptions): CapturedIo {
  // Read by the process, not through Io (the local time zone is resolved once per process; the
  // CA list at start-up): a test that sets them needs a process of its own.
  for (const name of ['TZ', 'NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']) {
    if (o.env[name] !== undefined) throw new Error(`${name} applies to a whole process: run this command as a child process (env.spawn / runCli)`);
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
  return {
    io,
    output: () => {
      stdout += decoder.decode();
      return { stdout, stderr };
    },
  };
}
