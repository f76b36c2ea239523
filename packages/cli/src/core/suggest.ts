/** "Did you mean" support: the spec package's nearest-candidates rule, worded for the command line. */
import { nearest } from '@larkgen/spec/fields';

export { editDistance, nearest as closest } from '@larkgen/spec/fields';

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>, prefix = ''): string {
  const c = nearest(word, candidates);
  if (!c.length) return '';
  return ` Did you mean ${c.map((x) => `"${prefix}${x}"`).join(' or ')}?`;
}
