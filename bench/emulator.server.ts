/**
 * Child process of bench/emulator.bench.ts: runs one emulator on 127.0.0.1 and reports its URL
 * and a tenant token to the parent over IPC, so the load generator and the server do not share
 * an event loop.
 */
import { startEmulator } from '../packages/emulator/src/index.js';

const emu = await startEmulator({ port: 0 });
const token = emu.tenantToken();
process.send?.({ url: emu.url, token });
process.on('message', (m: unknown) => {
  if (m === 'stop') void emu.close().then(() => process.exit(0));
});
process.on('disconnect', () => void emu.close().then(() => process.exit(0)));
