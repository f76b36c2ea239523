/**
 * `lark-cli api <METHOD> <path> [--params] [--data]`: any /open-apis/ path. When the path is a
 * specified method, its spec applies (identities, validation, --yes, multipart, downloads), and
 * the call goes through that method's command; otherwise the SDK's raw request is used.
 */
import { parseFlags } from '../core/argv.js';
import { CliError } from '../core/errors.js';
import { API_FLAGS, CALL_FLAGS, COMMON_FLAGS, bool, readCallOptions, readPageOptions, str } from '../core/globals.js';
import { InputReader } from '../core/input.js';
import type { Io } from '../core/io.js';
import { runState } from '../core/run-state.js';
import { Session } from '../core/session.js';
import { didYouMean } from '../core/suggest.js';
import { emitResult, checkJqOrThrow } from '../core/emit.js';
import { fromSdkError } from '../core/sdk-errors.js';
import { rowsOf } from '../core/output.js';
import { encodeQuery, maskSecrets } from '../core/plan.js';
import { services } from '../generated/index.js';
import { methodLoaders } from '../generated/loaders.js';
import { runMethod } from './method.js';
import { safeWritePath, atomicWrite } from '../core/paths.js';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const HELP = `lark-cli api <METHOD> <path> [flags]

Calls any Open API path, e.g.
  lark-cli api GET /open-apis/im/v1/chats --params '{"page_size":20}'
  lark-cli api POST /open-apis/im/v1/messages --params '{"receive_id_type":"chat_id"}' \\
      --data '{"receive_id":"oc_general","msg_type":"text","content":"{\\"text\\":\\"hi\\"}"}'

A path that matches a specified method is checked against its spec (identities, parameters,
--yes for high-risk writes, --file for multipart, -o for files). Other paths are sent as given.

Flags:
  --params JSON     query parameters (JSON object, @file or -)
  --data JSON       JSON body (JSON object, @file or -)
  --file F=PATH     multipart file field (specified methods only)
  -o PATH           write a file answer to this relative path
  --as user|bot|auto, --format, --jq, --dry-run, --yes, --page-all, --profile, --base-url
`;

/** Finds the specified method whose template matches `path` (e.g. /open-apis/im/v1/chats/{chat_id}). */
export function matchMethod(http: string, path: string): { id: string; values: Record<string, string> } | undefined {
  for (const s of services) {
    for (const r of s.resources) {
      for (const m of r.methods) {
        if (m.http !== http) continue;
        const names: string[] = [];
        const re = new RegExp(
          '^' + m.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, n: string) => {
            names.push(n);
            return '([^/]+)';
          }) + '$',
        );
        const hit = re.exec(path);
        if (!hit) continue;
        // Prefer a literal route over a template one (e.g. /chats/search vs /chats/{chat_id}).
        const values = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(hit[i + 1]!)]));
        const id = `${s.name}.${r.name}.${m.name}`;
        if (!names.length) return { id, values };
        candidates.push({ id, values, literal: m.path.replace(/\{\w+\}/g, '').length });
      }
    }
  }
  const best = candidates.sort((a, b) => b.literal - a.literal)[0];
  candidates.length = 0;
  return best && { id: best.id, values: best.values };
}
const candidates: { id: string; values: Record<string, string>; literal: number }[] = [];

