/**
 * The SDK against the official @larksuiteoapi/node-sdk, measured in the same run:
 * - import cost: `node` importing each SDK minus `node -e 0`, child processes, interleaved rounds, medians
 *   of each child's own CPU time (wall time beside it);
 * - bundle size: one `messages.create` call bundled, minified and code-split by esbuild, through the
 *   standalone function and through `LarkClient`; the bundle is run against a local server and its
 *   size is the bytes of every file that run loaded (the client loads a method's chunk on its
 *   first call);
 * - per-call cost: `messages.create` against a local server (in a worker thread) relative to the same
 *   request made with raw `fetch` (token cached, validation on, JSON parsed on both sides); small
 *   alternating blocks of calls, the median of the per-round ratios.
 * Our SDK is measured as published: the package's own build (dist/), made by the bench's build step.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { interleave, QUICK, runNode } from './measure.js';
import type { BenchRow } from './types.js';

const sdkRoot = fileURLToPath(new URL('../packages/sdk/', import.meta.url));
const requireFromSdk = createRequire(path.join(sdkRoot, 'package.json'));
const OFFICIAL = '@larksuiteoapi/node-sdk';

// --quick: fewer rounds, a quick look (the rows still give the medians of interleaved rounds).
const IMPORT_ROUNDS = QUICK ? 7 : 21;
const CALLS_PER_BLOCK = 25;
const CALL_ROUNDS = QUICK ? 12 : 40;
// Unrecorded: rounds of every import (file cache), blocks of every call variant (connections, JIT, token caches).
const IMPORT_WARMUP = QUICK ? 1 : 2;
const CALL_WARMUP = QUICK ? 5 : 10;
const MAX_CLIENT_BUNDLE_KB = 40;
const MAX_STANDALONE_BUNDLE_KB = 15;
const MAX_CALL_RATIO = 1.1;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/**
 * The SDK as published: the package's own build (its tsup config, run by `pnpm bench`'s build
 * step, a turbo cache hit when nothing changed), whose package.json says what a bundler needs to
 * know of these files (ES modules, free of side effects).
 */
function builtSdk(): string {
  const entry = path.join(sdkRoot, 'dist/index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: build the SDK first (pnpm build)`);
  return entry;
}

/**
 * What importing each SDK adds to a program that already runs in its module system: ours is an ES
 * module, so its baseline imports an empty ES module (Node starts its ES module loader for that, a
 * cost every ES module program pays with or without us); the official SDK is CommonJS, so its
 * baseline is `node -e 0`.
 */
async function importCost(ours: string, cwd: string): Promise<BenchRow> {
  const theirs = requireFromSdk.resolve(OFFICIAL);
  const empty = path.join(cwd, 'empty-module.mjs');
  fs.writeFileSync(empty, 'export {};\n');
  const esmImport = (file: string) => ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)})`];
  const cases = {
    base: ['-e', '0'],
    baseEsm: esmImport(empty),
    ours: esmImport(ours),
    theirs: ['-e', `require(${JSON.stringify(theirs)})`],
  };
  // Interleaved rounds of the four children; CPU time from each child's own report, wall from here.
  const stats = interleave(
    Object.fromEntries(Object.entries(cases).map(([k, args]) => [k, () => runNode(args, { cwd })])),
    IMPORT_ROUNDS,
    IMPORT_WARMUP,
  );
  const baseOf = { ours: 'baseEsm', theirs: 'base' } as const;
  const over = (k: 'ours' | 'theirs', m: 'cpu' | 'wall') => round(stats[k]![m].median - stats[baseOf[k]]![m].median, 1);
  const value = over('ours', 'cpu');
  const ref = over('theirs', 'cpu');
  const baseEsm = stats.baseEsm!.cpu.median;
  return {
    figure: `SDK import (CPU ms over importing an empty ES module = ${round(baseEsm, 1)} ms; node -e 0 = ${round(stats.base!.cpu.median, 1)} ms)`,
    value,
    unit: 'ms',
    reference: { name: 'official SDK (require, over node -e 0)', value: ref },
    ratio: ref > 0 ? round(value / ref, 3) : undefined,
    goal: '<= +10 ms',
    ok: value <= 10,
    spread: { min: round(stats.ours!.cpu.min - baseEsm, 1), max: round(stats.ours!.cpu.max - baseEsm, 1), n: stats.ours!.cpu.n },
    also: { label: 'wall ms over the same baselines', value: over('ours', 'wall'), reference: over('theirs', 'wall') },
  };
}

/**
 * Records every file module a Node process loads (a module-loading hook, registered with
 * `--import`), so that a code-split bundle is measured by the chunks a run really loads.
 */
function writeLoadTracer(dir: string): string {
  fs.writeFileSync(
    path.join(dir, 'trace-hooks.mjs'),
    `import fs from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) fs.appendFileSync(process.env.LARKGEN_TRACE_FILE, url + '\\n');
  return next(url, context);
}
`,
  );
  const register = path.join(dir, 'trace-register.mjs');
  fs.writeFileSync(register, `import { register } from 'node:module';\nregister('./trace-hooks.mjs', import.meta.url);\n`);
  return register;
}

/** Runs a bundle's entry (it calls the local server) and answers the bytes of the bundle's files it loaded. */
function loadedBytes(entry: string, outdir: string, register: string): { kB: number; files: number } {
  const trace = path.join(outdir, '..', `${path.basename(outdir)}.trace`);
  fs.rmSync(trace, { force: true });
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, entry], {
    env: { ...process.env, LARKGEN_TRACE_FILE: trace },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !r.stdout.includes('om_1')) throw new Error(`${entry} did not make its call (exit ${r.status}): ${r.stderr.slice(0, 400)}`);
  const loaded = new Set(fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean).map((u) => fileURLToPath(u)));
  const inBundle = [...loaded].filter((f) => f.startsWith(outdir + path.sep));
  return { kB: inBundle.reduce((n, f) => n + fs.statSync(f).size, 0) / 1000, files: inBundle.length };
}

async function bundleSizes(ours: string, dir: string): Promise<BenchRow[]> {
  const esbuild = requireFromSdk('esbuild') as typeof import('esbuild');
  const server = await startServer();
  try {
    const call = `{ params: { receive_id_type: 'chat_id' }, data: { receive_id: 'oc_1', msg_type: 'text', content: JSON.stringify({ text: 'hi' }) } }`;
    const options = `{ appId: 'cli_x', appSecret: 'secret', baseUrl: ${JSON.stringify(server.url)} }`;
    const entries = {
      standalone: `import { LarkCore, imMessagesCreate } from ${JSON.stringify(ours)};
