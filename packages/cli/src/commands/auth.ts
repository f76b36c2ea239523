/**
 * `lark-cli auth login|status|check|scopes|logout`: the user identity through the OAuth device
 * flow. Tokens are stored per profile in tokens.json (0600); granted scopes accumulate.
 */
import { parseFlags } from '../core/argv.js';
import { commandFlags } from './flags.js';
import { CliError } from '../core/errors.js';
import { COMMON_FLAGS, LOCAL_OUTPUT_FLAGS, bool, localOutput, str } from '../core/globals.js';
import type { Io } from '../core/io.js';
import { printHelp, subcommandOf } from '../core/subcommand.js';
import { emitResult, okEnvelope } from '../core/emit.js';
import { FORMATS, type Format } from '../core/output.js';
import { runState } from '../core/report.js';
import { Session } from '../core/session.js';
import { closest, didYouMean } from '../core/suggest.js';
import type { UserToken } from '../core/config.js';
import * as oauth from '../core/oauth.js';

const SUBS = ['login', 'status', 'check', 'scopes', 'logout'];

const HELP = `lark-cli auth <command>

  login     Log in as a user with the OAuth device flow
              --scope "A B"        scopes to ask for (space or comma separated)
              --domain SERVICE     ask for every user scope of a service (e.g. im)
              --recommend          ask for the recommended scopes (non-sensitive user scopes)
              --no-wait            print the verification link and code, then exit
              --device-code CODE   finish a login started with --no-wait
  status    Show the stored user login (never the token)
  check     Exit 0 when the login has every scope of --scope "A B", else 1
  scopes    List the user scopes and which ones are granted
  logout    Forget the stored user login of the profile

Scopes granted in earlier logins are kept: logging in again adds to them.
`;


async function scopeTable() {
  return import('../generated/scopes.js');
}

function splitScopes(raw: string[]): string[] {
  return raw.flatMap((r) => r.split(/[\s,]+/)).filter(Boolean);
}

async function checkScopeNames(names: readonly string[]): Promise<void> {
  const { scopes } = await scopeTable();
  const known = new Map(scopes.map((s) => [s.name, s]));
  for (const n of names) {
    if (n === 'offline_access') continue;
    const s = known.get(n);
    if (!s) {
      throw new CliError('validation', `Unknown scope "${n}".${didYouMean(n, known.keys())}`, { hint: 'Run lark-cli auth scopes for the list.' });
    }
    if (!s.identities.includes('user')) {
      throw new CliError('validation', `The scope "${n}" applies to the bot identity only; a user cannot grant it.`, {
        hint: 'Enable it for the app in the developer console instead.',
      });
    }
  }
}

