/** Generation figures: full regeneration of the real specs, and regeneration when nothing changed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function timeGenerate(outRoot: string): number {
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=@larkgen/source', path.join(root, 'generators/src/main.ts'), '--root', outRoot, '--specs', path.join(root, 'specs'), '--quiet'], { cwd: root, stdio: 'pipe' });
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
    full.push(timeGenerate(out));
    unchanged.push(timeGenerate(out));
    fs.rmSync(out, { recursive: true, force: true });
  }
  const f = median(full);
  const u = median(unchanged);
  return [
    { figure: 'full regeneration of the real specs (wall, incl. process start)', value: f, unit: 'ms', goal: '<= 1500 ms', ok: f <= 1500 },
    { figure: 'regeneration when nothing changed', value: u, unit: 'ms', reference: { name: 'full regeneration', value: f }, ratio: u / f, goal: '<= 300 ms', ok: u <= 300 },
  ];
}
