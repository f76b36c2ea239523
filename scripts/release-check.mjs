#!/usr/bin/env node
/**
 * `pnpm release:check`: what a user gets from the registry, checked before a release.
 *
 * 1. Builds, then packs every public package with `pnpm pack` (as `pnpm publish` would).
 * 2. Each tarball: the package.json fields every published package carries, a LICENSE, no
 *    sources or tests; `publint --strict`; for packages with types, `@arethetypeswrong/cli` in
 *    every resolution mode (node10, node16 from CommonJS and from ESM, bundler).
 * 3. A fresh consumer folder outside the workspace installs the tarballs with plain npm (third-
 *    party dependencies from the npm registry), and there:
 *    - imports every entry point from ESM and requires it from CommonJS;
 *    - type-checks a small program under moduleResolution node16 (ESM and CJS) and bundler;
 *    - runs `npx lark-cli --version`;
 *    - starts `npx lark-emulator --port 0`, sends a message through the installed SDK and CLI, and
 *      sees it in the emulator's web console.
 *
 * `--keep` leaves the temporary folder for a look. Exit 0 when everything passed, 1 otherwise.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-release-check-'));
const tarballs = path.join(work, 'tarballs');
const consumer = path.join(work, 'consumer');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const failures = [];
let checks = 0;

function step(title) {
  process.stdout.write(`\n== ${title}\n`);
}
function pass(what) {
  checks++;
  process.stdout.write(`  ok    ${what}\n`);
}
function fail(what, detail = '') {
  checks++;
  failures.push(what);
  process.stdout.write(`  FAIL  ${what}${detail ? `\n${detail.trim().replace(/^/gm, '        ')}` : ''}\n`);
}
/** Runs a command; returns its output, or undefined after recording a failure. */
function run(what, cmd, args, opts = {}) {
  try {
    const out = execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...opts });
    pass(what);
    return out;
  } catch (e) {
    fail(what, `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message);
    return undefined;
  }
}

/** Workspace packages that are not private: the ones a release publishes. */
function publicPackages() {
  return fs
    .readdirSync(path.join(root, 'packages'))
    .map((d) => path.join(root, 'packages', d))
    .filter((dir) => fs.existsSync(path.join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
    .filter(({ pkg }) => !pkg.private);
}

const REQUIRED_FIELDS = ['name', 'version', 'description', 'license', 'repository', 'homepage', 'keywords', 'engines', 'files'];

function checkManifest(name, manifest, entries) {
  const missing = REQUIRED_FIELDS.filter((f) => manifest[f] === undefined || (Array.isArray(manifest[f]) && manifest[f].length === 0));
  if (missing.length) fail(`${name}: package.json has ${missing.join(', ')}`, 'Add them (see packages/sdk/package.json).');
  else if (manifest.license !== 'MIT') fail(`${name}: license is ${manifest.license}, not MIT`);
  else pass(`${name}: license, repository, homepage, keywords, engines, files`);
  if (JSON.stringify(manifest.exports ?? {}).includes('@larkgen/source')) fail(`${name}: the development condition @larkgen/source is in the packed exports`, 'The beforePacking hook in .pnpmfile.cjs removes it.');
  if (JSON.stringify(manifest).includes('workspace:')) fail(`${name}: a workspace: range was packed`);
  if (name === '@larkgen/sdk') {
    // Optional peers are allowed: they serve a separate entry point (ws for @larkgen/sdk/ws), never the core.
    const requiredPeers = Object.keys(manifest.peerDependencies ?? {}).filter((p) => !manifest.peerDependenciesMeta?.[p]?.optional);
    const deps = [...Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }), ...requiredPeers];
    if (deps.length) fail('@larkgen/sdk has runtime dependencies', `${deps.join(', ')}: the core SDK keeps none; extras go in separate entry points.`);
    else pass('@larkgen/sdk: zero runtime dependencies');
  }
  const stray = entries.filter((e) => /(^|\/)(src|test)\/|\.test\.|tsconfig|tsup\.config|vitest\.config/.test(e));
  if (!entries.includes('package/LICENSE')) fail(`${name}: no LICENSE in the tarball`);
  else if (stray.length) fail(`${name}: the tarball holds sources or tests`, stray.slice(0, 10).join('\n'));
  else pass(`${name}: LICENSE, no sources or tests (${entries.length} files)`);
}

async function main() {
  step('build');
  if (!run('pnpm build', 'pnpm', ['build'], { cwd: root })) return;

  step('pack and lint every public package');
  fs.mkdirSync(tarballs);
  const packed = [];
  for (const { dir, pkg } of publicPackages()) {
    const out = run(`${pkg.name}: pnpm pack`, 'pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir });
    if (!out) continue;
    const file = path.join(tarballs, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
    const entries = execFileSync('tar', ['tzf', file], { encoding: 'utf8' }).trim().split('\n');
    const manifest = JSON.parse(execFileSync('tar', ['xzOf', file, 'package/package.json'], { encoding: 'utf8' }));
    checkManifest(pkg.name, manifest, entries);
    run(`${pkg.name}: publint --strict`, bin('publint'), ['run', file, '--strict']);
    if (manifest.types || manifest.exports) {
      // Every resolution mode: node10, node16 from CommonJS, node16 from ESM, bundler.
      const typed = JSON.stringify(manifest.exports ?? {}).includes('"types"');
      if (typed) run(`${pkg.name}: attw (node10, node16-cjs, node16-esm, bundler)`, bin('attw'), [file, '--profile', 'strict', '--format', 'table-flipped']);
    }
    packed.push({ name: pkg.name, version: pkg.version, file, manifest });
  }

  step('install the tarballs into a fresh consumer with npm');
  fs.mkdirSync(consumer);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'release-check-consumer', version: '1.0.0', private: true }, null, 2));
  const tsVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')).version;
  const installed = run(
    'npm install <tarballs> typescript @types/node',
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map((p) => p.file), `typescript@${tsVersion}`, '@types/node@20'],
    { cwd: consumer },
  );
  if (!installed) return;

  step('load every entry point from ESM and CommonJS');
  const entryPoints = packed.flatMap((p) =>
    Object.entries(p.manifest.exports ?? {})
      .filter(([sub, target]) => !sub.endsWith('.json') && typeof target === 'object')
      .map(([sub]) => (sub === '.' ? p.name : `${p.name}/${sub.slice(2)}`)),
  );
  for (const spec of entryPoints) {
    run(`import('${spec}')`, process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(spec)}); if (!Object.keys(m).length) throw new Error('no exports');`], { cwd: consumer });
    run(`require('${spec}')`, process.execPath, ['-e', `const m = require(${JSON.stringify(spec)}); if (!Object.keys(m).length) throw new Error('no exports');`], { cwd: consumer });
  }
  run(
    'the same error classes from @larkgen/sdk and @larkgen/sdk/node (ESM and CommonJS)',
    process.execPath,
    ['-e', `const a = require('@larkgen/sdk'), b = require('@larkgen/sdk/node'); if (a.LarkApiError !== b.LarkApiError) throw new Error('two copies');
import('@larkgen/sdk').then(async (c) => { const d = await import('@larkgen/sdk/node'); if (c.LarkApiError !== d.LarkApiError) throw new Error('two copies'); });`],
    { cwd: consumer },
  );

  step('type-check a program under node16 (ESM and CJS) and bundler');
  typecheck();

  step('run the installed CLI and emulator');
  const version = packed.find((p) => p.name === '@larkgen/cli')?.version;
  const printed = run('npx lark-cli --version', 'npx', ['--no-install', 'lark-cli', '--version'], { cwd: consumer });
  if (printed !== undefined && printed.trim() !== `lark-cli ${version}`) fail(`lark-cli --version printed ${JSON.stringify(printed.trim())}, not "lark-cli ${version}"`);
  await sendThroughEmulator();
}

