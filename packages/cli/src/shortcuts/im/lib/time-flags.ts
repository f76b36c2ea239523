/** A time range given on the command line, as the shortcuts that filter by time read it. */
import { checkTimeRange, parseTimeFlag } from '@larkgen/im-content';
import type { ShortcutContext } from '../../types.js';
import { checked } from './errors.js';

/**
 * A time range given by two flags (--start / --end unless named otherwise) as Unix seconds (a
 * date alone: start or end of that day, local time), checked to be in order. Throws an input
 * error before anything is sent.
 */
export function timeFlags(ctx: ShortcutContext, flags: { start: string; end: string } = { start: 'start', end: 'end' }): { start?: number; end?: number } {
  return checked(() => {
    const parse = (bound: 'start' | 'end') => (ctx.given.has(flags[bound]) ? parseTimeFlag(String(ctx.flags[flags[bound]]), { bound, field: flags[bound] }) : undefined);
    const start = parse('start');
    const end = parse('end');
    checkTimeRange(start, end, flags);
    return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
  });
}
