/**
 * Configuration and token storage under ~/.lark-cli (or LARKSUITE_CLI_CONFIG_DIR): the folder
 * is 0700, the files 0600, and every write goes to a temporary file renamed into place, so a
 * crash never leaves half a file. Environment variables override the stored profile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from './errors.js';
import { didYouMean } from './suggest.js';

export type Brand = 'feishu' | 'lark';
export type DefaultAs = 'user' | 'bot' | 'auto';

export const BRAND_HOSTS: Readonly<Record<Brand, { open: string; accounts: string }>> = {
  feishu: { open: 'https://open.feishu.cn', accounts: 'https://accounts.feishu.cn' },
  lark: { open: 'https://open.larksuite.com', accounts: 'https://accounts.larksuite.com' },
};

export interface AppProfile {
  appId: string;
  appSecret?: string;
  brand: Brand;
  baseUrl?: string;
  defaultAs?: DefaultAs;
  /** Users who logged in with this app (no tokens here; those live in tokens.json). */
  users?: { openId?: string; name?: string }[];
}

export interface ConfigFile {
  version: 1;
  current?: string;
  apps: Record<string, AppProfile>;
}

export interface UserToken {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  refreshExpiresAt?: number;
  scopes: string[];
  openId?: string;
  name?: string;
  obtainedAt: number;
}

export interface TokensFile {
  version: 1;
  /** By profile name. */
  users: Record<string, UserToken>;
}

/**
 * ~/.lark-cli, or LARKSUITE_CLI_CONFIG_DIR; undefined when neither it nor HOME (USERPROFILE) is
 * set: guessing a home folder (os.homedir() falls back to the passwd entry, e.g. /root) would
 * write secrets somewhere nobody asked for.
 */
export function configDir(env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env.LARKSUITE_CLI_CONFIG_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  const home = env.HOME || env.USERPROFILE;
  return home ? path.join(home, '.lark-cli') : undefined;
}

const NO_HOME = new CliError('config', 'Neither HOME nor LARKSUITE_CLI_CONFIG_DIR is set, so lark-cli has nowhere to keep its configuration.', {
  hint: 'Set LARKSUITE_CLI_CONFIG_DIR to a folder of your own (or set HOME), then run the command again.',
});

/** The configuration folder for commands that must write there; a clear error when there is none. */
export function requireConfigDir(env: NodeJS.ProcessEnv): string {
  const dir = configDir(env);
  if (dir === undefined) throw NO_HOME;
  return dir;
}

/** The errors of creating or writing the configuration folder, in words (never "a bug"). */
function folderError(dir: string, e: unknown): CliError | undefined {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOTDIR: 'a part of that path is a regular file, not a folder',
    EEXIST: 'a file of that name is in the way',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
  };
  return code && why[code] ? new CliError('config', `Cannot write the configuration in ${dir}: ${why[code]}.`, { hint: 'Point LARKSUITE_CLI_CONFIG_DIR at a folder you can write, or fix the path.' }) : undefined;
}