/** One program, three ways to resolve it. */
function typecheck() {
  const program = `import { LarkClient, LarkApiError, imMessagesCreate, type LarkClientOptions } from '@larkgen/sdk';
import { fileFromPath } from '@larkgen/sdk/node';
import { descriptors } from '@larkgen/sdk/descriptors';
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET } from '@larkgen/emulator';
import { isId } from '@larkgen/im-content';

export async function send(baseUrl: string): Promise<string | undefined> {
  const options: LarkClientOptions = { appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl };
  const client = new LarkClient(options);
  const message = await imMessagesCreate(client, {
    params: { receive_id_type: 'chat_id' },
    data: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'typed' }) },
  });
  const id: string | undefined = message.message_id;
  // @ts-expect-error: receive_id_type is required
  void client.im.messages.create({ data: { receive_id: 'oc_general', msg_type: 'text', content: '{}' } });
  return id;
}
export const checks = [LarkApiError, fileFromPath, descriptors, startEmulator, isId] as const;
`;
  const common = { strict: true, noEmit: true, skipLibCheck: false, types: ['node'], lib: ['ES2022', 'DOM'], target: 'ES2022' };
  const cases = [
    { name: 'node16, ESM', dir: 'ts-esm', type: 'module', file: 'index.ts', options: { module: 'node16', moduleResolution: 'node16' } },
    { name: 'node16, CommonJS', dir: 'ts-cjs', type: 'commonjs', file: 'index.ts', options: { module: 'node16', moduleResolution: 'node16' } },
    { name: 'bundler', dir: 'ts-bundler', type: 'module', file: 'index.ts', options: { module: 'esnext', moduleResolution: 'bundler' } },
  ];
  for (const c of cases) {
    const dir = path.join(consumer, c.dir);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: c.type }));
    fs.writeFileSync(path.join(dir, c.file), program);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...common, ...c.options }, files: [c.file] }, null, 2));
    run(`tsc: ${c.name}`, process.execPath, [path.join(consumer, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir });
  }
}

