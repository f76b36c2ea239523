import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Method } from '@larkgen/spec';
import { invalidParamCode } from './model.js';
import { model, startTest, type TestClient } from './test-support/harness.js';

let client: TestClient;
const allScopes = Object.keys(model.scopes);
/** The scopes the demo app starts with. */
let enabledScopes: readonly string[];

// One demo tenant for the file: every request here is refused before a handler runs, so none
// changes it; the only change, the app's scopes, is undone after each test that makes it.
beforeAll(async () => {
  client = await startTest();
  enabledScopes = [...client.emu.state.app.enabled_scopes];
});
afterAll(async () => {
  await client.emu.close();
});

function firstExample(m: Method) {
  return m.examples.find((e) => (e.as ?? m.identityList[0]) === m.identityList[0]) ?? m.examples[0]!;
}

function scopesOf(m: Method, who: 'bot' | 'user'): string[] {
  const r = m.identities[who]!.scopes;
  return [...r.anyOf, ...r.allOf];
}

describe('missing scope: the app has not enabled any scope the method accepts (99991672)', () => {
  afterEach(() => client.emu.setScopes(enabledScopes));
  it.each(model.methods.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    const who = m.identityList[0]!;
    const needed = scopesOf(m, who);
    client.emu.setScopes(allScopes.filter((s) => !needed.includes(s)));
    const ex = firstExample(m);
    const r = await client.call(m.id, { ...ex.request, as: who });
    expect(r.status).toBe(400);
    expect(r.json.code).toBe(99991672);
    expect(r.json.msg).toMatch(/^Access denied\. One of the following scopes is required/);
    const subjects = (r.json.error.permission_violations as { type: string; subject: string }[]).map((v) => v.subject).sort();
    expect(subjects).toEqual([...needed].sort());
    expect(r.json.error.permission_violations[0].type).toBe('action_scope_required');
    expect(r.json.error.log_id).toBe(r.headers.get('x-tt-logid'));
  });
});

const single = model.methods.filter((m) => m.identityList.length === 1);

describe('wrong identity: a method that does not accept the caller\'s token kind', () => {
  it.each(single.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    const ex = firstExample(m);
    const other = m.identityList[0] === 'bot' ? 'user' : 'bot';
    const r = await client.call(m.id, { ...ex.request, as: other });
    expect(r.status).toBe(400);
    if (other === 'user') {
      expect(r.json.code).toBe(99991668);
      expect(r.json.msg).toBe('user access token not support');
    } else {
      expect(r.json.code).toBe(99991663);
    }
  });
});

const userMethods = model.methods.filter((m) => m.identities.user);

describe('user token without the scope: 99991679', () => {
  it.each(userMethods.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    const needed = scopesOf(m, 'user');
    const token = client.emu.issueUserToken('ou_alice', allScopes.filter((s) => !needed.includes(s))).access_token;
    const ex = m.examples.find((e) => e.as === 'user') ?? firstExample(m);
    const r = await client.call(m.id, { ...ex.request, auth: `Bearer ${token}` });
    expect(r.json.code).toBe(99991679);
    expect((r.json.error.permission_violations as { subject: string }[]).map((v) => v.subject).sort()).toEqual([...needed].sort());
    expect(r.json.error.permission_violations[0].type).toBe('action_privilege_required');
  });
});

/** A request that breaks the method's parameter definitions: a required field dropped, or a wrong type. */
function broken(m: Method) {
  const ex = firstExample(m);
  const req = {
    path: { ...(ex.request.path ?? {}) },
    query: { ...(ex.request.query ?? {}) } as Record<string, unknown>,
    body: ex.request.body ? { ...ex.request.body } : undefined,
  };
  for (const [k, f] of Object.entries(m.query)) {
    if (f.required) {
      delete req.query[k];
      return { req, field: k };
    }
  }
  if (m.body && req.body) {
    for (const [k, f] of Object.entries(m.body.fields)) {
      if (f.required) {
        delete req.body[k];
        return { req, field: k };
      }
    }
  }
  for (const [k, f] of Object.entries(m.query)) {
    if (f.enum || f.type === 'integer') {
      req.query[k] = f.repeated ? ['%%bad%%'] : '%%bad%%';
      return { req, field: k };
    }
  }
  if (m.body) {
    req.body = { ...(req.body ?? {}), not_a_field: 1 };
    return { req, field: 'not_a_field' };
  }
  req.query.not_a_param = 'x';
  return { req, field: 'not_a_param' };
}

describe('invalid parameter: refused before the handler runs, with field_violations', () => {
  it.each(model.methods.map((m) => [m.id, m] as const))('%s', async (_id, m) => {
    const { req, field } = broken(m);
    const r = await client.call(m.id, { ...req, as: m.identityList[0] });
    expect(r.status).toBe(400);
    expect(r.json.code).toBe(invalidParamCode(m));
    const own = m.errors.find((e) => e.code === r.json.code);
    if (own) expect(r.json.msg).toBe(own.message);
    expect((r.json.error.field_violations as { field: string }[]).map((v) => v.field)).toContain(field);
    expect(r.json.error.log_id).toMatch(/^\d{14}/);
  });
});
