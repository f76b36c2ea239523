#!/usr/bin/env node
/**
 * `pnpm test:under-load [--runs N] [--hogs N]`: runs `pnpm test` N times in a row (default 3)
 * while N CPU-bound processes (default 2, `yes > /dev/null`) compete for the cores, and reports
 * each run's result and wall time. Proves the suite does not depend on the machine's speed.
 * Exit 0 only when every run passed.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let values;
try {
  ({ values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, hogs: { type: 'string', default: '2' } } }));
} catch (e) {
  process.stderr.write(`test:under-load: ${e.message}\nUsage: pnpm test:under-load [--runs N] [--hogs N]\n`);
  process.exit(2);
}
const runs = Number(values.runs);
const hogCount = Number(values.hogs);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(hogCount) || hogCount < 0) {
  process.stderr.write('test:under-load: --runs must be a whole number ≥ 1 and --hogs ≥ 0\n');
  process.exit(2);
}

// `yes` writing to /dev/null: a process that keeps one core busy and nothing else.
const hogs = Array.from({ length: hogCount }, () => spawn('yes', [], { stdio: ['ignore', 'ignore', 'ignore'] }));
const stopHogs = () => hogs.forEach((h) => h.exitCode === null && h.kill('SIGKILL'));
process.on('exit', stopHogs);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const results = [];
for (let i = 1; i <= runs; i++) {
  process.stdout.write(`\n=== pnpm test, run ${i} of ${runs}, beside ${hogCount} CPU-bound processes ===\n`);
  const started = process.hrtime.bigint();
  const r = spawnSync('pnpm', ['test'], { cwd: root, stdio: 'inherit' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  results.push({ run: i, ok: r.status === 0, code: r.status ?? r.signal, seconds });
}
stopHogs();

process.stdout.write(`\ntest:under-load (${hogCount} CPU-bound processes beside the suite)\n`);
for (const r of results) process.stdout.write(`  run ${r.run}: ${r.ok ? 'pass' : `FAIL (exit ${r.code})`}  ${r.seconds.toFixed(1)} s\n`);
const passed = results.filter((r) => r.ok).length;
process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
process.exit(passed === results.length ? 0 : 1);
