import fs from 'node:fs';
import { FIGURES_FILE, formatTable, readFigures } from './figures.js';

export function setup(): void {
  fs.rmSync(FIGURES_FILE, { force: true });
}

export function teardown(): void {
  // One block per area, in the order, whatever order the test files ran in.
  const order = ['faults', 'fuzzing', 'secrets', 'terminal & files'];
  const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
  const figures = readFigures().sort((a, b) => rank(a.area) - rank(b.area));
  if (figures.length === 0) return;
  process.stdout.write(`\nHardening figures\n${formatTable(figures)}\n`);
  const failed = figures.filter((f) => !f.ok).length;
  process.stdout.write(`${figures.length - failed} passed, ${failed} failed\n`);
}
