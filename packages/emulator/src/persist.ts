import fs from 'node:fs';
import path from 'node:path';
import type { State } from './state.js';

/** Loads a state file written by `Persister`, or undefined when there is none. */
export function loadStateFile(file: string): unknown {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

/**
 * Writes the state to disk after changes, at most every `delayMs`, off the request path.
 * Each write goes to a temporary file that is then renamed over the target (atomic on POSIX).
 */
export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly getState: () => State,
    private readonly delayMs = 200,
  ) {}

  touch(): void {
    this.dirty = true;
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.delayMs);
      this.timer.unref();
    }
  }

  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.writing) await this.writing;
    if (!this.dirty) return;
    this.dirty = false;
    this.writing = this.write().finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }

  private async write(): Promise<void> {
    const json = JSON.stringify(this.getState().toJSON());
    await fs.promises.mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    const fh = await fs.promises.open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(json, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, this.file);
  }
}
