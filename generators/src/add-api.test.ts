/**
 * "Adding an API means editing one spec and regenerating — nothing else." This test does exactly
 * that in a copy of the repository's specs and checks that every output grows the new method.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpecModel } from '@larkgen/spec';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, NOT_EMULATED_CODE, type Emulator } from '@larkgen/emulator';
import { runGenerate } from './run.js';
import { generationCopy, snapshot } from './test-support/generation.js';

/** The new method, as a maintainer would add it to specs/im/resources/pins.yaml. */
const NEW_METHOD = `
  count:
    version: v1
    http: GET
    path: /open-apis/im/v1/chats/{chat_id}/pin_count
    summary: Count the pinned messages of a chat
    description: Returns how many messages are pinned in a chat. The caller must be a member.
    risk: read
    identities:
      bot:
        scopes:
          anyOf: [im:message.pins:read]
      user:
        scopes:
          anyOf: [im:message.pins:read]
    pathParams:
      chat_id:
        type: string
        description: The chat whose pins are counted (oc_…).
    response:
      type: object
      properties:
        count:
          type: integer
          description: Number of pinned messages.
    errors: []
    examples:
      - title: Count the pins of General
        as: bot
        request:
          path:
            chat_id: oc_general
        response:
          count: 1
`;

let root: string;
let before: Map<string, string>;
let after: Map<string, string>;
let emu: Emulator | undefined;

beforeAll(() => {
  // A generated copy of the repository's specs (the generation shared by this worker's test files).
  root = generationCopy();
  before = snapshot(root);
  fs.appendFileSync(path.join(root, 'specs/im/resources/pins.yaml'), NEW_METHOD);
  expect(runGenerate({ root, specsDir: path.join(root, 'specs'), check: false, out: () => {}, err: (s) => process.stderr.write(s + '\n') })).toBe(0);
  after = snapshot(root);
}, 300_000);

afterAll(async () => {
  await emu?.close();
});

describe('adding a method to one spec file', () => {
  it('changes nothing but that spec and generated files', () => {
    const changed = [...after.keys()].filter((f) => before.get(f) !== after.get(f)).sort();
    const inputs = changed.filter((f) => f.startsWith('specs/'));
    expect(inputs).toEqual(['specs/im/resources/pins.yaml']);
    for (const f of changed.filter((x) => !x.startsWith('specs/'))) {
      expect(after.get(f)!.slice(0, 1200), f).toMatch(/GENERATED FILE - DO NOT EDIT/);
    }
    expect(changed.length).toBeGreaterThan(5);
  });

  it('gives the SDK a bound method, a standalone function and a descriptor', () => {
    const sdk = after.get('packages/sdk/src/generated/im/pins.ts')!;
    expect(sdk).toMatch(/export const imPinsCount = .*\(imPinsCountDescriptor\);/);
    expect(sdk).toContain('  count: imPinsCount,');
    expect(sdk).toContain('/** The data of a successful `im.pins.count`. */');
    expect(after.get('packages/sdk/src/generated/im/descriptors/im.pins.count.ts')).toContain("export const imPinsCountDescriptor: MethodDescriptor = {\n  id: 'im.pins.count',");
    expect(after.get('packages/sdk/src/generated/descriptors.ts')).toContain("'im.pins.count': imPinsCountDescriptor,");
  });

  it('gives the CLI a command and a schema entry', () => {
    expect(after.get('packages/cli/src/generated/methods/im.pins.count.ts')).toContain('"id":"im.pins.count"');
    expect(after.get('packages/cli/src/generated/docs/im.pins.count.ts')).toContain('Returns how many messages are pinned in a chat.');
    expect(after.get('packages/cli/src/generated/loaders.ts')).toContain(`"im.pins.count": () => import('./methods/im.pins.count.js'),`);
  });

  it('gives the docs a page, linked from its resource page', () => {
    expect(after.get('packages/skills/lark-im/references/api/im.pins.count.md')).toContain('GET /open-apis/im/v1/chats/{chat_id}/pin_count');
    expect(after.get('packages/skills/lark-im/references/resources/pins.md')).toContain('(../api/im.pins.count.md)');
    expect(after.get('packages/skills/lark-im/SKILL.md')).toContain('(references/resources/pins.md)');
  });

  it('gives the OpenAPI document the path', () => {
    const doc = JSON.parse(after.get('packages/openapi/openapi.json')!);
    expect(doc.paths['/open-apis/im/v1/chats/{chat_id}/pin_count'].get.operationId).toBe('im.pins.count');
  });

  it('gives the emulator a route that answers "not emulated", naming the method', async () => {
    const { model } = JSON.parse(after.get('packages/emulator/src/generated/spec-model.json')!) as { model: SpecModel };
    emu = await startEmulator({ port: 0, model });
    const tokenRes = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }),
    });
    const { tenant_access_token } = (await tokenRes.json()) as { tenant_access_token: string };
    const r = await fetch(`${emu.url}/open-apis/im/v1/chats/oc_general/pin_count`, { headers: { authorization: `Bearer ${tenant_access_token}` } });
    const body = (await r.json()) as { code: number; msg: string };
    expect(r.status).toBe(501);
    expect(body.code).toBe(NOT_EMULATED_CODE);
    expect(body.msg).toContain('im.pins.count');
  });
});
