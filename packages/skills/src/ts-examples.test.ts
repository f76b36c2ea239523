/**
 * Every fenced `ts` example of the event skill is compiled against the SDK's own sources, as a
 * module of a package that depends on `@larkgen/sdk`: a renamed export, a key the specs no longer
 * have or an answer of the wrong shape fails CI. (The `bash` examples run in examples.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(pkg, '..', '..');

interface Snippet {
  readonly page: string;
  readonly code: string;
}

function snippets(dir: string): Snippet[] {
  const out: Snippet[] = [];
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    const file = path.join(dir, name);
    for (const [, code] of fs.readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)) out.push({ page: path.relative(pkg, file), code: code! });
  }
  return out.sort((a, b) => (a.page < b.page ? -1 : 1));
}

/** The last program, reused by the next one (the SDK's sources are then not checked again). */
let previous: ts.Program | undefined;

/** Type errors of each snippet, compiled together in one program (each its own module). */
function typeErrors(list: readonly Snippet[]): Map<string, string[]> {
  const base = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.base.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const options: ts.CompilerOptions = { ...base.options, noEmit: true, declaration: false, declarationMap: false, sourceMap: false, types: ['node'] };
  // Virtual files inside this package, so that `@larkgen/sdk` resolves as it would for a user.
  const files = new Map(list.map((s, i) => [path.join(pkg, 'src', `__example_${i}__.ts`), s]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists.call(host, f);
  host.readFile = (f) => files.get(f)?.code ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) => {
    const s = files.get(f);
    return s ? ts.createSourceFile(f, s.code, lang) : getSourceFile.call(host, f, lang, ...rest);
  };
  const program = ts.createProgram([...files.keys()], options, host, previous);
  previous = program;
  const out = new Map<string, string[]>();
  for (const [file, s] of files) {
    const diagnostics = [...program.getSyntacticDiagnostics(program.getSourceFile(file)), ...program.getSemanticDiagnostics(program.getSourceFile(file))];
    out.set(`${s.page}#${[...files.keys()].indexOf(file)}`, diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
  }
  return out;
}

describe('TypeScript examples of the event skill', () => {
  const list = snippets(path.join(pkg, 'lark-event'));

  it('has one per event page', () => {
    const pages = fs.readdirSync(path.join(pkg, 'lark-event', 'references')).filter((f) => f.endsWith('.md'));
    expect(new Set(list.map((s) => path.basename(s.page)))).toEqual(new Set(pages));
  });

  it('compile without errors against the SDK', { timeout: 120_000 }, () => {
    const errors = typeErrors(list);
    expect(errors.size).toBe(list.length);
    expect([...errors].filter(([, e]) => e.length > 0)).toEqual([]);
  });

  it('would catch a wrong answer or an unknown key', { timeout: 120_000 }, () => {
    const card = list.find((s) => s.page.endsWith('card.action.trigger.md'))!;
    const broken = [
      { page: 'wrong-answer', code: card.code.replace('"success"', '"triumph"') },
      { page: 'unknown-key', code: card.code.replace("'card.action.trigger'", "'card.action.triggered'") },
    ];
    const errors = [...typeErrors(broken).values()];
    expect(errors.map((e) => e.length > 0)).toEqual([true, true]);
  });
});
