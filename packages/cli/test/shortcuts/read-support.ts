/**
 * Helpers for the tests of the read shortcuts and the download: a user token from the emulator,
 * the emulator's request log since a point, and checks that a refused command sent nothing.
 */
import { expect } from 'vitest';
import { errorOf, json, type Env, type RunResult } from '../helpers.js';

export interface LoggedRequest {
  readonly log_id: string;
  readonly http: string;
  readonly path: string;
  readonly method_id?: string;
  readonly identity?: string;
  readonly status: number;
  readonly code?: number;
}

/** The whole request log (newest last). */
export async function requestLog(env: Env): Promise<LoggedRequest[]> {
  const res = await fetch(`${env.emu.url}/__emulator/requests?limit=1000`);
  return ((await res.json()) as { data: { items: LoggedRequest[] } }).data.items;
}

/** A marker of "now" in the request log; the API requests logged after it (token calls left out). */
export async function mark(env: Env): Promise<() => Promise<LoggedRequest[]>> {
  const seen = (await requestLog(env)).at(-1)?.log_id;
  return async () => {
    const all = await requestLog(env);
    const after = seen === undefined ? all : all.slice(all.findIndex((r) => r.log_id === seen) + 1);
    return after.filter((r) => !r.path.includes('/auth/v3/') && !r.path.includes('/authen/'));
  };
}

/** Method ids of logged requests, in order. */
export const ids = (rs: readonly LoggedRequest[]) => rs.map((r) => r.method_id);

/** A user access token for `openId` (every scope the app has), for LARKSUITE_CLI_USER_ACCESS_TOKEN. */
export function userEnv(env: Env, openId = 'ou_alice'): Record<string, string> {
  return { LARKSUITE_CLI_USER_ACCESS_TOKEN: env.emu.issueUserToken(openId).access_token };
}

/** Runs a command that must be refused as bad input: exit 2, the message matches, nothing sent. */
export async function expectRefused(env: Env, args: readonly string[], message: RegExp, o: { env?: Record<string, string> } = {}): Promise<void> {
  const since = await mark(env);
  const r = await env.run(args, o);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(2);
  const e = errorOf(r).error;
  expect(e.type).toBe('validation');
  expect(e.message).toMatch(message);
  expect(r.stdout).toBe('');
  expect(await since()).toEqual([]);
}

/** The `data` of a success envelope, after checking the exit code. */
export function dataOf<T = any>(r: RunResult): T {
  expect(r.code, r.stderr).toBe(0);
  return json<{ ok: true; data: T }>(r).data;
}

/** The planned requests of a --dry-run. */
export function planOf(r: RunResult): { method: string; url: string; params: Record<string, unknown>; body: unknown; identity: string; headers?: Record<string, string> }[] {
  expect(r.code, r.stderr).toBe(0);
  return json(r).api;
}

/** The query of a planned URL as [key, value] pairs, in order (repeated keys kept). */
export function queryOf(url: string): [string, string][] {
  return [...new URL(url).searchParams.entries()];
}

/** Sends a text message with the API command (not the shortcut) and returns its id. */
export async function sendText(env: Env, chatId: string, text: string, o: { env?: Record<string, string>; as?: 'bot' | 'user' } = {}): Promise<string> {
  const r = await env.run(
    ['im', 'messages', 'create', '--receive-id-type', chatId.startsWith('ou_') ? 'open_id' : 'chat_id', '--receive-id', chatId, '--msg-type', 'text', '--content', JSON.stringify({ text }), '--as', o.as ?? 'bot'],
    o.env ? { env: o.env } : {},
  );
  expect(r.code, r.stderr).toBe(0);
  return (json(r) as { data: { message_id: string } }).data.message_id;
}
