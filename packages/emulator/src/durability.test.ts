/**
 * `--data FILE` under SIGKILL: the emulator runs as a child process, clients send messages
 * concurrently, and the process is killed the moment a set number of sends were acknowledged
 * (with more still in flight). Every acknowledged message must be there after a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from './index.js';
import { StateFileError } from './journal.js';
import { runBin } from './test-support/bin.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-emu-durable-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('acknowledged writes survive kill -9', () => {
  it('every acknowledged send is there after a restart', async () => {
    const file = path.join(dir, 'state.json');
    const emu = await runBin(['--port', '0', '--data', file]);
    const tok = await fetch(`${emu.url}/open-apis/auth/v3/tenant_access_token/internal`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: DEMO_APP_ID, app_secret: DEMO_APP_SECRET }),
    });
    const token = ((await tok.json()) as { tenant_access_token: string }).tenant_access_token;

    const KILL_AFTER = 120;
    const MAX_SENDS = 400;
    const acknowledged: string[] = [];
    let next = 0;
    let killed: Promise<void> | undefined;
    const worker = async () => {
      // Bounded: at most MAX_SENDS sends in all, and none after the kill.
      while (next < MAX_SENDS && !killed) {
        const i = next++;
        try {
          const r = await fetch(`${emu.url}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: `durable #${i}` }) }),
          });
          const body = (await r.json()) as { code: number; data?: { message_id: string } };
          if (body.code === 0) acknowledged.push(body.data!.message_id);
        } catch {
          // The connection died with the process: not acknowledged.
        }
        if (acknowledged.length >= KILL_AFTER) killed ??= emu.kill();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await killed;
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);

    const again = await startEmulator({ port: 0, dataFile: file });
    try {
      const lost = acknowledged.filter((id) => !again.state.messages.has(id));
      expect(lost).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

describe('a damaged state file', () => {
  it.each([
    ['truncated snapshot', (f: string) => fs.writeFileSync(f, '{"version":1,"counter":3,"app":{"app_id"'), /state\.json is not a readable emulator state file/],
    ['not a state file', (f: string) => fs.writeFileSync(f, '[1,2,3]'), /state\.json is not an emulator state file \(unsupported state file/],
    ['corrupt journal line', (f: string) => fs.writeFileSync(`${f}.journal`, '{"c":"messages","k":"om_1","v":{}}\nnot json\n{"c":"$counter","v":1}\n'), /state\.json\.journal:2 is not a journal entry/],
  ])('%s: a clear error naming the file', async (_name, damage, message) => {
    const sub = fs.mkdtempSync(path.join(dir, 'bad-'));
    const file = path.join(sub, 'state.json');
    damage(file);
    const err = await startEmulator({ port: 0, dataFile: file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain(sub);
  });

  it('the command exits 1 with that message and no stack trace', async () => {
    const file = path.join(dir, 'cut.json');
    fs.writeFileSync(file, '{"version":1,');
    const err = (await runBin(['--port', '0', '--data', file]).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^exited 1: lark-emulator: .*cut\.json is not a readable emulator state file/);
    expect(err.message).not.toMatch(/\n\s+at /);
  });

  it('a journal line cut short by the kill is ignored', async () => {
    const file = path.join(dir, 'short.json');
    const first = await startEmulator({ port: 0, dataFile: file, seed: 'empty' });
    await first.close();
    fs.appendFileSync(`${file}.journal`, '{"c":"$counter","v":4242}\n{"c":"mess');
    const again = await startEmulator({ port: 0, dataFile: file });
    expect(again.state.counter).toBe(4242);
    await again.close();
  });
});
