/**
 * The figures the hardening suite reports: each test records what it tried and what happened;
 * the global teardown prints one table at the end of the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIGURES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.figures.jsonl');

export interface Figure {
  /** Area: faults, fuzzing, secrets, terminal & files. */
  readonly area: string;
  readonly figure: string;
  readonly value: number | string;
  readonly goal: string;
  readonly ok: boolean;
}

export function record(f: Figure): void {
  fs.appendFileSync(FIGURES_FILE, JSON.stringify(f) + '\n');
}

export function readFigures(): Figure[] {
  if (!fs.existsSync(FIGURES_FILE)) return [];
  return fs.readFileSync(FIGURES_FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Figure);
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = [['area', 'figure', 'value', 'goal', 'ok'], ...figures.map((f) => [f.area, f.figure, String(f.value), f.goal, f.ok ? 'yes' : 'NO'])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