export async function runAuth(tokens: readonly string[], io: Io): Promise<number> {
  const picked = subcommandOf(tokens, { name: 'auth', subs: SUBS, help: HELP }, io);
  if (!picked) return 0;
  const { sub, rest } = picked;
  switch (sub) {
    case 'login':
      return login(rest, io);
    case 'status': {
      const p = parseFlags(rest, [...LOCAL_OUTPUT_FLAGS, ...COMMON_FLAGS], 'lark-cli auth status');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
      const s = session.settings;
      const t = session.storedUserToken();
      const now = Date.now();
      const data = s.envUserToken
        ? { profile: s.profile, logged_in: true, source: 'LARKSUITE_CLI_USER_ACCESS_TOKEN' }
        : t
          ? {
              profile: s.profile,
              logged_in: t.expiresAt > now || (!!t.refreshToken && (t.refreshExpiresAt ?? Infinity) > now),
              source: 'tokens.json',
              open_id: t.openId ?? null,
              name: t.name ?? null,
              expires_at: new Date(t.expiresAt).toISOString(),
              expired: t.expiresAt <= now,
              refreshable: !!t.refreshToken && (t.refreshExpiresAt ?? Infinity) > now,
              scopes: t.scopes,
            }
          : { profile: s.profile, logged_in: false };
      const payload = okEnvelope(data, 'user');
      await emitResult(io, localOutput(p), { payload, data, rows: [data] });
      return 0;
    }
    case 'check': {
      const p = parseFlags(rest, commandFlags({ lists: ['scope'] }), 'lark-cli auth check');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const wanted = splitScopes((p.values.get('scope') as string[] | undefined) ?? []);
      if (!wanted.length) throw new CliError('validation', 'auth check needs --scope "A B".');
      await checkScopeNames(wanted);
      const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
      const t = session.storedUserToken();
      const usable = session.hasUsableUserToken();
      const granted = new Set(usable && t ? t.scopes : []);
      const missing = wanted.filter((s) => !granted.has(s));
      const data = { profile: session.settings.profile, logged_in: usable, scopes: wanted, missing };
      io.out(JSON.stringify({ ok: missing.length === 0, identity: 'user', data, ...(missing.length ? { hint: `lark-cli auth login --scope "${missing.join(' ')}"` } : {}) }, null, 2) + '\n');
      return missing.length ? 1 : 0;
    }
    case 'scopes': {
      const p = parseFlags(rest, [...LOCAL_OUTPUT_FLAGS, ...COMMON_FLAGS], 'lark-cli auth scopes');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
      const t = session.storedUserToken();
      const granted = new Set(t?.scopes ?? []);
      const { scopes } = await scopeTable();
      const rows = scopes
        .filter((s) => s.identities.includes('user'))
        .map((s) => ({ scope: s.name, service: s.service, granted: granted.has(s.name), sensitive: s.sensitive, description: s.description }));
      const payload = okEnvelope({ profile: session.settings.profile, scopes: rows }, 'user');
      await emitResult(io, localOutput(p), { payload, data: (payload as { data: unknown }).data, rows });
      return 0;
    }
    case 'logout': {
      const p = parseFlags(rest, COMMON_FLAGS, 'lark-cli auth logout');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
      const all = session.store.readTokens();
      const had = !!all.users[session.settings.profile];
      if (had) {
        delete all.users[session.settings.profile];
        session.store.writeTokens(all);
      }
      io.out(JSON.stringify(okEnvelope({ profile: session.settings.profile, logged_out: had }, 'user'), null, 2) + '\n');
      return 0;
    }
  }
  return 0;
}

const LOGIN_FLAGS = commandFlags({ lists: ['scope', 'domain'], values: ['device-code'], switches: ['recommend', 'no-wait'] });

async function login(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, LOGIN_FLAGS, 'lark-cli auth login');
  if (bool(p, 'help')) return printHelp(io, HELP);
  if (p.positionals.length) throw new CliError('validation', `Unexpected argument "${p.positionals[0]}" for auth login.`, { hint: 'Scopes go in --scope "A B".' });
  const session = new Session(io.env, { profile: str(p, 'profile'), baseUrl: str(p, 'base-url') });
  runState.identity = 'user';
  const s = session.settings;
  const deviceCode = str(p, 'device-code');
  let requested: string[] = [];
  if (deviceCode === undefined) {
    requested = splitScopes((p.values.get('scope') as string[] | undefined) ?? []);
    const { scopes, loginScopesByDomain } = await scopeTable();
    for (const d of (p.values.get('domain') as string[] | undefined) ?? []) {
      const services = [...new Set(scopes.map((x) => x.service))];
      if (!services.includes(d)) throw new CliError('validation', `Unknown --domain "${d}".${didYouMean(d, services)}`, { hint: `Services: ${services.join(', ')}.` });
      // A service with shortcuts: exactly what they need as a user (computed from the specs);
      // otherwise every scope of the service that a user can grant.
      requested.push(...(loginScopesByDomain[d] ?? scopes.filter((x) => x.service === d && x.identities.includes('user')).map((x) => x.name)));
    }
    if (bool(p, 'recommend')) requested.push(...scopes.filter((x) => x.identities.includes('user') && !x.sensitive).map((x) => x.name));
    requested = [...new Set(requested)];
    if (!requested.length) {
      throw new CliError('validation', 'auth login needs the scopes to ask for: --scope "A B", --domain SERVICE or --recommend.', {
        hint: 'e.g. lark-cli auth login --domain im, or lark-cli auth scopes for the list.',
      });
    }
    await checkScopeNames(requested);
    const auth = await oauth.startDeviceAuthorization(s, requested);
    const link = auth.verification_uri_complete ?? auth.verification_uri;
    if (bool(p, 'no-wait')) {
      const data = {
        verification_uri: auth.verification_uri,
        ...(auth.verification_uri_complete ? { verification_uri_complete: auth.verification_uri_complete } : {}),
        user_code: auth.user_code,
        device_code: auth.device_code,
        expires_in: auth.expires_in,
        interval: auth.interval ?? 5,
        next: `lark-cli auth login --device-code ${auth.device_code}`,
      };
      io.out(JSON.stringify(okEnvelope(data, 'user'), null, 2) + '\n');
      return 0;
    }
    io.err(`Open ${link} and enter the code ${auth.user_code} to approve (valid ${Math.round(auth.expires_in / 60)} min). Waiting…\n`);
    const token = await poll(io, session, auth.device_code, auth.interval ?? 5, auth.expires_in);
    return await save(io, session, token, requested);
  }
  if (p.values.has('no-wait')) throw new CliError('validation', '--no-wait and --device-code do not go together: --device-code waits for the approval.');
  const token = await poll(io, session, deviceCode, 5, 600);
  return await save(io, session, token, []);
}

