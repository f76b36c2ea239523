import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SpecProblem } from './problems.js';

export type PathSegment = string | number;

/** One parsed spec file: its plain data plus what is needed to point at any of its nodes. */
export interface SourceFile {
  /** Relative to the repository root. */
  readonly file: string;
  readonly data: unknown;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

export function parseSpecFile(file: string, text: string): { source?: SourceFile; problems: SpecProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, merge: false });
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
  return { source: { file, data, doc, lines }, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
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
