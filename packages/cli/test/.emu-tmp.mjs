import { startEmulator } from '@larkgen/emulator';
const emu = await startEmulator({ port: 8799, seed: 'demo' });
console.log(emu.url);
