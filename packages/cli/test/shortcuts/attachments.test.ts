/** --attachment on +messages-send / +messages-reply: the post's attachment zone, end to end. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setupEnv, type Env } from '../helpers.js';
import { expectRefused, planOf } from './send-fixtures.js';

let env: Env;
beforeAll(async () => {
  env = await setupEnv({}, 'in-process');
});
afterAll(async () => {
  await env?.close();
});

describe('--attachment', () => {
  it('sends a Markdown post with an attachment zone the emulator accepts', async () => {
    const key = [...env.emu.state.resources.values()].find((r) => r.key.startsWith('file_'))!.key;
    const plan = planOf(await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--markdown', 'Report attached', '--attachment', `${key},folder:fldAbc`, '--dry-run']));
    expect(JSON.parse(plan[0]!.body.content)).toEqual({ zh_cn: { content: [[{ tag: 'md', text: 'Report attached' }]] }, files: [{ key }, { key: 'fldAbc', is_folder: true }] });
    const r = await env.run(['im', '+messages-reply', '--message-id', 'om_hello', '--markdown', 'Report attached', '--attachment', key]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(env.emu.state.messages.get(json(r).data.message_id)!.content).files).toEqual([{ key }]);
  });

  it('is refused next to a non-post message, before anything is sent', async () => {
    const before = await env.lastRequestId();
    await expectRefused(env, await env.run(['im', '+messages-send', '--chat-id', 'oc_general', '--text', 'hi', '--attachment', 'file_x']), /--attachment only goes with a post/, before);
  });
});
