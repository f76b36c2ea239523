/** Values given as text, `@file` or `-` (standard input), and JSON parsing with clear errors. */
import fs from 'node:fs';
import { CliError } from './errors.js';
import type { Io } from './io.js';
import { safeReadPath } from './paths.js';

/** Largest @file / stdin value accepted for a JSON or text argument. */
export const MAX_INLINE_BYTES = 20 * 1024 * 1024;

export class InputReader {
  private stdinUsedBy: string | undefined;
  constructor(private readonly io: Io) {}

  /** The text of a value: `-` reads standard input, `@path` a file inside the working directory. */
  async text(raw: string, flag: string): Promise<string> {
    if (raw === '-') {
      if (this.stdinUsedBy) {
        throw new CliError('validation', `${flag} and ${this.stdinUsedBy} both ask for standard input; only one value can come from it.`, {
          hint: 'Put one of them in a file and give it as @file.',
        });
      }
      this.stdinUsedBy = flag;
      if (this.io.stdinTTY) {
        throw new CliError('validation', `${flag} - reads standard input, but nothing is piped in.`, {
          hint: `Pipe the value in (e.g. echo '{…}' | lark-cli …) or give it inline.`,
        });
      }
      const buf = await this.io.readStdin();
      if (buf.length > MAX_INLINE_BYTES) throw new CliError('validation', `${flag}: standard input is larger than ${MAX_INLINE_BYTES} bytes.`);
      return buf.toString('utf8');
    }
    if (raw.startsWith('@') && raw.length > 1) {
      const abs = safeReadPath(this.io.cwd, raw.slice(1), flag);
      const size = fs.statSync(abs).size;
      if (size > MAX_INLINE_BYTES) throw new CliError('validation', `${flag}: ${raw.slice(1)} is larger than ${MAX_INLINE_BYTES} bytes.`);
      return fs.readFileSync(abs, 'utf8');
    }
    return raw;
  }

  /** A JSON value from text, @file or -. */
  async json(raw: string, flag: string): Promise<unknown> {
    const text = await this.text(raw, flag);
    return parseJson(text, flag);
  }

  /** A JSON object (as --params and --data need). */
  async object(raw: string, flag: string): Promise<Record<string, unknown>> {
    const v = await this.json(raw, flag);
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      throw new CliError('validation', `${flag} must be a JSON object ({…}), got ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}.`);
    }
    return v as Record<string, unknown>;
  }
}

export function parseJson(text: string, flag: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message.replace(/^JSON\.parse: /, '');
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    throw new CliError('validation', `${flag} is not valid JSON: ${msg}.`, {
      hint: `Got ${JSON.stringify(shown)}. Quote the JSON for the shell, e.g. --data '{"key":"value"}', or pass @file.json.`,
    });
  }
}
