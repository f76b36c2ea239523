/** Generation figures: full regeneration of the real specs, and regeneration when nothing changed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Wall time of `pnpm generate`'s entry (without pnpm's own start-up), as a child process. */
function timeGenerate(outRoot: string, force: boolean): number {
  const started = performance.now();
  const args = [path.join(root, 'generators/bin/generate.mjs'), '--root', outRoot, '--specs', path.join(root, 'specs'), '--quiet'];
  execFileSync(process.execPath, force ? [...args, '--force'] : args, { cwd: root, stdio: 'pipe' });
  return performance.now() - started;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  const full: number[] = [];
  const unchanged: number[] = [];
  for (let i = 0; i < 3; i++) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-bench-'));
    full.push(timeGenerate(out, true));
    unchanged.push(timeGenerate(out, false));
    fs.rmSync(out, { recursive: true, force: true });
  }
  const f = median(full);
  const u = median(unchanged);
  return [
    { figure: 'full regeneration of the real specs (wall, incl. process start)', value: f, unit: 'ms', goal: '<= 1500 ms', ok: f <= 1500 },
    { figure: 'regeneration when nothing changed', value: u, unit: 'ms', reference: { name: 'full regeneration', value: f }, ratio: u / f, goal: '<= 300 ms', ok: u <= 300 },
  ];
}
