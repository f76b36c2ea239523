/**
 * The last line of defence: every failure becomes an error envelope (JSON on stderr when it is
 * not a terminal, a short readable message when it is) and an exit code. No stack traces.
 */
import { redactDeep } from '@larkgen/sdk';
import { CliError } from './errors.js';
import { colorEnabled, paint, type Io } from './io.js';
import { sanitize } from './output.js';

import { runState } from './run-state.js';

export { runState };

export interface ErrorEnvelope {
  ok: false;
  identity?: string;
  error: { type: string; code?: number | string; message: string; hint?: string; console_url?: string; detail?: unknown };
}

export function toCliError(e: unknown): CliError {
  if (e instanceof CliError) return e;
  // A module built into its own lazily loaded file (lark-cli mcp) has its own copy of the class.
  const foreign = e as Partial<CliError> | null;
  if (foreign && foreign.name === 'CliError' && typeof foreign.kind === 'string' && typeof foreign.message === 'string') {
    return new CliError(foreign.kind, foreign.message, foreign.options ?? {});
  }
  const err = e as { name?: string; message?: string; code?: string };
  if (err && (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')) return new CliError('internal', 'The output stream was closed.');
  const msg = err && typeof err.message === 'string' ? err.message : String(e);
  return new CliError('internal', `Unexpected internal error: ${msg}`, {
    hint: 'This is a bug in lark-cli; please report it with the command you ran (secrets removed).',
  });
}

/** The error envelope; server text inside it (messages, details) loses token- and secret-shaped strings. */
export function envelope(e: CliError): ErrorEnvelope {
  const o = e.options;
  return redactDeep({
    ok: false,
    ...(runState.identity ? { identity: runState.identity } : {}),
    error: {
      type: e.kind,
      ...(o.code !== undefined ? { code: o.code } : {}),
      message: e.message,
      ...(o.hint ? { hint: o.hint } : {}),
      ...(o.consoleUrl ? { console_url: o.consoleUrl } : {}),
      ...(o.detail !== undefined ? { detail: o.detail } : {}),
    },
  } as ErrorEnvelope);
}

export function reportError(io: Io, raw: unknown): number {
  const e = toCliError(raw);
  const env = envelope(e);
  try {
    if (io.stderrTTY) {
      const p = paint(colorEnabled(io, true, runState.noColor));
      const lines = [`${p.red(p.bold('error'))}${env.error.code !== undefined ? p.dim(` [${env.error.code}]`) : ''}: ${sanitize(env.error.message)}`];
      if (env.error.hint) lines.push(`${p.yellow('hint')}: ${sanitize(env.error.hint)}`);
      if (env.error.console_url) lines.push(`${p.yellow('console')}: ${sanitize(env.error.console_url)}`);
      if (env.error.detail !== undefined) lines.push(p.dim(sanitize(JSON.stringify(env.error.detail, null, 2))));
      io.err(lines.join('\n') + '\n');
    } else {
      io.err(JSON.stringify(env) + '\n');
    }
  } catch {
    // stderr is gone: nothing more to say
  }
  return e.exitCode;
}
