/**
 * Shared pieces of the send / reply / chat shortcut tests: small but real media files (a PNG, an
 * MP4 with a duration, an Ogg Opus file with a duration), the emulator's request log and state,
 * and user tokens.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import type { Env, RunResult } from '../helpers.js';
import { errorOf } from '../helpers.js';

/** A valid 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

function box(type: string, ...payload: Uint8Array[]): Buffer {
  const body = Buffer.concat(payload);
  const out = Buffer.alloc(8 + body.length);
  out.writeUInt32BE(out.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  return out;
}

/** An MP4 whose movie header says `durationMs` (timescale 1000). */
export function mp4(durationMs: number): Buffer {
  const mvhd = Buffer.alloc(20);
  mvhd.writeUInt32BE(1000, 12);
  mvhd.writeUInt32BE(durationMs, 16);
  return Buffer.concat([box('ftyp', Buffer.from('isom\0\0\0\0', 'latin1')), box('mdat', Buffer.alloc(256, 7)), box('moov', box('mvhd', mvhd))]);
}

function oggPage(serial: number, granule: bigint, packet: Uint8Array): Buffer {
  const out = Buffer.alloc(27 + 1 + packet.length);
  out.write('OggS', 0, 'latin1');
  out.writeBigInt64LE(granule, 6);
  out.writeUInt32LE(serial, 14);
  out.writeUInt8(1, 26);
  out.writeUInt8(packet.length, 27);
  Buffer.from(packet).copy(out, 28);
  return out;
}

/** An Ogg Opus file lasting `durationMs` (48 kHz granules, no pre-skip). */
export function opus(durationMs: number): Buffer {
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'latin1');
  head[8] = 1;
  head[9] = 1;
  return Buffer.concat([oggPage(3, 0n, head), oggPage(3, 0n, Buffer.from('OpusTags')), oggPage(3, BigInt(durationMs * 48), Buffer.alloc(120, 1))]);
}

export function write(env: Env, name: string, data: Buffer | string): string {
  const abs = path.join(env.cwd, name);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, data);
  return name;
}

export interface LoggedRequest {
  at: number;
  log_id: string;
  http: string;
  path: string;
  method_id?: string;
  identity?: string;
  status: number;
  code: number;
}

/** Every request the emulator logged after the one with `afterLogId` (all of them without it). */
export async function requestsSince(env: Env, afterLogId: string | undefined): Promise<LoggedRequest[]> {
  const res = await fetch(`${env.emu.url}/__emulator/requests?limit=1000`);
  const items = ((await res.json()) as { data: { items: LoggedRequest[] } }).data.items;
  if (!afterLogId) return items;
  const i = items.findIndex((x) => x.log_id === afterLogId);
  return i < 0 ? items : items.slice(i + 1);
}

/** The method ids of the API requests logged since `afterLogId` (token requests left out). */
export async function methodsSince(env: Env, afterLogId: string | undefined): Promise<string[]> {
  return (await requestsSince(env, afterLogId)).map((r) => r.method_id ?? `${r.http} ${r.path}`).filter((m) => !m.startsWith('auth.') && !m.includes('tenant_access_token'));
}

/** The emulator's whole state (resources without their bytes). */
export async function emulatorState(env: Env): Promise<any> {
  return ((await (await fetch(`${env.emu.url}/__emulator/state`)).json()) as { data: any }).data;
}

/** A user access token from the emulator's admin API (all the app's scopes unless given). */
export async function userToken(env: Env, openId = 'ou_alice', scopes?: string[]): Promise<string> {
  const res = await fetch(`${env.emu.url}/__emulator/tokens/user`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ open_id: openId, ...(scopes ? { scopes } : {}) }),
  });
  return ((await res.json()) as { data: { access_token: string } }).data.access_token;
}

/** Sets emulator faults (an empty object clears them). */
export async function setFaults(env: Env, faults: Record<string, unknown>): Promise<void> {
  await fetch(`${env.emu.url}/__emulator/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faults) });
}

/** Asserts an invalid-input failure: exit 2, the message, and nothing sent since `before`. */
export async function expectRefused(env: Env, r: RunResult, message: RegExp, before: string | undefined): Promise<void> {
  expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(2);
  const e = errorOf(r).error;
  expect(e.type).toBe('validation');
  expect(`${e.message} ${e.hint ?? ''}`).toMatch(message);
  expect(r.stdout).toBe('');
  expect(await env.lastRequestId()).toBe(before);
}

/** The dry-run plan printed on stdout. */
export interface Planned {
  method: string;
  url: string;
  params: Record<string, unknown>;
  body: any;
  identity: string;
  content_type?: string;
}

export function planOf(r: RunResult): Planned[] {
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { api: Planned[] }).api;
}

/** A small HTTP server on 127.0.0.1 for remote Markdown images; records every request. */
export interface ImageServer {
  readonly url: string;
  readonly hits: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function imageServer(routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void>): Promise<ImageServer> {
  const hits: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0]!;
    hits.push({ path: p, headers: req.headers });
    const h = routes[p];
    if (h) h(req, res);
    else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