function readJson<T>(file: string): T | undefined {
  if (!fs.existsSync(file)) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliError('config', `Cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new CliError('config', `${file} is not valid JSON.`, {
      hint: 'Fix or delete the file, then run `lark-cli config init` again.',
    });
  }
}

/** Writes a file with mode 0600 atomically (temporary file + rename) inside a 0700 folder. */
export function writeSecureFile(file: string, content: string): void {
  const dir = path.dirname(file);
  try {
    writeSecureFileIn(dir, file, content);
  } catch (e) {
    throw folderError(dir, e) ?? e;
  }
}

function writeSecureFileIn(dir: string, file: string, content: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    fs.chmodSync(dir, 0o700);
  } catch {
    // not ours to change (e.g. a shared mount); the file mode still protects the content
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.chmodSync(file, 0o600);
  removeOrphanedTemps(dir, path.basename(file));
}

/**
 * Temporary files of a write that was killed before its rename (they may hold a secret): removed
 * once their writer is gone.
 */
function removeOrphanedTemps(dir: string, base: string): void {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\..*\\.tmp$`);
  for (const name of fs.readdirSync(dir)) {
    const m = pattern.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Store {
  /** The folder, or `(none: HOME is not set)` when there is none (reads then find nothing, writes fail). */
  readonly dir: string;
  readonly #homeless: boolean;
  constructor(env: NodeJS.ProcessEnv) {
    const dir = configDir(env);
    this.#homeless = dir === undefined;
    this.dir = dir ?? '(none: HOME is not set)';
  }
  get configFile(): string {
    return path.join(this.dir, 'config.json');
  }
  get tokensFile(): string {
    return path.join(this.dir, 'tokens.json');
  }
  #writable(): void {
    if (this.#homeless) throw NO_HOME;
  }
  readConfig(): ConfigFile {
    const c = this.#homeless ? undefined : readJson<ConfigFile>(this.configFile);
    if (!c) return { version: 1, apps: {} };
    if (typeof c !== 'object' || !c.apps || typeof c.apps !== 'object') {
      throw new CliError('config', `${this.configFile} does not look like a lark-cli configuration.`, {
        hint: 'Move it away and run `lark-cli config init`.',
      });
    }
    return c;
  }
  writeConfig(c: ConfigFile): void {
    this.#writable();
    writeSecureFile(this.configFile, JSON.stringify(c, null, 2) + '\n');
  }
  readTokens(): TokensFile {
    const t = this.#homeless ? undefined : readJson<TokensFile>(this.tokensFile);
    if (!t || typeof t !== 'object' || !t.users) return { version: 1, users: {} };
    return t;
  }
  writeTokens(t: TokensFile): void {
    this.#writable();
    writeSecureFile(this.tokensFile, JSON.stringify(t, null, 2) + '\n');
  }
}

/** The app settings one command runs with, after flags, environment and the stored profile. */
export interface Settings {
  readonly profile: string;
  /** Whether the profile exists in config.json. */
  readonly stored: boolean;
  readonly appId?: string;
  readonly appSecret?: string;
  readonly brand: Brand;
  readonly baseUrl: string;
  /** Where the OAuth device authorization endpoint lives. */
  readonly accountsUrl: string;
  readonly defaultAs?: DefaultAs;
  readonly envTenantToken?: string;
  readonly envUserToken?: string;
  /** LARKSUITE_CLI_TIMEOUT_MS: how long to wait for an answer, and between the bytes of a download. */
  readonly timeoutMs?: number;
}

function timeoutOf(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new CliError('config', `LARKSUITE_CLI_TIMEOUT_MS must be a whole number of milliseconds above 0, got "${raw}".`);
  return n;
}

export interface SettingsFlags {
  readonly profile?: string;
  readonly baseUrl?: string;
}

export function checkBaseUrl(url: unknown, where: string): string {
  if (typeof url !== 'string') {
    throw new CliError('config', `${where} must be a string such as "http://127.0.0.1:8787", but it is ${url === null ? 'null' : Array.isArray(url) ? 'a list' : typeof url === 'object' ? 'an object' : `a ${typeof url}`}.`, {
      hint: 'Fix baseUrl in config.json, or set it again with lark-cli config init --base-url URL.',
    });
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CliError('validation', `${where} "${url}" is not a URL.`, { hint: 'Give it as http(s)://host[:port], e.g. http://127.0.0.1:8787.' });
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new CliError('validation', `${where} must be http or https, got "${u.protocol}".`);
  if (u.username || u.password) throw new CliError('validation', `${where} must not carry credentials.`);
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
}

export function resolveSettings(store: Store, env: NodeJS.ProcessEnv, flags: SettingsFlags): Settings {
  const config = store.readConfig();
  const requested = flags.profile ?? env.LARKSUITE_CLI_PROFILE;
  const name = requested ?? config.current ?? 'default';
  const app = config.apps[name];
  if (requested && !app && !env.LARKSUITE_CLI_APP_ID) {
    const names = Object.keys(config.apps);
    throw new CliError('config', `There is no profile "${requested}".${didYouMean(requested, names)}`, {
      hint: names.length ? `Profiles: ${names.join(', ')}. Create one with \`lark-cli config init --name ${requested}\`.` : 'Create one with `lark-cli config init`.',
    });
  }
  const brandRaw = env.LARKSUITE_CLI_BRAND ?? app?.brand ?? 'feishu';
  if (brandRaw !== 'feishu' && brandRaw !== 'lark') {
    throw new CliError('config', `Unknown brand "${brandRaw}"; use feishu or lark.`);
  }
  const brand: Brand = brandRaw;
  const explicitBase = flags.baseUrl ?? env.LARKSUITE_CLI_BASE_URL ?? app?.baseUrl;
  const baseUrl = explicitBase ? checkBaseUrl(explicitBase, flags.baseUrl ? '--base-url' : env.LARKSUITE_CLI_BASE_URL ? 'LARKSUITE_CLI_BASE_URL' : 'The profile base URL') : BRAND_HOSTS[brand].open;
  const accountsUrl = explicitBase ? baseUrl : BRAND_HOSTS[brand].accounts;
  const defaultAsRaw = env.LARKSUITE_CLI_DEFAULT_AS ?? app?.defaultAs;
  if (defaultAsRaw !== undefined && defaultAsRaw !== 'user' && defaultAsRaw !== 'bot' && defaultAsRaw !== 'auto') {
    throw new CliError('config', `The default identity "${defaultAsRaw}" is not user, bot or auto.`);
  }
  const appId = env.LARKSUITE_CLI_APP_ID ?? app?.appId;
  const appSecret = env.LARKSUITE_CLI_APP_SECRET ?? (env.LARKSUITE_CLI_APP_ID && env.LARKSUITE_CLI_APP_ID !== app?.appId ? undefined : app?.appSecret);
  return {
    profile: name,
    stored: !!app,
    ...(appId ? { appId } : {}),
    ...(appSecret ? { appSecret } : {}),
    brand,
    baseUrl,
    accountsUrl,
    ...(defaultAsRaw ? { defaultAs: defaultAsRaw } : {}),
    ...(env.LARKSUITE_CLI_TENANT_ACCESS_TOKEN ? { envTenantToken: env.LARKSUITE_CLI_TENANT_ACCESS_TOKEN } : {}),
    ...(env.LARKSUITE_CLI_USER_ACCESS_TOKEN ? { envUserToken: env.LARKSUITE_CLI_USER_ACCESS_TOKEN } : {}),
    ...(env.LARKSUITE_CLI_TIMEOUT_MS !== undefined ? { timeoutMs: timeoutOf(env.LARKSUITE_CLI_TIMEOUT_MS) } : {}),
  };
}

/** What is shown in place of a secret: only whether it is set, never any of its characters. */
export function mask(secret: string | undefined): string | undefined {
  return secret ? '********' : undefined;
}
