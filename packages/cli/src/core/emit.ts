/** Writes a command's result in the chosen format, or through --jq. */
import { CliError } from './errors.js';
import type { CallOptions } from './globals.js';
import { colorEnabled, paint, type Io } from './io.js';
import { render, type RenderInput } from './output.js';

export async function emitResult(io: Io, opts: Pick<CallOptions, 'format' | 'jq' | 'noColor'> & { readonly jqRaw?: boolean }, input: RenderInput): Promise<void> {
  if (opts.jq !== undefined) {
    const { runJq } = await import('./jq.js');
    const r = await runJq(input.payload, opts.jq, opts.format === 'ndjson', opts.jqRaw ?? false);
    if ('error' in r) throw new CliError('validation', `--jq failed: ${r.error}`);
    io.out(r.out);
    return;
  }
  io.out(render(opts.format, input, paint(colorEnabled(io, io.stdoutTTY, opts.noColor))));
}

/** Refuses a --jq expression that does not compile, before anything is sent (exit 2). */
export async function checkJqOrThrow(expr: string): Promise<void> {
  const { compileError } = await import('./jq.js');
  const err = await compileError(expr);
  if (err) throw new CliError('validation', `--jq expression does not compile: ${err}`);
}

/** The success envelope of non-API commands: {"ok":true,"identity":…,"data":…}. */
export function okEnvelope(data: unknown, identity?: string): Record<string, unknown> {
  return { ok: true, ...(identity ? { identity } : {}), data };
}
