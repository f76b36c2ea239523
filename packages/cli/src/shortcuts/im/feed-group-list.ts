/**
 * +feed-group-list: im.feed.groups.list (page_token always sent), one page or every page with
 * --page-all, live and deleted groups merged across pages. Output: {groups, deleted_groups,
 * has_more, page_token}; table rows are the live groups.
 */
import type { ShortcutBehaviour } from '../types.js';
import { msTimeParams } from './lib/feed-groups.js';
import { walkPages } from './lib/pages.js';

export const behaviour: ShortcutBehaviour = {
  async run(ctx) {
    const walk = await walkPages(ctx, 'im.feed.groups.list', { params: msTimeParams(ctx), keys: ['groups', 'deleted_groups'], alwaysSendToken: true });
    const groups = walk.lists.groups as Record<string, unknown>[];
    const data = { groups, deleted_groups: walk.lists.deleted_groups, has_more: walk.hasMore, page_token: walk.pageToken };
    return { data, rows: groups.map((g) => ({ group_id: g.group_id, name: g.name, type: g.type })) };
  },
};