export async function runApi(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, [...API_FLAGS, ...CALL_FLAGS, ...COMMON_FLAGS], 'lark-cli api');
  if (bool(p, 'no-color')) runState.noColor = true;
  if (bool(p, 'help')) {
    io.out(HELP);
    return 0;
  }
  const [methodRaw, pathRaw, ...extra] = p.positionals;
  if (!methodRaw || !pathRaw) throw new CliError('validation', 'api needs an HTTP method and a path, e.g. lark-cli api GET /open-apis/im/v1/chats.');
  if (extra.length) throw new CliError('validation', `Unexpected argument "${extra[0]}" for lark-cli api.`, { hint: 'Query parameters go in --params, the body in --data.' });
  const http = methodRaw.toUpperCase();
  if (!METHODS.includes(http)) throw new CliError('validation', `"${methodRaw}" is not an HTTP method here; use ${METHODS.join(', ')}.${didYouMean(http, METHODS)}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathRaw)) {
    throw new CliError('validation', `api takes a path, not a URL: "${pathRaw}".`, { hint: 'Give /open-apis/…; choose the server with --base-url.' });
  }
  let apiPath = pathRaw.startsWith('/') ? pathRaw : `/${pathRaw}`;
  if (!apiPath.startsWith('/open-apis/')) apiPath = `/open-apis${apiPath}`;
  if (/[?#]/.test(apiPath)) throw new CliError('validation', `The path must not carry a query or fragment: put query values in --params.`);
  if (/\.\.|[\u0000-\u001f\u007f\\]|\/\//.test(apiPath) || /%2e|%2f|%5c/i.test(apiPath)) {
    throw new CliError('validation', `The path "${apiPath.replace(/[\u0000-\u001f\u007f]/g, '?')}" is refused: no "..", "//", backslashes, encoded separators or control characters.`);
  }

  const matched = matchMethod(http, apiPath);
  if (matched) {
    // A specified method: run it as its own command, so the spec applies in full.
    const { command } = await methodLoaders[matched.id]!();
    const reader = new InputReader(io);
    const paramsRaw = str(p, 'params');
    const params = paramsRaw !== undefined ? await reader.object(paramsRaw, '--params') : {};
    for (const [k, v] of Object.entries(matched.values)) {
      if (k in params && params[k] !== v) throw new CliError('validation', `${k} is given in the path and in --params with different values.`);
    }
    const rest: string[] = [];
    const merged = { ...params, ...matched.values };
    if (Object.keys(merged).length) rest.push('--params', JSON.stringify(merged));
    // Pass every other flag through unchanged.
    let skipMethod = true;
    let skipPath = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (skipMethod && t === methodRaw) {
        skipMethod = false;
        continue;
      }
      if (skipPath && t === pathRaw) {
        skipPath = false;
        continue;
      }
      if (t === '--params') {
        i++;
        continue;
      }
      if (t.startsWith('--params=')) continue;
      rest.push(t);
    }
    return runMethod(command, rest, io);
  }

  const opts = readCallOptions(p);
  const pages = readPageOptions(p);
  if (pages.all) throw new CliError('validation', `--page-all needs a specified paginated method; ${http} ${apiPath} is not one.`);
  if (p.values.has('file')) throw new CliError('validation', `--file needs a specified multipart method; ${http} ${apiPath} is not one.`);
  const reader = new InputReader(io);
  const paramsRaw = str(p, 'params');
  const dataRaw = str(p, 'data');
  const params = paramsRaw !== undefined ? await reader.object(paramsRaw, '--params') : undefined;
  const data = dataRaw !== undefined ? await reader.object(dataRaw, '--data') : undefined;
  if (data !== undefined && http === 'GET') throw new CliError('validation', 'A GET request has no body: put its values in --params.');
  const session = new Session(io.env, { profile: opts.profile, baseUrl: opts.baseUrl });
  const identity = session.resolveIdentity(opts.as, ['bot', 'user'], `${http} ${apiPath}`);
  session.setIdentity(identity);
  if (opts.jq !== undefined) await checkJqOrThrow(opts.jq);
  const out = str(p, 'output');
  const outAbs = out !== undefined && out !== '-' ? safeWritePath(io.cwd, out, '-o/--output') : undefined;
  if (opts.dryRun) {
    const plan = {
      method: http,
      url: session.settings.baseUrl + apiPath + encodeQuery((maskSecrets(params ?? {}) as Record<string, unknown>)),
      params: maskSecrets(params ?? {}),
      body: data === undefined ? null : maskSecrets(data),
      identity,
    };
    const payload = { api: [plan], identity };
    await emitResult(io, { ...opts, format: 'json' }, { payload, data: payload, rows: [payload] });
    return 0;
  }
  if (identity === 'bot') session.requireBotCredentials();
  else await session.userAccessToken();
  const { makeClient, larkRequest } = await import('../core/client.js');
  const client = makeClient(session, identity);
  try {
    const binary = out !== undefined;
    const res = await larkRequest<unknown>(client, http as 'GET', apiPath, { ...(params ? { params } : {}), ...(data ? { data } : {}) }, { as: identity, binary });
    if (binary) {
      const bytes = new Uint8Array(await (res.data as Response).arrayBuffer());
      if (out === '-' || !outAbs) await io.outBytes(bytes);
      else atomicWrite(outAbs, bytes);
      const info = { path: out, bytes: bytes.length };
      if (out !== '-') await emitResult(io, opts, { payload: { ok: true, identity, data: info }, data: info, rows: [info] });
      return 0;
    }
    const payload = { code: 0, msg: res.msg || 'success', data: res.data ?? {} };
    await emitResult(io, opts, { payload, data: payload.data, rows: rowsOf(payload.data) });
    return 0;
  } catch (e) {
    throw fromSdkError(e, { what: `${http} ${apiPath}`, identity, session });
  }
}
