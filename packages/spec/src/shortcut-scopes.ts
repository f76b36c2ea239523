/**
 * A shortcut's scopes, per identity, computed from the methods it calls: the one place that decides
 * what `+chat-messages-list --as user` needs, so the docs, the CLI's up-front check, its permission
 * errors, `auth login --domain` and the MCP tool table agree by construction.
 *
 * - An always-called method adds what it needs as that identity to the required scopes.
 * - A method called only with a flag (`with`), or only to enrich the output (`enriches`), adds
 *   optional scopes, each with its reason.
 * - Where a method accepts any one of several scopes, one already required (or declared) wins,
 *   else the narrowest this identity can hold: `im:chat` is passed over for `im:chat:read`.
 */
import type { Identity, Method, OptionalScope, Scope, ScopeRule, ShortcutCall } from './model.js';
import type { RawShortcutCall } from './normalize.js';

/** The spec's `calls` entries as the model holds them. */
export function normalizeCalls(raw: readonly (string | RawShortcutCall)[], shortcutIdentities: readonly Identity[], methods: ReadonlyMap<string, Method>): ShortcutCall[] {
  return raw.map((entry) => {
    const c = typeof entry === 'string' ? { method: entry } : entry;
    const allowed = methods.get(c.method)?.identityList ?? shortcutIdentities;
    const identities = c.as ? [c.as] : shortcutIdentities.filter((id) => allowed.includes(id));
    return {
      method: c.method,
      identities,
      ...(c.with ? { withFlags: typeof c.with === 'string' ? [c.with] : c.with } : {}),
      ...(c.enriches ? { enriches: c.enriches } : {}),
    };
  });
}

export interface ShortcutScopes {
  readonly required: ScopeRule;
  readonly optional: readonly OptionalScope[];
}

/** What one identity of a shortcut needs, given what its spec declares for that identity. */
export function shortcutScopes(
  identity: Identity,
  declared: ScopeRule,
  calls: readonly ShortcutCall[],
  methods: ReadonlyMap<string, Method>,
  scopes: Readonly<Record<string, Scope>>,
): ShortcutScopes {
  const usable = (s: string) => scopes[s]?.identities.includes(identity) ?? true;
  const required = new Set(declared.allOf);
  const preferred = [...declared.allOf, ...declared.anyOf];
  const needsOf = (rule: ScopeRule, have: ReadonlySet<string>): string[] => {
    const out = rule.allOf.filter((s) => usable(s) && !have.has(s));
    const met = rule.anyOf.some((s) => have.has(s) || out.includes(s))
      // Whatever satisfies the declared choice satisfies this one too.
      || (declared.anyOf.length > 0 && declared.anyOf.every((s) => rule.anyOf.includes(s)));
    if (rule.anyOf.length && !met) {
      const pick = rule.anyOf.find((s) => preferred.includes(s) && usable(s)) ?? narrowest(rule.anyOf.filter(usable));
      if (pick) out.push(pick);
    }
    return out;
  };
  const mine = calls.filter((c) => c.identities.includes(identity));
  for (const c of mine.filter((x) => !x.withFlags && !x.enriches)) {
    const rule = methods.get(c.method)?.identities[identity]?.scopes;
    if (rule) for (const s of needsOf(rule, required)) required.add(s);
  }
  // Per optional scope: the flags that call for it and the enrichments that use it, in spec order.
  const optional = new Map<string, { flags: Set<string>; enriches: Set<string> }>();
  for (const c of mine.filter((x) => x.withFlags || x.enriches)) {
    const rule = methods.get(c.method)?.identities[identity]?.scopes;
    if (!rule) continue;
    for (const s of needsOf(rule, required)) {
      const why = optional.get(s) ?? { flags: new Set<string>(), enriches: new Set<string>() };
      for (const f of c.withFlags ?? []) why.flags.add(f);
      if (c.enriches) why.enriches.add(c.enriches);
      optional.set(s, why);
    }
  }
  const anyOfMet = declared.anyOf.some((s) => required.has(s));
  return {
    required: { allOf: [...required], anyOf: anyOfMet ? [] : [...declared.anyOf] },
    optional: [...optional].map(([scope, why]) => ({
      scope,
      reason: [why.flags.size ? `with ${orList([...why.flags].map(flagText))}` : '', ...why.enriches].filter(Boolean).join('; '),
      ...(why.flags.size ? { flags: [...why.flags] } : {}),
    })),
  };
}

/** `flag-type=feed` as a reader sees it: `--flag-type feed`. */
export function flagText(condition: string): string {
  const [name, value] = condition.split('=', 2);
  return value === undefined ? `--${name}` : `--${name} ${value}`;
}

/** The first candidate no other candidate narrows (`im:chat:read` narrows `im:chat`). */
function narrowest(candidates: readonly string[]): string | undefined {
  return candidates.find((s) => !candidates.some((o) => o !== s && (o.startsWith(`${s}:`) || o.startsWith(`${s}.`)))) ?? candidates[0];
}

function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
