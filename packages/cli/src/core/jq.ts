/**
 * --jq with real jq semantics, through a WebAssembly build of jq loaded only when used. This
 * module is loaded lazily and imports nothing of the CLI: failures come back as messages.
 */
type JqModule = { raw(data: string | object, filter: string, flags?: string[]): Promise<string> };
let mod: Promise<JqModule> | undefined;
const load = () => (mod ??= import('jq-wasm') as Promise<JqModule>);

function clean(message: string): string {
  return message.replace(/\s*\(Unix shell quoting issues\?\)/, '').replace(/\s+/g, ' ').trim();
}

/** The compile error of an expression, or undefined when it compiles. */
export async function compileError(expr: string): Promise<string | undefined> {
  const jq = await load();
  try {
    await jq.raw({}, expr);
    return undefined;
  } catch (e) {
    const m = (e as Error).message ?? String(e);
    return /compile error/.test(m) ? clean(m) : undefined;
  }
}

export async function runJq(payload: unknown, expr: string, compact: boolean, raw = false): Promise<{ out: string } | { error: string }> {
  const jq = await load();
  try {
    const out = await jq.raw(JSON.stringify(payload ?? null), expr, [...(compact ? ['-c'] : []), ...(raw ? ['-r'] : [])]);
    return { out: out ? (out.endsWith('\n') ? out : out + '\n') : '' };
  } catch (e) {
    return { error: clean((e as Error).message ?? String(e)) };
  }
}
