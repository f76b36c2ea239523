import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = path.resolve(import.meta.dirname, '..');
const built = path.join(pkg, 'dist', 'cli.cjs');

// The build differs from the source in how it gets its tools (precompiled templates, the bundled
// and code-cached ts-morph), never in what it writes: it must leave the checked-in tree as it is.
// `turbo run test` builds first; a bare `vitest run` without a build reports this test as skipped.
describe.runIf(fs.existsSync(built))('the built generator (dist/cli.cjs)', () => {
  it('writes byte for byte what the source writes: --check passes on the checked-in tree', () => {
    const r = spawnSync(process.execPath, ['-e', `process.exitCode = require(${JSON.stringify(built)}).generateCli(['--check'])`], { cwd: pkg, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^generate --check: \d+ generated files are up to date\.\n$/);
  });

  it('answers bad arguments with usage and exit 2', () => {
    const r = spawnSync(process.execPath, ['-e', `process.exitCode = require(${JSON.stringify(built)}).generateCli(['--nope'])`], { cwd: pkg, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("generate: Unknown option '--nope'\nusage: pnpm generate [--check] [--specs DIR] [--root DIR] [--quiet]\n");
  });

  it('answers a missing specs folder with what to pass and exit 2, writing nothing', () => {
    const missing = path.join(pkg, 'no-such-specs');
    const r = spawnSync(process.execPath, ['-e', `process.exitCode = require(${JSON.stringify(built)}).generateCli(['--specs', ${JSON.stringify(missing)}])`], { cwd: pkg, encoding: 'utf8' });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      status: 2,
      stdout: '',
      stderr: `generate: the specs folder ${missing} does not exist; pass --specs DIR (default: specs/ under --root)\n`,
    });
  });
});
