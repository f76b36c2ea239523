import type { Identity, Method } from '@larkgen/spec';
import { LOGO_PNG } from '../seed.js';
import { startEmulator, type Emulator } from '../server.js';
import { loadModel } from '../model.js';
import type { EmulatorOptions } from '../options.js';

export const model = loadModel();

export function methodById(id: string): Method {
  const m = model.methods.find((x) => x.id === id);
  if (!m) throw new Error(`no method ${id}`);
  return m;
}

export interface CallInput {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
  /** Raw body text, sent as is (JSON content type). */
  rawBody?: string;
  as?: Identity;
  /** Explicit Authorization header value (overrides `as`). */
  auth?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  json: any;
  bytes?: Buffer;
}

export class TestClient {
  private tenant?: string;
  private readonly users = new Map<string, string>();

  constructor(readonly emu: Emulator) {}

  get url(): string {
    return this.emu.url;
  }

  async tenantToken(): Promise<string> {
    if (!this.tenant) {
      const r = await fetch(`${this.url}/open-apis/auth/v3/tenant_access_token/internal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ app_id: this.emu.appId, app_secret: this.emu.appSecret }),
      });
      this.tenant = ((await r.json()) as { tenant_access_token: string }).tenant_access_token;
    }
    return this.tenant;
  }

  /** A user token for `openId` with every enabled scope (or the given ones). */
  userToken(openId = 'ou_alice', scopes?: readonly string[]): string {
    // Keyed by the scopes it carries: "every enabled scope" changes when the app's scopes do.
    const key = `${openId}|${(scopes ?? this.emu.state.app.enabled_scopes).join(',')}`;
    let t = this.users.get(key);
    if (!t) {
      t = this.emu.issueUserToken(openId, scopes).access_token;
      this.users.set(key, t);
    }
    return t;
  }

  forget(): void {
    this.tenant = undefined;
    this.users.clear();
  }

  /** Calls a spec method by id, filling its path template. */
  async call(methodId: string, input: CallInput = {}, userOpenId = 'ou_alice'): Promise<CallResult> {
    const m = methodById(methodId);
    let p = m.path;
    for (const [k, v] of Object.entries(input.path ?? {})) p = p.replace(`{${k}}`, encodeURIComponent(String(v)));
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(input.query ?? {})) {
      if (Array.isArray(v)) for (const x of v) qs.append(k, String(x));
      else if (v !== undefined) qs.append(k, String(v));
    }
    const url = `${this.url}${p}${qs.size ? `?${qs.toString()}` : ''}`;
    const headers: Record<string, string> = { ...(input.headers ?? {}) };
    if (input.auth !== null) {
      headers.authorization =
        input.auth ?? `Bearer ${(input.as ?? m.identityList[0]) === 'user' ? this.userToken(userOpenId) : await this.tenantToken()}`;
    }
    let body: BodyInit | undefined;
    if (input.rawBody !== undefined) {
      body = input.rawBody;
      headers['content-type'] = 'application/json; charset=utf-8';
    } else if (m.body?.encoding === 'multipart' && input.body) {
      const fd = new FormData();
      for (const [k, v] of Object.entries(input.body)) {
        const f = m.body.fields[k];
        if (f?.type === 'file' || Buffer.isBuffer(v)) {
          const data = Buffer.isBuffer(v) ? v : fileFor(String(v));
          fd.append(k, new Blob([new Uint8Array(data)]), typeof v === 'string' ? v.replace(/^@/, '') : 'upload.bin');
        } else fd.append(k, String(v));
      }
      body = fd;
    } else if (input.body !== undefined) {
      body = JSON.stringify(input.body);
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    const r = await fetch(url, { method: m.http, headers, body });
    const type = r.headers.get('content-type') ?? '';
    if (type.startsWith('application/json')) return { status: r.status, headers: r.headers, json: await r.json() };
    const bytes = Buffer.from(await r.arrayBuffer());
    return { status: r.status, headers: r.headers, json: undefined, bytes };
  }
}

/** Bytes for a file named in an example (`@logo.png`, `@report.pdf`, …). */
export function fileFor(name: string): Buffer {
  if (/\.(png|jpe?g|gif)$/i.test(name)) return LOGO_PNG;
  return Buffer.from(`demo file ${name}\n`.repeat(8));
}

export async function startTest(opts: EmulatorOptions = {}): Promise<TestClient> {
  const emu = await startEmulator(opts);
  return new TestClient(emu);
}