async function poll(io: Io, session: Session, deviceCode: string, intervalS: number, expiresInS: number): Promise<UserToken> {
  const forced = Number(io.env.LARKSUITE_CLI_DEVICE_POLL_MS);
  let waitMs = Number.isFinite(forced) && forced > 0 ? forced : Math.max(1, intervalS) * 1000;
  const deadline = Date.now() + expiresInS * 1000;
  for (;;) {
    const r = await oauth.pollDeviceToken(session.settings, deviceCode);
    if (r.done) return r.token;
    if (r.reason === 'slow_down') waitMs += Number.isFinite(forced) && forced > 0 ? forced : 5000;
    if (Date.now() + waitMs > deadline) throw new CliError('auth', 'The login code expired before it was approved.', { hint: 'Start again with lark-cli auth login.' });
    await new Promise((res) => setTimeout(res, waitMs));
  }
}

async function save(io: Io, session: Session, fresh: UserToken, requested: readonly string[]): Promise<number> {
  const s = session.settings;
  // The token answer does not say who signed in; user_info does.
  const who = fresh.openId && fresh.name ? undefined : await oauth.fetchUserInfo(s, fresh.accessToken);
  const token: UserToken = who ? { ...fresh, openId: who.openId, ...(who.name ? { name: who.name } : {}) } : fresh;
  const all = session.store.readTokens();
  const before = all.users[s.profile];
  // Granted scopes accumulate across logins.
  const scopes = [...new Set([...(before && before.openId === token.openId ? before.scopes : []), ...token.scopes, ...(token.scopes.length ? [] : requested)])].sort();
  const stored: UserToken = { ...token, scopes };
  all.users[s.profile] = stored;
  session.store.writeTokens(all);
  if (s.stored && token.openId) {
    const config = session.store.readConfig();
    const app = config.apps[s.profile];
    if (app && !(app.users ?? []).some((u) => u.openId === token.openId)) {
      app.users = [...(app.users ?? []), { openId: token.openId, ...(token.name ? { name: token.name } : {}) }];
      session.store.writeConfig(config);
    }
  }
  const data = { profile: s.profile, open_id: stored.openId ?? null, name: stored.name ?? null, scopes: stored.scopes, expires_at: new Date(stored.expiresAt).toISOString(), refreshable: !!stored.refreshToken };
  io.out(JSON.stringify(okEnvelope(data, 'user'), null, 2) + '\n');
  return 0;
}

export { closest };
