/**
 * `pnpm start`, the main job: regenerate everything from the specs and summarise what they hold.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpecs, formatProblem } from '@larkgen/spec';
import { runGenerate } from '../generators/src/run.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specsDir = path.join(root, 'specs');
const say = (s = '') => process.stdout.write(s + '\n');

say('== Regenerating from specs/ ==');
const code = runGenerate({ root, specsDir, check: false, out: say, err: (s) => process.stderr.write(s + '\n') });
if (code !== 0) process.exit(code);

const loaded = loadSpecs(specsDir);
if (!loaded.ok) {
  for (const p of loaded.problems) process.stderr.write(formatProblem(p) + '\n');
  process.exit(2);
}
const model = loaded.model;
say();
say('== What the specs hold ==');
for (const service of model.services) {
  const methods = model.methods.filter((m) => m.service === service.name);
  say(`${service.name} (${service.title}): ${methods.length} methods in ${service.resources.length} resources, ${service.shortcuts.length} shortcuts, ${service.scopes.length} scopes`);
  for (const r of service.resources) {
    const names = r.methods.map((id) => {
      const m = methods.find((x) => x.id === id)!;
      return `${m.name}[${m.identityList.join('+')}]`;
    });
    say(`  ${r.name.padEnd(26)} ${names.join(' ')}`);
  }
  if (service.shortcuts.length) say(`  shortcuts: ${service.shortcuts.map((s) => s.command).join(' ')}`);
}
const byRisk = (risk: string) => model.methods.filter((m) => m.risk === risk).length;
say();
say(`methods: ${model.methods.length} (read ${byRisk('read')}, write ${byRisk('write')}, high-risk-write ${byRisk('high-risk-write')})`);
say(`paginated: ${model.methods.filter((m) => m.pagination).length}, downloads: ${model.methods.filter((m) => m.response.kind === 'binary').length}, uploads: ${model.methods.filter((m) => m.body?.encoding === 'multipart').length}`);
say(`user identity: ${model.methods.filter((m) => m.identities.user).length}, bot identity: ${model.methods.filter((m) => m.identities.bot).length}`);
