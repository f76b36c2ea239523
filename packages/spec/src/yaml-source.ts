import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import jsYaml from 'js-yaml';
import type { SpecProblem } from './problems.js';

export type PathSegment = string | number;

/**
 * One parsed spec file: its plain data plus what is needed to point at any of its nodes.
 * The data comes from js-yaml (an order of magnitude faster); the position-keeping `yaml`
 * Document is built only when something must be located, i.e. when there is a problem.
 */
export interface SourceFile {
  /** Relative to the repository root. */
  readonly file: string;
  readonly text: string;
  readonly data: unknown;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

function positioned(text: string): { doc: Document.Parsed; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
  return { doc, lines };
}

function lazySource(file: string, text: string, data: unknown, parsed?: { doc: Document.Parsed; lines: LineCounter }): SourceFile {
  let p = parsed;
  const get = () => (p ??= positioned(text));
  return {
    file,
    text,
    data,
    get doc() {
      return get().doc;
    },
    get lines() {
      return get().lines;
    },
  };
}

export function parseSpecFile(file: string, text: string): { source?: SourceFile; problems: SpecProblem[] } {
  try {
    // CORE_SCHEMA: YAML 1.2 scalars only (no timestamps, no merge keys), like the `yaml` package's default.
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false, filename: file });
    return { source: lazySource(file, text, data), problems: [] };
  } catch {
    // Fall through: the positioned parser explains what is wrong, and where.
  }
  const { doc, lines } = positioned(text);
  const problems: SpecProblem[] = [];
  for (const err of [...doc.errors, ...doc.warnings]) {
    const pos = lines.linePos(err.pos[0]);
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      subject: '',
      message: `YAML: ${firstLine(err.message)}`,
      hint: err.code === 'DUPLICATE_KEY' ? 'remove or rename the repeated key' : 'correct the YAML syntax at this position',
    });
  }
  if (doc.errors.length > 0) return { problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ file, line: 1, column: 1, subject: '', message: `YAML: ${firstLine(String((e as Error).message))}`, hint: 'simplify the aliases in this file' });
    return { problems };
  }
  return { source: lazySource(file, text, data, { doc, lines }), problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/**
 * Where a method or top-level key is declared, found by scanning lines (no YAML parse) when the
 * file uses the usual block layout; otherwise by `locate`.
 */
export function declaredAt(src: SourceFile, path: readonly PathSegment[]): { line: number; column: number } {
  const lines = linesOf(src);
  if (path.length === 1) {
    const i = lines.findIndex((l) => l.startsWith(`${String(path[0])}:`));
    if (i >= 0) return { line: i + 1, column: 1 };
  } else if (path.length === 2 && path[0] === 'methods') {
    const start = lines.findIndex((l) => l.startsWith('methods:'));
    if (start >= 0) {
      const indent = /^(\s+)\S/.exec(lines.slice(start + 1).find((l) => /^\s+\S/.test(l) && !/^\s*#/.test(l)) ?? '')?.[1] ?? '  ';
      const i = lines.findIndex((l, n) => n > start && l.startsWith(`${indent}${String(path[1])}:`));
      if (i >= 0) return { line: i + 1, column: indent.length + 1 };
    }
  }
  return locate(src, path, { key: true });
}

// Every method of a file asks where it is declared: the file is split into lines once.
const splitLines = new WeakMap<SourceFile, readonly string[]>();

function linesOf(src: SourceFile): readonly string[] {
  let lines = splitLines.get(src);
  if (!lines) {
    lines = src.text.split('\n');
    splitLines.set(src, lines);
  }
  return lines;
}

/**
 * Line and column of the node at `path`; with `key`, of the key itself (to point at an unknown
 * or misspelt key). Falls back to the deepest existing ancestor.
 */
export function locate(src: SourceFile, path: readonly PathSegment[], opts: { key?: boolean } = {}): { line: number; column: number } {
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      if (last && opts.key) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  const pos = src.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? r[0] : undefined;
}
