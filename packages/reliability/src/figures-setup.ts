import fs from 'node:fs';
import { FIGURES_FILE, formatTable, readFigures } from './figures.js';

export function setup(): void {
  fs.rmSync(FIGURES_FILE, { force: true });
}

export function teardown(): void {
  const figures = readFigures();
  if (figures.length === 0) return;
  process.stdout.write(`\nHardening figures\n${formatTable(figures)}\n`);
  const failed = figures.filter((f) => !f.ok).length;
  process.stdout.write(`${figures.length - failed} passed, ${failed} failed\n`);
}
