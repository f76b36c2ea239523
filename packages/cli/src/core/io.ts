/** The process surroundings a command runs in: streams, environment, working directory, colour. */
import { fstatSync, statSync, writeSync } from 'node:fs';

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

/**
 * Standard output or error, written straight to the file descriptor: building process.stdout
 * (which loads node:net and the stream machinery) is a large part of a short command's run.
 * Writes are synchronous, as Node's own are for files, pipes and terminals on Linux. Should the
 * descriptor be non-blocking and full (EAGAIN), the rest goes through Node's stream from then on,
 * in order.
 */
class StdWriter {
  #stream: NodeJS.WriteStream | undefined;
  constructor(
    private readonly fd: 1 | 2,
    private readonly streamOf: () => NodeJS.WriteStream,
  ) {}

  write(data: string | Uint8Array, done?: (e?: Error | null) => void): void {
    if (!this.#stream) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      let at = 0;
      try {
        while (at < bytes.length) at += writeSync(this.fd, bytes, at);
        done?.();
        return;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') return this.closed(done);
        if (code !== 'EAGAIN') throw e;
      }
      data = bytes.subarray(at);
      this.#stream = this.stream();
    }
    this.#stream.write(data, done);
  }

  /** The reader is gone: stdout ends the run (exit 0, as `head` expects); stderr has nothing more to say. */
  private closed(done?: (e?: Error | null) => void): void {
    if (this.fd === 1) process.exit(0);
    done?.();
  }

  stream(): NodeJS.WriteStream {
    if (!this.#stream) {
      this.#stream = this.streamOf();
      this.#stream.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') this.closed();
      });
    }
    return this.#stream;
  }
}

/**
 * Whether a descriptor is a terminal, asked once when first needed. A pipe or a file (what
 * scripts and agents give) is told from its type alone, and so is the null device (`>/dev/null`,
 * a character device but never a terminal); only another character device, which may be a
 * terminal, costs Node's stream (and with it node:tty and node:net).
 */
function terminal(fd: 0 | 1 | 2, stream: () => { readonly isTTY?: boolean }): () => boolean {
  let answer: boolean | undefined;
  return () => {
    if (answer === undefined) {
      let device = false;
      try {
        // bigint: Node's module loader reads the last plain stat result while resolving symlinks
        // (Node 20), and a pipe's would leave a package's symlinked path unresolved.
        const stat = fstatSync(fd, { bigint: true });
        device = stat.isCharacterDevice() && !isNullDevice(stat.rdev);
      } catch {
        // a closed descriptor is no terminal
      }
      answer = device && !!stream().isTTY;
    }
    return answer;
  };
}

/** True when a character device is the null device (compared by device number; false where there is none). */
function isNullDevice(rdev: bigint): boolean {
  try {
    return statSync('/dev/null', { bigint: true }).rdev === rdev;
  } catch {
    return false;
  }
}

export function processIo(): Io {
  const stdout = new StdWriter(1, () => process.stdout);
  const stderr = new StdWriter(2, () => process.stderr);
  const stdoutTTY = terminal(1, () => stdout.stream());
  const stderrTTY = terminal(2, () => stderr.stream());
  const stdinTTY = terminal(0, () => process.stdin);
  return {
    env: process.env,
    cwd: process.cwd(),
    get stdoutTTY() {
      return stdoutTTY();
    },
    get stderrTTY() {
      return stderrTTY();
    },
    get stdinTTY() {
      return stdinTTY();
    },
    out: (t) => stdout.write(t),
    err: (t) => stderr.write(t),
    outBytes: (data) => new Promise((resolve, reject) => stdout.write(data, (e) => (e ? reject(e) : resolve()))),
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
