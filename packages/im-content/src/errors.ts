/**
 * The one error type of this package. Every check that refuses user input throws a
 * ContentError naming the flag at fault, so the CLI can turn it into an "invalid input" envelope
 * (exit 2) without parsing text.
 */
export class ContentError extends Error {
  /** The flag the problem is about, without dashes (`msg-type`, `content`, `start`). */
  readonly field: string;
  /** What is wrong, on its own (the message also carries the fix). */
  readonly problem: string;
  /** How to fix it, on its own; may be empty. */
  readonly hint: string;

  /**
   * @param field flag name without dashes
   * @param problem what is wrong, as a sentence
   * @param hint how to fix it, as a sentence (optional)
   */
  constructor(field: string, problem: string, hint = '') {
    super(hint ? `${problem} ${hint}` : problem);
    this.name = 'ContentError';
    this.field = field;
    this.problem = problem;
    this.hint = hint;
  }
}

/** True for a ContentError, also across package copies (checks the name, not the prototype). */
export function isContentError(e: unknown): e is ContentError {
  return e instanceof ContentError || (e instanceof Error && e.name === 'ContentError' && typeof (e as { field?: unknown }).field === 'string');
}

/** `"value"` shown in a message: quoted, control characters made visible, long values clipped. */
export function shown(value: string, max = 80): string {
  // eslint-disable-next-line no-control-regex
  let s = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (s.length > max) s = `${s.slice(0, max - 1)}…`;
  return `"${s}"`;
}
