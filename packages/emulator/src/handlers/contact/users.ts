/** The emulator's handlers of `contact.users` (specs/contact/resources/users.yaml). */
import type { Handler } from '../../context.js';
import type { MethodHandler, ResourceHandlers } from '../../generated/handler-types.js';
import type { UserRec } from '../../state.js';

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

const usersBatch: MethodHandler<'contact.users.batch'> = (ctx) => {
  const t = (ctx.query.user_id_type as string | undefined) ?? 'open_id';
  const items = [];
  for (const id of ctx.query.user_ids as string[]) {
    const u = ctx.state.userBy(t, id);
    if (u) items.push(userView(u, t === 'user_id'));
  }
  return { items };
};

const basicBatch: MethodHandler<'contact.users.basic_batch'> = (ctx) => {
  const t = (ctx.query.user_id_type as string | undefined) ?? 'open_id';
  const users = [];
  for (const id of ctx.body.user_ids as string[]) {
    const u = ctx.state.userBy(t, id);
    if (u) users.push({ user_id: id, name: u.name, i18n_name: { en_us: u.en_name } });
  }
  return { users };
};

/** The handlers of contact.users, one per method of specs/contact/resources/users.yaml. */
export const usersHandlers: ResourceHandlers<'contact.users'> = {
  'contact.users.batch': usersBatch,
  'contact.users.basic_batch': basicBatch,
};
