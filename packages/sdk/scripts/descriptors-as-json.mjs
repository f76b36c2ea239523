/**
 * An esbuild plugin for the SDK's build (tsup.config.ts).
 */
import fs from 'node:fs';

/** A generated descriptor module (`generated/<service>/descriptors/<method id>.ts`). */
export const DESCRIPTORS_FILE = /[\\/]generated[\\/][^\\/]+[\\/]descriptors[\\/][^\\/]+\.ts$/;

/**
 * Descriptors are plain data; V8 reads a JSON string faster than it compiles the same object
 * literal, and they are most of the package. So in the bundle each generated descriptor becomes
 * `/* @__PURE__ *\/ JSON.parse('…')` (still dropped by a bundler when unused). The sources keep the
 * readable literals.
 */
export const descriptorsAsJson = {
  name: 'descriptors-as-json',
  setup(b) {
    b.onLoad({ filter: DESCRIPTORS_FILE }, (args) => ({ contents: descriptorsToJson(args.path), loader: 'ts' }));
  },
};

/** The text of a descriptors module with each descriptor literal turned into a parsed JSON string. */
export function descriptorsToJson(file) {
  const text = fs.readFileSync(file, 'utf8');
  const expected = text.split(': MethodDescriptor = {').length - 1;
  let done = 0;
  const contents = text.replace(/(: MethodDescriptor = )(\{[^\n]*\}|\{\n[\s\S]*?\n\});/g, (_, head, literal) => {
    done++;
    // The generator prints these literals from plain data (no code), so evaluating them is safe.
    const json = JSON.stringify(new Function(`return ${literal}`)());
    return `${head}/* @__PURE__ */ JSON.parse(${JSON.stringify(json)});`;
  });
  if (done !== expected || expected === 0) throw new Error(`${file}: converted ${done} of ${expected} descriptors`);
  return contents;
}
