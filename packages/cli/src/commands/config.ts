/**
 * `lark-cli config init|show|profiles|use|remove`: app credentials per named profile, stored in
 * config.json (0600 in a 0700 folder). Secrets are read from stdin or a hidden prompt, never
 * from a flag value, and never printed.
 */
import { parseFlags } from '../core/argv.js';
import { commandFlags } from './flags.js';
import { CliError } from '../core/errors.js';
import { COMMON_FLAGS, LOCAL_OUTPUT_FLAGS, bool, localOutput, str } from '../core/globals.js';
import type { Io } from '../core/io.js';
import { printHelp, subcommandOf } from '../core/subcommand.js';
import { checkBaseUrl, mask, resolveSettings, Store, BRAND_HOSTS, type AppProfile, type Brand, type DefaultAs } from '../core/config.js';
import { emitResult, okEnvelope } from '../core/emit.js';
import { FORMATS, type Format } from '../core/output.js';
import { runState } from '../core/report.js';
import { didYouMean } from '../core/suggest.js';

const SUBS = ['init', 'show', 'profiles', 'use', 'remove'];

const HELP = `lark-cli config <command>

  init      Create or update a profile (interactive on a terminal)
              --app-id ID            the app id (cli_…)
              --app-secret-stdin     read the app secret from standard input
              --brand feishu|lark    which platform (default feishu)
              --base-url URL         another server, e.g. the emulator http://127.0.0.1:8787
              --name NAME            profile name (default: "default")
              --default-as user|bot|auto
  show      Show the active profile, secrets masked
  profiles  List the profiles
  use NAME  Make NAME the profile used when --profile is not given
  remove NAME  Delete a profile and its stored user login

Files live in ~/.lark-cli (or LARKSUITE_CLI_CONFIG_DIR): folder 0700, files 0600.
`;

export async function runConfig(tokens: readonly string[], io: Io): Promise<number> {
  const picked = subcommandOf(tokens, { name: 'config', subs: SUBS, help: HELP }, io);
  if (!picked) return 0;
  const { sub, rest } = picked;
  const store = new Store(io.env);
  switch (sub) {
    case 'init':
      return init(rest, io, store);
    case 'show': {
      const p = parseFlags(rest, [...LOCAL_OUTPUT_FLAGS, ...COMMON_FLAGS], 'lark-cli config show');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const s = resolveSettings(store, io.env, { ...(str(p, 'profile') ? { profile: str(p, 'profile')! } : {}), ...(str(p, 'base-url') ? { baseUrl: str(p, 'base-url')! } : {}) });
      const t = store.readTokens().users[s.profile];
      const data = {
        profile: s.profile,
        stored: s.stored,
        app_id: s.appId ?? null,
        app_secret: mask(s.appSecret) ?? null,
        brand: s.brand,
        base_url: s.baseUrl,
        default_as: s.defaultAs ?? 'auto',
        config_dir: store.dir,
        env: Object.keys(io.env).filter((k) => k.startsWith('LARKSUITE_CLI_')).sort(),
        tenant_access_token: s.envTenantToken ? mask(s.envTenantToken) : undefined,
        user: s.envUserToken
          ? { source: 'LARKSUITE_CLI_USER_ACCESS_TOKEN', access_token: mask(s.envUserToken) }
          : t
            ? { open_id: t.openId ?? null, name: t.name ?? null, expires_at: new Date(t.expiresAt).toISOString(), refreshable: !!t.refreshToken, scopes: t.scopes }
            : null,
      };
      const payload = okEnvelope(data);
      await emitResult(io, localOutput(p), { payload, data, rows: [data] });
      return 0;
    }
    case 'profiles': {
      const p = parseFlags(rest, [...LOCAL_OUTPUT_FLAGS, ...COMMON_FLAGS], 'lark-cli config profiles');
      if (bool(p, 'help')) return printHelp(io, HELP);
      const c = store.readConfig();
      const tokens = store.readTokens().users;
      const current = c.current ?? 'default';
      const rows = Object.entries(c.apps).map(([name, a]) => ({
        name,
        current: name === current,
        app_id: a.appId,
        brand: a.brand,
        base_url: a.baseUrl ?? BRAND_HOSTS[a.brand].open,
        default_as: a.defaultAs ?? 'auto',
        user_logged_in: !!tokens[name],
      }));
      const payload = okEnvelope({ current: c.current ?? null, profiles: rows });
      await emitResult(io, localOutput(p), { payload, data: (payload as { data: unknown }).data, rows });
      return 0;
    }
    case 'use':
    case 'remove': {
      const p = parseFlags(rest, COMMON_FLAGS, `lark-cli config ${sub}`);
      if (bool(p, 'help')) return printHelp(io, HELP);
      const name = p.positionals[0];
      if (!name || p.positionals.length > 1) throw new CliError('validation', `config ${sub} needs one profile name.`);
      const c = store.readConfig();
      if (!c.apps[name]) {
        throw new CliError('config', `There is no profile "${name}".${didYouMean(name, Object.keys(c.apps))}`, {
          hint: Object.keys(c.apps).length ? `Profiles: ${Object.keys(c.apps).join(', ')}.` : 'Create one with lark-cli config init.',
        });
      }
      if (sub === 'use') c.current = name;
      else {
        delete c.apps[name];
        if (c.current === name) delete c.current;
        const t = store.readTokens();
        if (t.users[name]) {
          delete t.users[name];
          store.writeTokens(t);
        }
      }
      store.writeConfig(c);
      io.out(JSON.stringify(okEnvelope(sub === 'use' ? { current: name } : { removed: name }), null, 2) + '\n');
      return 0;
    }
  }
  return 0;
}

