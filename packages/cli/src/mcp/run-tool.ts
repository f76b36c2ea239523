/**
 * Runs one tool call. Methods go through the SDK (which checks the arguments against the spec
 * before anything is sent), shortcuts through the CLI's own flag checker and behaviour modules;
 * both with the identity, login and scope checks of the CLI. Every failure becomes an `isError`
 * result saying what was wrong and how to fix it; nothing is thrown to the transport.
 */
import fs from 'node:fs';
import path from 'node:path';
import { downloadTarget } from '@larkgen/im-content/node';
import { CliError } from '../core/errors.js';
import { checkCardFields } from '../core/card-fields.js';
import type { Io } from '../core/io.js';
import { toCliError } from '../core/report.js';
import type { Session } from '../core/session.js';
import { fromSdkError } from '../core/sdk-errors.js';
import { safeReadPath } from '../core/paths.js';
import { methodLoaders, shortcutLoaders } from '../generated/loaders.js';
import { behaviours } from '../generated/behaviours.js';
import { checkIdentityFlags, checkShortcutFlags, shortcutContext } from '../commands/shortcut.js';
import { checked } from '../shortcuts/im/lib/errors.js';
import type { Identity, McpTool, MethodTool, ShortcutTool } from './types.js';
import type { LarkClient } from '@larkgen/sdk';

export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

type Args = Record<string, unknown>;

export class ToolRunner {
  private readonly clients = new Map<Identity, Promise<LarkClient>>();

  constructor(
    private readonly session: Session,
    private readonly as: Identity | 'auto',
    /** Its `cwd` is the files folder: every local path stays inside it. */
    private readonly io: Io,
  ) {}

  /** The result of calling `tool` (shown to the client as `name`) with `args`. */
  async call(tool: McpTool, name: string, args: Args | undefined): Promise<ToolResult> {
    try {
      const a = args ?? {};
      const known = Object.keys((tool.inputSchema.properties ?? {}) as object);
      const unknown = Object.keys(a).filter((k) => !known.includes(k));
      if (unknown.length) {
        throw new CliError('validation', `${name} takes no argument ${unknown.map((k) => `"${k}"`).join(', ')}.`, { hint: `Its arguments are ${known.join(', ')}.` });
      }
      const data = tool.kind === 'method' ? await this.method(tool, name, a) : await this.shortcut(tool, name, a);
      const structured = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
      return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
    } catch (e) {
      return errorResult(e);
    }
  }

  /** The identity for a tool: `--as`, else user when a usable login exists and the tool allows it, else bot. */
  private identity(tool: McpTool, name: string, preferred?: Identity): Identity {
    const id = this.session.resolveIdentity(this.as, tool.identities, name, preferred);
    if (id === 'user') this.session.checkUserScopes(tool.userScopes, name);
    else this.session.requireBotCredentials();
    return id;
  }

  private client(identity: Identity): Promise<LarkClient> {
    let c = this.clients.get(identity);
    if (!c) this.clients.set(identity, (c = import('../core/client.js').then((m) => m.makeClient(this.session, identity))));
    return c;
  }

  private async method(tool: MethodTool, name: string, a: Args): Promise<unknown> {
    const { command, binding } = await methodLoaders[tool.method]!();
    await checkCardFields(command.body?.fields, a.data, name);
    const identity = this.identity(tool, name);
    const req: { path?: Args; params?: Args; data?: Args } = {};
    if (a.path !== undefined) req.path = a.path as Args;
    if (a.params !== undefined) req.params = a.params as Args;
    if (a.data !== undefined) req.data = await this.withUploads(tool, a.data);
    const m = await import('../core/client.js');
    const fn = m.bind(await this.client(identity), binding);
    try {
      if (!tool.download) return await fn(req, { as: identity });
      return await this.download(req, a.save_as, (r) => fn(r, { as: identity }));
    } catch (e) {
      throw fromSdkError(e, { what: name, identity, scopes: this.scopesOf(tool, identity), session: this.session });
    }
  }

  private scopesOf(tool: McpTool, identity: Identity) {
    return identity === 'user' ? tool.userScopes : undefined;
  }

  /** File fields name a file inside the files folder; it is streamed from disk, never read into the answer. */
  private async withUploads(tool: MethodTool, data: unknown): Promise<Args> {
    if (!data || typeof data !== 'object' || Array.isArray(data) || !tool.uploads.length) return data as Args;
    const out: Args = { ...(data as Args) };
    for (const field of tool.uploads) {
      const v = out[field];
      if (v === undefined) continue;
      if (typeof v !== 'string') throw new CliError('validation', `data.${field} must be the path of a file inside the files folder, as a string.`);
      const abs = safeReadPath(this.io.cwd, v, `data.${field}`);
      const { fileFromPath } = await import('@larkgen/sdk/node');
      out[field] = await fileFromPath(abs);
    }
    return out;
  }

