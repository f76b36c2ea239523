/**
 * One command's view of who it calls as: settings (profile, environment, flags), the stored
 * user token (refreshed shortly before it expires), identity resolution and the user scope
 * pre-check from the spec.
 */
import { CliError } from './errors.js';
import { resolveSettings, Store, type Settings, type UserToken } from './config.js';
import type { Identity, ScopeRuleMeta } from '../meta.js';
import { runState } from './run-state.js';

/** Refresh a user token this long before it expires. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export interface SessionFlags {
  readonly profile?: string | undefined;
  readonly baseUrl?: string | undefined;
}

export class Session {
  readonly store: Store;
  private settingsCache: Settings | undefined;
  constructor(
    readonly env: NodeJS.ProcessEnv,
    private readonly flags: SessionFlags,
  ) {
    this.store = new Store(env);
  }

  get settings(): Settings {
    return (this.settingsCache ??= resolveSettings(this.store, this.env, { ...(this.flags.profile ? { profile: this.flags.profile } : {}), ...(this.flags.baseUrl ? { baseUrl: this.flags.baseUrl } : {}) }));
  }

  storedUserToken(): UserToken | undefined {
    return this.store.readTokens().users[this.settings.profile];
  }

  /** A user token is at hand without asking anyone: from the environment, or stored and not expired (or refreshable). */
  hasUsableUserToken(now = Date.now()): boolean {
    if (this.settings.envUserToken) return true;
    const t = this.storedUserToken();
    if (!t) return false;
    if (t.expiresAt > now + 30_000) return true;
    return !!t.refreshToken && (t.refreshExpiresAt === undefined || t.refreshExpiresAt > now);
  }

  /**
   * The identity to call with: `--as`, else the configured default, else user when a usable
   * user token exists, else bot — limited to what the command supports.
   */
  resolveIdentity(flagAs: 'user' | 'bot' | 'auto' | undefined, supported: readonly Identity[], what: string, preferred?: Identity): Identity {
    if (flagAs === 'user' || flagAs === 'bot') {
      if (!supported.includes(flagAs)) {
        throw new CliError('validation', `${what} cannot be called as ${flagAs}: it supports only ${supported.join(' and ')} identity.`, {
          hint: `Use --as ${supported[0]}${supported[0] === 'user' ? ' after `lark-cli auth login`' : ''}.`,
        });
      }
      return flagAs;
    }
    if (supported.length === 1) return supported[0]!;
    const configured = flagAs === 'auto' ? undefined : this.settings.defaultAs;
    if (configured === 'user' || configured === 'bot') return configured;
    // From here the choice depends on whether a user is logged in: say so if it goes wrong.
    this.identityChoice = this.hasUsableUserToken()
      ? `the user, because a user is logged in and neither --as nor a default identity (config init --default-as) was given${preferred === 'user' ? ' (this command prefers the user then)' : ''}`
      : undefined;
    if (preferred && supported.includes(preferred) && flagAs !== 'auto') {
      if (preferred === 'user' && !this.hasUsableUserToken()) return 'bot';
      return preferred;
    }
    return this.hasUsableUserToken() ? 'user' : 'bot';
  }

  /** Why the user identity was picked without being asked for, when that is what happened. */
  identityChoice: string | undefined;

  /** Fails (exit 3) when the bot identity has no credentials. */
  requireBotCredentials(): void {
    const s = this.settings;
    if (s.envTenantToken) return;
    if (!s.appId || !s.appSecret) {
      throw new CliError('config', 'No app credentials are configured, so the bot identity cannot call the platform.', {
        hint: 'Run `lark-cli config init` (or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET).',
      });
    }
  }

  /**
   * The scopes of `rule` that the stored user login has not granted, or undefined when that
   * cannot be known (a token from the environment).
   */
  missingUserScopes(rule: ScopeRuleMeta | undefined): string[] | undefined {
    if (!rule) return [];
    if (this.settings.envUserToken) return undefined;
    const t = this.storedUserToken();
    if (!t) return undefined;
    const granted = new Set(t.scopes);
    const missing = rule.allOf.filter((s) => !granted.has(s));
    if (rule.anyOf.length && !rule.anyOf.some((s) => granted.has(s))) missing.push(rule.anyOf[0]!);
    return missing;
  }

  /**
   * Exit 3 with the exact login command when the user login lacks a scope the spec requires.
   * `useful` are scopes the command can do without (sender names, reactions): the login command
   * asks for the ones not granted yet too, so one login gives the full answer.
   */
  checkUserScopes(rule: ScopeRuleMeta | undefined, what: string, useful: readonly string[] = []): void {
    if (!this.hasUsableUserToken()) {
      throw new CliError('auth', `${what} needs a user login, and none is stored for profile "${this.settings.profile}".`, {
        hint: `Run: lark-cli auth login --scope "${[...new Set([...scopeWords(rule).split(' '), ...useful].filter(Boolean))].join(' ')}"`,
      });
    }
    const missing = this.missingUserScopes(rule);
    if (missing && missing.length) {
      const granted = new Set(this.storedUserToken()?.scopes ?? []);
      const alsoUseful = useful.filter((s) => !granted.has(s) && !missing.includes(s));
      const why = this.identityChoice ? ` It ran as ${this.identityChoice}.` : '';
      const fills = alsoUseful.length ? ` (${alsoUseful.length === 1 ? 'the last scope fills in' : `the last ${alsoUseful.length} scopes fill in`} optional parts of the answer)` : '';
      throw new CliError('auth', `${what} needs the user scope${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which the stored login has not granted.${why}`, {
        hint: `Run: lark-cli auth login --scope "${[...missing, ...alsoUseful].join(' ')}"${fills}${why ? ', or run it as the bot with --as bot' : ''}`,
        detail: { missing_scopes: missing, ...(alsoUseful.length ? { optional_scopes: alsoUseful } : {}) },
      });
    }
  }

  /** A valid user access token, refreshed first when it is about to expire. */
  async userAccessToken(): Promise<string> {
    const s = this.settings;
    if (s.envUserToken) return s.envUserToken;
    const t = this.storedUserToken();
    if (!t) {
      throw new CliError('auth', `No user is logged in for profile "${s.profile}".`, { hint: 'Run: lark-cli auth login' });
    }
    const now = Date.now();
    if (t.expiresAt - now > REFRESH_MARGIN_MS) return t.accessToken;
    if (!t.refreshToken || (t.refreshExpiresAt !== undefined && t.refreshExpiresAt <= now)) {
      if (t.expiresAt > now + 10_000) return t.accessToken;
      throw new CliError('auth', 'The stored user login has expired.', { hint: 'Log in again: lark-cli auth login' });
    }
    return this.refreshStoredToken();
  }

  /** Refreshes the stored user token with its refresh token, saves it and returns the new access token. */
  async refreshStoredToken(): Promise<string> {
    const s = this.settings;
    const t = this.storedUserToken();
    if (!t?.refreshToken) throw new CliError('auth', 'The stored user login cannot be refreshed.', { hint: 'Log in again: lark-cli auth login' });
    const { refreshUserToken } = await import('./oauth.js');
    const next = await refreshUserToken(s, t);
    const all = this.store.readTokens();
    all.users[s.profile] = next;
    this.store.writeTokens(all);
    return next.accessToken;
  }

  setIdentity(id: Identity): void {
    runState.identity = id;
  }
}

export function scopeWords(rule: ScopeRuleMeta | undefined): string {
  if (!rule) return '';
  return [...rule.allOf, ...(rule.anyOf.length ? [rule.anyOf[0]!] : [])].join(' ');
}

/** The developer-console page where the app's admin enables scopes. */
export function consoleUrl(s: Settings, scopes: readonly string[]): string | undefined {
  if (!s.appId) return undefined;
  const host = s.brand === 'lark' ? 'https://open.larksuite.com' : 'https://open.feishu.cn';
  return `${host}/page/scope-apply?clientID=${encodeURIComponent(s.appId)}&scopes=${encodeURIComponent(scopes.join(','))}`;
}
