/** Helpers shared by this package's tests (not part of the package's entry points). */
import { ContentError } from './errors.js';

/** The ContentError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): ContentError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error('expected a ContentError');
}
