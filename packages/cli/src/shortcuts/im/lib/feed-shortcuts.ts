/**
 * What +feed-shortcut-create and -remove share: the --chat-id list (deduplicated, order kept) as
 * the `shortcuts` body, and the answer turned into a ledger: which chats went through, which
 * failed and why; any failure makes the command exit 1 with ok false.
 */
import type { ShortcutContext, ShortcutResult } from '../../types.js';

interface Failure {
  shortcut?: { id?: string };
  reason?: string;
}

export function shortcutRefs(ctx: ShortcutContext): { type: 'chat'; id: string }[] {
  return [...new Set(ctx.flags['chat-id'] as string[])].map((id) => ({ type: 'chat', id }));
}

export function shortcutLedger(ctx: ShortcutContext, refs: readonly { id: string }[], answer: { failed_shortcuts?: Failure[] } | undefined, doneKey: 'pinned' | 'removed', verb: string): ShortcutResult {
  const failed = answer?.failed_shortcuts ?? [];
  const failedIds = new Set(failed.map((f) => f.shortcut?.id));
  const done = refs.map((r) => r.id).filter((id) => !failedIds.has(id));
  for (const f of failed) ctx.warn(`${f.shortcut?.id ?? '?'} was not ${verb}: ${f.reason ?? 'unknown reason'}`);
  const ok = failed.length === 0;
  return { data: { ok, [doneKey]: done, failed_shortcuts: failed }, ...(ok ? {} : { partialFailure: true }) };
}
