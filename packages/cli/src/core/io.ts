/** The process surroundings a command runs in: streams, environment, working directory, colour. */
import { isatty } from 'node:tty';

export interface Io {
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdoutTTY: boolean;
  readonly stderrTTY: boolean;
  readonly stdinTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Writes raw bytes to stdout. */
  outBytes(data: Uint8Array): Promise<void>;
  /** Reads all of standard input (once). */
  readStdin(): Promise<Buffer>;
}

let stdinCache: Promise<Buffer> | undefined;

export function processIo(): Io {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdoutTTY: !!process.stdout.isTTY,
    stderrTTY: !!process.stderr.isTTY,
    // isatty(0) rather than process.stdin.isTTY: touching process.stdin builds a stream (milliseconds).
    stdinTTY: isatty(0),
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    outBytes: (data) =>
      new Promise((resolve, reject) => process.stdout.write(data, (e) => (e ? reject(e) : resolve()))),
    readStdin: () =>
      (stdinCache ??= new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (c: Buffer) => chunks.push(c));
        process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
        process.stdin.on('error', reject);
      })),
  };
}

/**
 * Colour on a terminal; never with --no-color or NO_COLOR (non-empty); also off a terminal when
 * FORCE_COLOR is set to anything but "" / "0" / "false" (the convention CI logs use).
 */
export function colorEnabled(io: Io, tty: boolean, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const nc = io.env.NO_COLOR;
  if (nc !== undefined && nc !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.TERM === 'dumb') return false;
  return tty;
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const same = (s: string) => s;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same };
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}
