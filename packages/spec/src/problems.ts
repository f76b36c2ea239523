import { editDistance } from './fields/suggest.js';

/** A problem found in the specs, positioned so an editor can jump to it. */
export interface SpecProblem {
  /** Relative to the repository root, e.g. `specs/im/resources/messages.yaml`. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The method id, shortcut or file-level subject the problem belongs to; may be empty. */
  readonly subject: string;
  /** What is wrong, naming the element (`query param "receive_id_type": …`). */
  readonly message: string;
  /** How to fix it. */
  readonly hint?: string;
}

export function formatProblem(p: SpecProblem): string {
  const subject = p.subject ? `${p.subject}: ` : '';
  const hint = p.hint ? ` (fix: ${p.hint})` : '';
  return `${p.file}:${p.line}:${p.column}: ${subject}${p.message}${hint}`;
}

/** Problems sorted by file, then position, then text: the same specs always report the same list. */
export function sortProblems(problems: readonly SpecProblem[]): SpecProblem[] {
  return [...problems].sort(
    (a, b) =>
      cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(formatProblem(a), formatProblem(b)),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Thrown by `loadSpecsOrThrow`; carries every problem, not just the first. */
export class SpecLoadError extends Error {
  readonly problems: readonly SpecProblem[];
  constructor(problems: readonly SpecProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the specs:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SpecLoadError';
    this.problems = problems;
  }
}

/** Closest candidate by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A word that is a prefix of a candidate (or the other way round) is the likeliest intent.
  const prefixed = list.filter((c) => word.length >= 3 && (c.startsWith(word) || word.startsWith(c))).sort((a, b) => a.length - b.length);
  if (prefixed.length > 0) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

