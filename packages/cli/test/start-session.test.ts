/**
 * The walk-through of `pnpm start` (scripts/start-session.ts) against a real emulator: every step
 * succeeds, and what it shows for a command is what the CLI printed — whole, not reshaped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '@larkgen/emulator';
import { RELEASE_NOTE, runSession } from '../../../scripts/start-session.js';
import { BIN, DEMO_APP_ID, DEMO_APP_SECRET } from './helpers.js';

let emu: Emulator;
const lines: string[] = [];
let failures: number;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, autoApproveDevice: 'ou_alice' });
  failures = await runSession({ baseUrl: emu.url, appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, bin: BIN, say: (l = '') => lines.push(...l.split('\n')) });
});
afterAll(() => emu?.close());

/** The lines shown under `$ lark-cli <command>`, up to the next command or heading. */
function shownFor(command: string): string[] {
  const at = lines.findIndex((l) => l.startsWith(`$ lark-cli ${command}`));
  expect(at, `no "$ lark-cli ${command}" in the walk-through`).toBeGreaterThanOrEqual(0);
  const rest = lines.slice(at + 1);
  const end = rest.findIndex((l) => l.startsWith('$ lark-cli ') || l.startsWith('== ') || l === '');
  return end < 0 ? rest : rest.slice(0, end);
}

describe('pnpm start walk-through', () => {
  it('every step succeeds', () => {
    expect(lines.filter((l) => l.includes('✗'))).toEqual([]);
    expect(failures).toBe(0);
  });

  it("shows a command's JSON answer as the CLI printed it, not reshaped", () => {
    const shown = shownFor('config show');
    expect(shown.every((l) => l.startsWith('  '))).toBe(true);
    const printed = JSON.parse(shown.map((l) => l.slice(2)).join('\n'));
    expect(printed).toMatchObject({ ok: true, data: { app_id: DEMO_APP_ID } });
  });

  it('shows a long message whole in the message table (nothing cut at 40 characters)', () => {
    expect(RELEASE_NOTE.length).toBeGreaterThan(40);
    expect(RELEASE_NOTE.length).toBeLessThan(60);
    const table = shownFor('im +chat-messages-list');
    expect(table[0]).toMatch(/^ {2}\S/);
    expect(table.some((l) => l.includes(RELEASE_NOTE))).toBe(true);
  });
});
