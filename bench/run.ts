/**
 * `pnpm bench`: runs every bench/*.bench.ts module, prints one table of figures next to their
 * references from the same run, and writes bench/results.json. Timings are printed, never asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchRow } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const modules = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const rows: (BenchRow & { module: string })[] = [];
const failures: string[] = [];
for (const file of modules) {
  process.stderr.write(`bench: ${file} …\n`);
  try {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
    for (const row of await mod.run()) rows.push({ ...row, module: file.replace('.bench.ts', '') });
  } catch (e) {
    failures.push(`${file}: ${(e as Error).message}`);
  }
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));
const table = [
  ['figure', 'value', 'reference (same run)', 'ratio', 'goal', 'ok'],
  ...rows.map((r) => [
    r.figure,
    `${fmt(r.value)} ${r.unit}`,
    r.reference ? `${r.reference.name}: ${fmt(r.reference.value)} ${r.unit}` : '—',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
    r.goal,
    r.ok ? 'yes' : 'NO',
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const [i, row] of table.entries()) {
  process.stdout.write(row.map((c, j) => c.padEnd(widths[j]!)).join('  ').trimEnd() + '\n');
  if (i === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
}
fs.writeFileSync(path.join(here, 'results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, failures }, null, 2) + '\n');
if (failures.length) {
  process.stderr.write(`\n${failures.length} bench module(s) failed:\n${failures.map((f) => '  ' + f).join('\n')}\n`);
  process.exit(1);
}
