/**
 * Every method through its API command in --dry-run, table-driven over the SDK's descriptor table
 * and every example of the spec: once with --params/--data and once with the typed per-field
 * flags. The planned request must be exactly what the SDK would send, and nothing is sent.
 * The CLI runs in this process (its main()); every sixteenth case also runs as the built CLI in
 * a child process, so the shipped bundle is held to the same plans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { descriptors } from '@larkgen/sdk/descriptors';
import { fillPath } from '@larkgen/sdk';
import { docLoaders } from '../src/generated/loaders.js';
import type { MethodExampleMeta } from '../src/meta.js';
import { json, setupEnv, shellWords, type Env } from './helpers.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => env?.close());

interface Case {
  id: string;
  example: MethodExampleMeta;
  index: number;
}

const cases: Case[] = [];
for (const id of Object.keys(descriptors).sort()) {
  const { doc } = await docLoaders[id]!();
  doc.examples.forEach((example, index) => cases.push({ id, example, index }));
}

function fileFields(id: string): string[] {
  const d = descriptors[id as keyof typeof descriptors];
  return Object.entries(d.body?.fields ?? {}).filter(([, f]) => f.type === 'file').map(([n]) => n);
}

/** Makes the local files an example's multipart body names, and returns the body the plan should show. */
function expectedBody(c: Case, cwd: string): unknown {
  const body = c.example.request.body as Record<string, unknown> | undefined;
  const d = descriptors[c.id as keyof typeof descriptors];
  if (!body) return d.body ? null : null;
  const out: Record<string, unknown> = { ...body };
  for (const f of fileFields(c.id)) {
    if (typeof body[f] !== 'string') continue;
    const name = String(body[f]).replace(/^@/, '');
    const content = `test content for ${name}`;
    fs.writeFileSync(path.join(cwd, name), content);
    out[f] = `<file ./${name}, ${Buffer.byteLength(content)} bytes>`;
  }
  // A card's callback token is a credential: the plan masks it like any other token.
  if (typeof out.token === 'string') out.token = '********';
  return out;
}

function checkPlan(c: Case, stdout: unknown, body: unknown) {
  const d = descriptors[c.id as keyof typeof descriptors];
  const plan = (stdout as { api: { method: string; url: string; params: Record<string, unknown>; body: unknown; identity: string }[] }).api;
  expect(plan).toHaveLength(1);
  const p = plan[0]!;
  expect(p.method).toBe(d.http);
  const url = new URL(p.url);
  expect(url.origin).toBe(env.emu.url);
  expect(url.pathname).toBe(fillPath(d.path, (c.example.request.path ?? {}) as Record<string, string>));
  const query = (c.example.request.query ?? {}) as Record<string, unknown>;
  const expectedQuery: [string, string][] = [];
  for (const [k, v] of Object.entries(query)) for (const x of Array.isArray(v) ? v : [v]) expectedQuery.push([k, String(x)]);
  expect([...url.searchParams.entries()].sort()).toEqual(expectedQuery.sort());
  expect(p.body).toEqual(body);
  expect(p.identity).toBe(c.example.as ?? Object.keys(d.identities)[0]);
}

async function pool<T>(items: readonly T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) await fn(items[i++]!);
  }));
}

describe('dry-run of every method', () => {
  it('covers every method of the SDK descriptor table', () => {
    const ids = new Set(cases.map((c) => c.id));
    expect([...ids].sort()).toEqual(Object.keys(descriptors).sort());
    expect(cases.length).toBeGreaterThanOrEqual(Object.keys(descriptors).length);
  });

  it('plans the exact request with --params/--data and with typed flags, sending nothing', async () => {
    const before = await env.lastRequestId();
    const failures: string[] = [];
    await pool(cases, 4, async (c) => {
      const asChild = cases.indexOf(c) % 16 === 0;
      for (const form of ['raw', 'typed'] as const) {
        const line = form === 'raw' ? c.example.rawCommand : c.example.command;
        const args = shellWords(line).slice(1);
        const body = expectedBody(c, env.cwd);
        const r = await (asChild ? env.spawn : env.run)([...args, '--dry-run']);
        try {
          expect(r.code, r.stderr).toBe(0);
          checkPlan(c, json(r), body);
        } catch (e) {
          failures.push(`${c.id} example #${c.index + 1} (${form}): ${(e as Error).message.split('\n').slice(0, 6).join(' | ')}\n  ${line}`);
        }
      }
    });
    expect(failures).toEqual([]);
    expect(await env.lastRequestId()).toBe(before);
  }, 900_000);

  it('masks secrets in a planned body', async () => {
    const r = await env.run(['api', 'POST', '/open-apis/auth/v3/tenant_access_token/internal', '--data', '{"app_id":"cli_a7e3c9d15b2f4086","app_secret":"s3cr3t-value"}', '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('s3cr3t-value');
    expect(json(r).api[0].body).toEqual({ app_id: 'cli_a7e3c9d15b2f4086', app_secret: '********' });
  });

  it('shows repeated query keys and escaped path values', async () => {
    const r = await env.run(['im', 'messages', 'mget', '--message-ids', 'om_a,om_b', '--message-ids', 'om_c', '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    const url = new URL(json(r).api[0].url);
    expect(url.searchParams.getAll('message_ids')).toEqual(['om_a', 'om_b', 'om_c']);
    const r2 = await env.run(['im', 'chat.members', 'get', '--chat-id', 'oc_general', '--member-id-type', 'open_id', '--dry-run']);
    expect(r2.code, r2.stderr).toBe(0);
    expect(json(r2).api[0].url).toBe(`${env.emu.url}/open-apis/im/v1/chats/oc_general/members?member_id_type=open_id`);
  });
});