/** `npx lark-emulator --port 0`, then one message through the installed SDK and one through the CLI. */
async function sendThroughEmulator() {
  const emu = spawn('npx', ['--no-install', 'lark-emulator', '--port', '0'], { cwd: consumer, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  try {
    const url = await new Promise((resolve, reject) => {
      emu.stdout.setEncoding('utf8').on('data', (d) => {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      emu.stderr.setEncoding('utf8').on('data', (d) => (out += d));
      emu.on('exit', (code) => reject(new Error(`lark-emulator exited ${code} before listening:\n${out}`)));
    });
    pass(`npx lark-emulator --port 0 (${url})`);
    const sdkOut = run(
      'a message sent through the installed SDK',
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { LarkClient } from '@larkgen/sdk';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '@larkgen/emulator';
const client = new LarkClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, baseUrl: ${JSON.stringify(url)} });
const m = await client.im.messages.create({ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_general', msg_type: 'text', content: JSON.stringify({ text: 'from the SDK' }) } });
console.log(m.message_id);`,
      ],
      { cwd: consumer },
    );
    if (sdkOut !== undefined && !/^om_/.test(sdkOut.trim())) fail(`the SDK's send answered ${JSON.stringify(sdkOut.trim())}, not a message id`);
    const emulator = await import(path.join(consumer, 'node_modules/@larkgen/emulator/dist/index.js'));
    const env = {
      ...process.env,
      HOME: consumer,
      LARKSUITE_CLI_CONFIG_DIR: path.join(consumer, '.lark-cli'),
      LARKSUITE_CLI_APP_ID: emulator.DEMO_APP_ID,
      LARKSUITE_CLI_APP_SECRET: emulator.DEMO_APP_SECRET,
      LARKSUITE_CLI_BASE_URL: url,
    };
    const cliOut = run('a message sent through the installed CLI (npx lark-cli im +messages-send)', 'npx', ['--no-install', 'lark-cli', 'im', '+messages-send', '--chat-id', 'oc_general', '--text', 'from the CLI'], { cwd: consumer, env });
    if (cliOut !== undefined && !cliOut.includes('om_')) fail(`the CLI's send printed no message id: ${cliOut.slice(0, 300)}`);
    const listed = run('both messages are in the chat', 'npx', ['--no-install', 'lark-cli', 'im', 'messages', 'list', '--container-id-type', 'chat', '--container-id', 'oc_general', '--sort-type', 'ByCreateTimeDesc', '--page-size', '5'], { cwd: consumer, env });
    if (listed !== undefined && !(listed.includes('from the SDK') && listed.includes('from the CLI'))) fail('the chat does not hold both messages', listed.slice(0, 600));
    // The console ships inside the package (web/): its page and script are served, and it shows the chat.
    const page = await (await fetch(`${url}/console?chat=oc_general`)).text();
    const script = await fetch(`${url}/console/assets/console.js`);
    if (script.status !== 200 || !page.includes('from the SDK')) fail('the installed emulator does not serve its console', `script: HTTP ${script.status}`);
    else pass('the installed emulator serves its web console');
  } catch (e) {
    fail('npx lark-emulator --port 0', e.message);
  } finally {
    try {
      process.kill(-emu.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

try {
  await main();
} catch (e) {
  fail('release check crashed', e.stack ?? String(e));
}
if (keep) process.stdout.write(`\nLeft in ${work}\n`);
else fs.rmSync(work, { recursive: true, force: true });
process.stdout.write(`\nrelease:check: ${checks - failures.length} passed, ${failures.length} failed\n`);
process.exit(failures.length ? 1 : 0);
