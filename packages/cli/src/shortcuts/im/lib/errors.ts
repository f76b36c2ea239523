import { isContentError } from '@larkgen/im-content';
import { CliError } from '../../../core/errors.js';

/** A ContentError (bad input found by @larkgen/im-content) as the CLI's invalid-input error (exit 2); anything else unchanged. */
export function cliErrorOf(e: unknown): unknown {
  if (isContentError(e)) return new CliError('validation', e.problem, e.hint ? { hint: e.hint } : {});
  return e;
}

/** Runs `fn`, turning a ContentError into an invalid-input error. */
export function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw cliErrorOf(e);
  }
}
