/**
 * Run after the build (`pnpm build`): every file that imports the main entry (`node`, the files
 * under dist/lazy/) asks it only for names it exports (an ES module would fail to link otherwise,
 * but a CommonJS `require` would hand over `undefined` silently), and in both builds a
 * `LarkClient` call loads its method file, and a failed one the failure module, as they should.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const require = createRequire(import.meta.url);
const files = ['node', ...fs.readdirSync(path.join(dist, 'lazy')).filter((f) => f.endsWith('.js')).map((f) => `lazy/${f.slice(0, -3)}`)];
const problems = [];
const cjsIndex = require(path.join(dist, 'index.cjs'));
for (const f of files) {
  try {
    await import(pathToFileURL(path.join(dist, `${f}.js`)).href);
  } catch (e) {
    problems.push(`dist/${f}.js: ${e.message}`);
  }
  const cjs = fs.readFileSync(path.join(dist, `${f}.cjs`), 'utf8');
  for (const [, name] of cjs.matchAll(/var (\w+) = require\("(?:\.\.?\/)index\.cjs"\);/g)) {
    for (const [, used] of cjs.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
      if (!(used in cjsIndex)) problems.push(`dist/${f}.cjs: uses ${used}, which index.cjs does not export`);
    }
  }
}
// Each build: a call (its method file), a refused call (the failure module, the error class of index).
const answers = [
  { code: 0, msg: 'ok', data: { message_id: 'om_1' } },
  { code: 99991672, msg: 'the app lacks a scope' },
];
for (const [build, sdk] of [['index.js', await import(pathToFileURL(path.join(dist, 'index.js')).href)], ['index.cjs', cjsIndex]]) {
  let next = 0;
  const fetchStub = async () => new Response(JSON.stringify(answers[next++]), { status: next === 1 ? 200 : 400, headers: { 'content-type': 'application/json' } });
  const client = new sdk.LarkClient({ appId: 'cli_check', tenantAccessToken: 't-check', fetch: fetchStub });
  const req = { params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_1', msg_type: 'text', content: '{}' } };
  try {
    const sent = await client.im.messages.create(req);
    if (sent?.message_id !== 'om_1') problems.push(`dist/${build}: a LarkClient call answered ${JSON.stringify(sent)}`);
    const err = await client.im.messages.create(req).then(() => undefined, (e) => e);
    if (!(err instanceof sdk.LarkPermissionError)) problems.push(`dist/${build}: a refused call threw ${err}, not the LarkPermissionError of index`);
  } catch (e) {
    problems.push(`dist/${build}: a LarkClient call failed: ${e.stack}`);
  }
}
if (problems.length) {
  console.error(`The SDK's build is inconsistent (see scripts/package-layout.mjs):\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