const INIT_FLAGS = commandFlags({ values: ['app-id', 'brand', 'name', 'default-as'], switches: ['app-secret-stdin'] });

async function init(tokens: readonly string[], io: Io, store: Store): Promise<number> {
  const p = parseFlags(tokens, INIT_FLAGS, 'lark-cli config init');
  if (bool(p, 'help')) return printHelp(io, HELP);
  if (p.positionals.length) throw new CliError('validation', `Unexpected argument "${p.positionals[0]}" for config init.`, { hint: 'Name the profile with --name NAME.' });
  const name = str(p, 'name') ?? str(p, 'profile') ?? 'default';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name)) throw new CliError('validation', `Profile names use letters, digits, ".", "_" and "-" (at most 64), got "${name}".`);
  const config = store.readConfig();
  const existing = config.apps[name];
  let appId = str(p, 'app-id');
  let secret: string | undefined;
  let brand = str(p, 'brand');
  let baseUrl = str(p, 'base-url');
  const interactive = appId === undefined && io.stdinTTY && !bool(p, 'app-secret-stdin');
  if (bool(p, 'app-secret-stdin')) {
    if (io.stdinTTY) throw new CliError('validation', '--app-secret-stdin reads the secret from standard input, but nothing is piped in.', { hint: 'e.g. printf %s "$SECRET" | lark-cli config init --app-id cli_… --app-secret-stdin' });
    secret = (await io.readStdin()).toString('utf8').split(/\r?\n/)[0]!.trim();
    if (!secret) throw new CliError('validation', 'The app secret read from standard input is empty.');
  }
  if (interactive) {
    const { prompt } = await import('../core/prompt.js');
    appId = (await prompt(io, `App id${existing ? ` [${existing.appId}]` : ''}: `)) || existing?.appId;
    const s = await prompt(io, `App secret${existing?.appSecret ? ' [keep]' : ''}: `, true);
    secret = s || undefined;
    brand = (await prompt(io, `Brand (feishu|lark) [${existing?.brand ?? 'feishu'}]: `)) || existing?.brand || 'feishu';
    const b = await prompt(io, `Base URL [${existing?.baseUrl ?? 'platform default'}]: `);
    baseUrl = b || existing?.baseUrl;
  }
  if (!appId && !existing) {
    throw new CliError('validation', 'config init needs the app id: --app-id cli_… (and the secret through --app-secret-stdin).', {
      hint: 'Run it on a terminal to be asked, or: printf %s "$SECRET" | lark-cli config init --app-id cli_… --app-secret-stdin',
    });
  }
  appId ??= existing!.appId;
  if (!/^[A-Za-z0-9_-]{3,64}$/.test(appId)) throw new CliError('validation', `"${appId}" does not look like an app id (e.g. cli_a1b2c3).`);
  const brandV = (brand ?? existing?.brand ?? 'feishu') as Brand;
  if (brandV !== 'feishu' && brandV !== 'lark') throw new CliError('validation', `--brand must be feishu or lark, got "${brand}".${didYouMean(String(brand), ['feishu', 'lark'])}`);
  const defaultAs = str(p, 'default-as') as DefaultAs | undefined;
  if (defaultAs !== undefined && !['user', 'bot', 'auto'].includes(defaultAs)) throw new CliError('validation', `--default-as must be user, bot or auto, got "${defaultAs}".`);
  const appSecret = secret ?? (existing && existing.appId === appId ? existing.appSecret : undefined);
  const profile: AppProfile = {
    appId,
    ...(appSecret ? { appSecret } : {}),
    brand: brandV,
    ...(baseUrl ? { baseUrl: checkBaseUrl(baseUrl, '--base-url') } : existing?.baseUrl && !str(p, 'brand') ? { baseUrl: existing.baseUrl } : {}),
    ...(defaultAs ? { defaultAs } : existing?.defaultAs ? { defaultAs: existing.defaultAs } : {}),
    ...(existing?.users && existing.appId === appId ? { users: existing.users } : {}),
  };
  config.apps[name] = profile;
  if (!config.current || !config.apps[config.current]) config.current = name;
  store.writeConfig(config);
  const data = {
    profile: name,
    current: config.current === name,
    app_id: appId,
    app_secret: mask(appSecret) ?? null,
    brand: brandV,
    base_url: profile.baseUrl ?? BRAND_HOSTS[brandV].open,
    config_file: store.configFile,
  };
  io.out(JSON.stringify(okEnvelope(data), null, 2) + '\n');
  if (!appSecret) io.err('note: no app secret is stored yet; the bot identity needs one (config init --app-secret-stdin).\n');
  return 0;
}