  private async download(req: { path?: Args }, saveAs: unknown, open: (r: object) => Promise<unknown>): Promise<unknown> {
    if (saveAs !== undefined && typeof saveAs !== 'string') throw new CliError('validation', 'save_as must be a relative path, as a string.');
    const keyField = Object.keys(req.path ?? {}).find((k) => k.endsWith('_key')) ?? 'file_key';
    const fileKey = String(req.path?.[keyField] ?? '');
    const where = (contentType?: string | null) =>
      checked(() => downloadTarget(this.io.cwd, { ...(saveAs !== undefined ? { output: saveAs } : {}), fileKey, contentType, outputField: 'save_as', keyField: `path.${keyField}` }));
    where(); // refused paths fail before anything is sent
    const dl = (await open(req)) as import('@larkgen/sdk').LarkDownload;
    const target = where(dl.contentType);
    const { toFile } = await import('@larkgen/sdk/node');
    fs.mkdirSync(path.dirname(target.absolute), { recursive: true });
    const r = await toFile(dl, target.absolute);
    return { saved_path: target.relative, size_bytes: r.bytes, ...(r.contentType ? { content_type: r.contentType } : {}) };
  }

  private async shortcut(tool: ShortcutTool, name: string, a: Args): Promise<unknown> {
    const s = (await shortcutLoaders[tool.shortcut]!()).shortcut;
    const raw = new Map<string, string | string[] | boolean>();
    for (const f of s.flags) {
      const v = a[f.name];
      if (v === undefined) continue;
      raw.set(f.name, flagText(f.name, f.type, v));
    }
    const values = await checkShortcutFlags(s, raw, this.io);
    const identity = this.identity(tool, name, s.defaultIdentity);
    checkIdentityFlags(s, values.given, identity);
    const load = behaviours[tool.shortcut];
    if (!load) throw new CliError('not_implemented', `${name} has no behaviour yet; nothing was sent.`, { hint: `Call the methods it uses instead: ${s.calls.join(', ')}.` });
    const { behaviour } = await load();
    const pages = { all: a['page-all'] === true, limit: typeof a['page-limit'] === 'number' ? a['page-limit'] : 10, delayMs: 200 };
    const { ctx } = shortcutContext({ shortcut: s, checked: values, identity, dryRun: false, format: 'json', pages, io: this.io, session: this.session });
    return (await behaviour.run(ctx)).data;
  }
}

/**
 * A JSON argument as the text the CLI's flag checker reads. Text is passed as given: `@name`
 * reads a file inside the files folder, as on the command line.
 */
function flagText(flag: string, type: string, v: unknown): string | string[] | boolean {
  const wrong = (what: string) => new CliError('validation', `${flag} must be ${what}, not ${JSON.stringify(v)}.`);
  switch (type) {
    case 'boolean':
      if (typeof v !== 'boolean') throw wrong('true or false');
      return v;
    case 'integer':
      if (typeof v !== 'number' || !Number.isInteger(v)) throw wrong('a whole number');
      return String(v);
    case 'list':
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw wrong('an array of strings');
      return v as string[];
    default:
      if (typeof v !== 'string') throw wrong('a string');
      return v;
  }
}

/** What went wrong and how to fix it, for the model; never a stack trace or a secret. */
export function errorResult(e: unknown): ToolResult {
  const err = toCliError(e);
  // Over MCP, flags are arguments: `--chat-id` reads `chat-id`.
  const message = err.message.replace(/--([a-z])/g, '$1');
  const issues = (err.options.detail as { issues?: { field: string; message: string }[] } | undefined)?.issues ?? [];
  const lines = issues.length
    ? [`Invalid arguments (${message.split(': ')[0]}):`, ...issues.map((i) => `- ${i.field} ${i.message}`)]
    : [`${err.kind === 'validation' ? 'Invalid arguments' : 'Failed'}: ${message}`];
  if (err.options.code !== undefined) lines.push(`Platform code: ${err.options.code}`);
  if (err.options.hint) lines.push(`Fix: ${err.options.hint}`);
  else if (err.kind === 'validation') lines.push("Fix: correct the arguments as the tool's input schema describes, then call it again.");
  if (err.options.consoleUrl) lines.push(`Console: ${err.options.consoleUrl}`);
  return { content: [{ type: 'text', text: lines.join('\n') }], isError: true };
}
