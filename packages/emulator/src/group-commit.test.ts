/**
 * `--data FILE` group commit: answers that find changes pending wait for one commit at the end of
 * the loop turn. Each answer still leaves only once its change is in the journal, and an answer
 * whose commit cannot be written is dropped, never sent.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startEmulator } from './index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lark-emu-group-commit-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const send = (url: string, token: string, text: string) =>
  fetch(`${url}/open-apis/im/v1/messages?receive_id_type=chat_id`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text }) }),
  });

describe('group commit of the state file', () => {
  it('every answer of a burst of concurrent sends leaves after its message is in the journal', async () => {
    const file = path.join(dir, 'burst.json');
    const emu = await startEmulator({ port: 0, dataFile: file });
    // The moment an answer really goes out: is its message in the journal already?
    const inJournalWhenSent: boolean[] = [];
    const end = http.ServerResponse.prototype.end;
    const spy = vi.spyOn(http.ServerResponse.prototype, 'end').mockImplementation(function (this: http.ServerResponse, ...args: unknown[]) {
      const id = typeof args[0] === 'string' ? /"message_id":"(om_[^"]+)"/.exec(args[0])?.[1] : undefined;
      if (id) inJournalWhenSent.push(fs.readFileSync(`${file}.journal`, 'utf8').includes(`"k":"${id}"`));
      return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    });
    try {
      const token = emu.tenantToken();
      const answers = await Promise.all(
        Array.from({ length: 40 }, async (_, i) => {
          const r = await send(emu.url, token, `burst ${i}`);
          const body = (await r.json()) as { code: number; data: { message_id: string } };
          return [r.status, body.code];
        }),
      );
      expect(answers).toEqual(Array.from({ length: 40 }, () => [200, 0]));
      expect(inJournalWhenSent).toEqual(Array.from({ length: 40 }, () => true));
    } finally {
      spy.mockRestore();
      await emu.close();
    }
  });

  it('an answer whose commit cannot be written is dropped, and the next one goes out once it can', async () => {
    const file = path.join(dir, 'broken.json');
    const lines: string[] = [];
    const emu = await startEmulator({ port: 0, dataFile: file, log: (l) => lines.push(l) });
    try {
      const token = emu.tenantToken();
      await emu.flush();
      // A value JSON cannot write: the commit that follows the send throws.
      (emu.state.app as unknown as Record<string, unknown>).unwritable = 1n;
      await expect(send(emu.url, token, 'lost')).rejects.toThrow();
      expect(lines.some((l) => l.startsWith('state file not written, answer dropped: '))).toBe(true);
      delete (emu.state.app as unknown as Record<string, unknown>).unwritable;
      const r = await send(emu.url, token, 'kept');
      const body = (await r.json()) as { code: number; data: { message_id: string } };
      expect([r.status, body.code]).toEqual([200, 0]);
      expect(fs.readFileSync(`${file}.journal`, 'utf8')).toContain(`"k":"${body.data.message_id}"`);
    } finally {
      await emu.close();
    }
  });
});