const client = new LarkCore(${options});
console.log((await imMessagesCreate(client, ${call})).message_id);`,
      client: `import { LarkClient } from ${JSON.stringify(ours)};
const client = new LarkClient(${options});
console.log((await client.im.messages.create(${call})).message_id);`,
    };
    const official = `import * as lark from ${JSON.stringify(OFFICIAL)};
const client = new lark.Client({ appId: 'cli_x', appSecret: 'secret', domain: lark.Domain.Feishu });
console.log((await client.im.message.create(${call})).data?.message_id);`;
    const common = { bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent' } as const;
    const register = writeLoadTracer(dir);
    // Ours: code-split (each dynamic import() its own chunk), then run; the size is every file of
    // the bundle the run loaded (entry, shared chunks, the chunks the call imported). `also`: all
    // files written, loaded or not.
    const size: Record<string, { kB: number; files: number; total: number }> = {};
    for (const [name, source] of Object.entries(entries)) {
      const outdir = path.join(dir, `bundle-${name}`);
      const r = await esbuild.build({ ...common, stdin: { contents: source, resolveDir: dir, loader: 'js' }, splitting: true, outdir, entryNames: 'entry', metafile: true });
      const total = Object.values(r.metafile.outputs).reduce((n, o) => n + o.bytes, 0) / 1000;
      size[name] = { ...loadedBytes(path.join(outdir, 'entry.js'), outdir, register), total };
    }
    // The official SDK (CommonJS, no dynamic imports): its one file.
    const theirs = await esbuild.build({ ...common, stdin: { contents: official, resolveDir: sdkRoot, loader: 'js' }, write: false, outfile: path.join(dir, 'official.js') });
    const officialKb = theirs.outputFiles[0]!.contents.byteLength / 1000;
    const vsOfficial = (figure: string, s: { kB: number; files: number; total: number }, max: number): BenchRow => ({
      figure: `${figure} (minified, code-split; the ${s.files} file(s) the call loads)`,
      value: round(s.kB, 1),
      unit: 'kB',
      reference: { name: 'official SDK', value: round(officialKb, 1) },
      ratio: round(s.kB / officialKb, 4),
      goal: `<= ${max} kB`,
      ok: s.kB <= max,
      also: { label: 'all chunks written', value: round(s.total, 1) },
    });
    return [
      vsOfficial('Bundle: one messages.create call, standalone function', size.standalone!, MAX_STANDALONE_BUNDLE_KB),
      vsOfficial('Bundle: one client.im.messages.create call through LarkClient', size.client!, MAX_CLIENT_BUNDLE_KB),
    ];
  } finally {
    await server.stop();
  }
}

/** A JSON server in a worker thread, so that its work does not share the client's event loop. */
async function startServer(): Promise<{ url: string; stop: () => Promise<number> }> {
  const source = `
    const http = require('node:http');
    const { parentPort } = require('node:worker_threads');
    const token = JSON.stringify({ code: 0, msg: 'ok', tenant_access_token: 't-bench', expire: 7200 });
    const sent = JSON.stringify({ code: 0, msg: 'success', data: { message_id: 'om_1', msg_type: 'text', chat_id: 'oc_1', create_time: '1700000000000', body: { content: '{"text":"hi"}' } } });
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const body = req.url.startsWith('/open-apis/auth/') ? token : sent;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-tt-logid': 'bench' });
        res.end(body);
      });
    });
    server.keepAliveTimeout = 60000;
    server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
    parentPort.on('message', () => server.close(() => process.exit(0)));
  `;
  const worker = new Worker(source, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      worker.postMessage('stop');
      return new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

async function callOverhead(ours: string): Promise<BenchRow[]> {
  const server = await startServer();
  try {
    const sdk = (await import(pathToFileURL(ours).href)) as typeof import('../packages/sdk/src/index.js');
    const lark = requireFromSdk(OFFICIAL) as typeof import('@larksuiteoapi/node-sdk');
    const client = new sdk.LarkClient({ appId: 'cli_bench', appSecret: 'secret', baseUrl: server.url });
    const official = new lark.Client({ appId: 'cli_bench', appSecret: 'secret', domain: server.url, loggerLevel: lark.LoggerLevel.error });
    const req = { params: { receive_id_type: 'chat_id' as const }, data: { receive_id: 'oc_1', msg_type: 'text' as const, content: '{"text":"hi"}' } };
    const url = `${server.url}/open-apis/im/v1/messages?receive_id_type=chat_id`;
    const token = await client.tenantAccessToken();

    const variants: Record<'raw' | 'ours' | 'official', () => Promise<unknown>> = {
      // The same request by hand: bearer token, JSON body with a fresh uuid, JSON answer checked.
      raw: async () => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ ...req.data, uuid: crypto.randomUUID() }),
        });
        const body = (await res.json()) as { code: number; data: unknown };
        if (body.code !== 0) throw new Error('failed');
        return body.data;
      },
      ours: () => client.im.messages.create(req),
      official: () => official.im.message.create(req),
    };
    const perCall: Record<keyof typeof variants, number[]> = { raw: [], ours: [], official: [] };
    const measure = async (fn: () => Promise<unknown>) => {
      const t = process.hrtime.bigint();
      for (let i = 0; i < CALLS_PER_BLOCK; i++) await fn();
      return Number(process.hrtime.bigint() - t) / 1e6 / CALLS_PER_BLOCK;
    };
    // Warm-up: connections, JIT, token caches.
    for (let i = 0; i < CALL_WARMUP; i++) for (const fn of Object.values(variants)) await measure(fn);
    // Small alternating blocks, so that a change of machine load hits every variant alike.
    for (let r = 0; r < CALL_ROUNDS; r++) {
      for (const k of Object.keys(variants) as (keyof typeof variants)[]) perCall[k].push(await measure(variants[k]));
    }
    const raw = median(perCall.raw);
    const mine = median(perCall.ours);
    const theirs = median(perCall.official);
    const ratio = median(perCall.ours.map((x, i) => x / perCall.raw[i]!));
    const theirRatio = median(perCall.official.map((x, i) => x / perCall.raw[i]!));
    const vsRawFetch = (figure: string, ms: number, toRaw: number, goal: string, ok: boolean): BenchRow => ({
      figure,
      value: round(ms * 1000, 0),
      unit: 'µs',
      reference: { name: 'raw fetch', value: round(raw * 1000, 0) },
      ratio: round(toRaw, 3),
      goal,
      ok,
    });
    return [
      vsRawFetch('Per call: messages.create on a local server', mine, ratio, `<= ${MAX_CALL_RATIO}× raw fetch`, ratio <= MAX_CALL_RATIO),
      vsRawFetch('Per call: the official SDK, same call', theirs, theirRatio, 'info (official SDK)', true),
    ];
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-sdk-bench-'));
  try {
    const ours = builtSdk();
    const rows = [await importCost(ours, dir)];
    rows.push(...(await bundleSizes(ours, dir)));
    rows.push(...(await callOverhead(ours)));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
