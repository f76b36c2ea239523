/**
 * `pnpm start`, the main job: regenerate everything from the specs, build, start the local
 * emulator, and walk through a short session with the real CLI and SDK (start-session.ts) —
 * printing each command and what it printed — then stop the emulator. No credentials, no network.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs, formatProblem } from '@larkgen/spec';
import { runGenerate } from '../generators/src/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specsDir = path.join(root, 'specs');
const say = (s = '') => process.stdout.write(s + '\n');
const heading = (s: string) => say(`\n== ${s} ==`);

heading('1. Regenerate from specs/');
const generated = runGenerate({ root, specsDir, check: false, out: say, err: (s) => process.stderr.write(s + '\n') });
if (generated !== 0) process.exit(generated);
const loaded = loadSpecs(specsDir);
if (!loaded.ok) {
  for (const p of loaded.problems) process.stderr.write(formatProblem(p) + '\n');
  process.exit(2);
}
const model = loaded.model;
const shortcuts = model.services.flatMap((s) => s.shortcuts);
say(`The specs hold ${model.methods.length} methods in ${model.services.reduce((n, s) => n + s.resources.length, 0)} resources, ${shortcuts.length} shortcuts and ${Object.keys(model.scopes).length} scopes.`);

heading('2. Build the packages');
const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) {
  process.stderr.write('start: the build failed; see above.\n');
  process.exit(build.status ?? 5);
}

heading('3. Start the local emulator');
// Imported only now: the emulator reads the model snapshot that step 1 just wrote.
const { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET } = await import('@larkgen/emulator');
const emu = await startEmulator({ port: 0, autoApproveDevice: 'ou_alice' });
say(`Emulator on ${emu.url} — demo app ${DEMO_APP_ID}, users ou_alice / ou_bob / ou_carol, chats oc_general / oc_project.`);

let failures: number;
try {
  const { runSession } = await import('./start-session.js');
  failures = await runSession({ baseUrl: emu.url, appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, bin: path.join(root, 'packages/cli/bin/lark-cli.cjs'), say });
} finally {
  await emu.close();
}

heading('Done');
say(failures === 0 ? 'Every step succeeded; the emulator is stopped.' : `${failures} step(s) failed; see above.`);
process.exit(failures === 0 ? 0 : 1);
