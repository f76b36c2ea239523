import type { Handler } from '../context.js';
import type { UserRec } from '../state.js';

function userView(u: UserRec, withUserId: boolean): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  if (withUserId) v.user_id = u.user_id;
  Object.assign(v, {
    open_id: u.open_id,
    union_id: u.union_id,
    name: u.name,
    en_name: u.en_name,
    email: u.email,
    department_ids: [...u.department_ids],
    status: { is_frozen: false, is_resigned: u.resigned === true, is_activated: !u.resigned, is_exited: u.resigned === true, is_unjoin: false },
  });
  if (u.avatar_url) v.avatar = { avatar_72: u.avatar_url };
  if (u.job_title) v.job_title = u.job_title;
  return v;
}

const usersBatch: Handler = (ctx) => {
  const t = (ctx.query.user_id_type as string | undefined) ?? 'open_id';
  const items = [];
  for (const id of ctx.query.user_ids as string[]) {
    const u = ctx.state.userBy(t, id);
    if (u) items.push(userView(u, t === 'user_id'));
  }
  return { items };
};

const basicBatch: Handler = (ctx) => {
  const t = (ctx.query.user_id_type as string | undefined) ?? 'open_id';
  const users = [];
  for (const id of ctx.body.user_ids as string[]) {
    const u = ctx.state.userBy(t, id);
    if (u) users.push({ user_id: id, name: u.name, i18n_name: { en_us: u.en_name } });
  }
  return { users };
};

const batchOr = (ctx: Parameters<Handler>[0], code: number) => {
  const b = ctx.state.batches.get(ctx.path.batch_message_id);
  if (!b) return ctx.fail(230030, `No batch message ${ctx.path.batch_message_id} exists.`);
  if (b.app_id !== ctx.appId) ctx.fail(code, 'This batch was sent by another app.');
  return b;
};

const recallBatch: Handler = (ctx) => {
  const b = batchOr(ctx, 230026);
  if (ctx.now - b.create_time > 86_400_000) ctx.fail(230009, 'Batches can be recalled within one day of sending.');
  b.recalled = true;
  ctx.rt.touch();
  return {};
};

const batchProgress: Handler = (ctx) => {
  const b = batchOr(ctx, 230012);
  return {
    batch_message_send_progress: {
      valid_user_ids_count: b.user_ids.length,
      success_user_ids_count: b.user_ids.length,
      read_user_ids_count: b.read_user_ids.length,
    },
    batch_message_recall_progress: { recall: b.recalled, recall_count: b.recalled ? b.user_ids.length : 0 },
  };
};

const batchReadUser: Handler = (ctx) => {
  const b = batchOr(ctx, 230012);
  return { read_user: { read_count: String(b.read_user_ids.length), total_count: String(b.user_ids.length) } };
};

export const miscHandlers: Record<string, Handler> = {
  'contact.users.batch': usersBatch,
  'contact.users.basic_batch': basicBatch,
  'im.batch_messages.delete': recallBatch,
  'im.batch_messages.get_progress': batchProgress,
  'im.batch_messages.read_user': batchReadUser,
};
