#!/usr/bin/env node
/**
 * `pnpm spec:import-mcp [flags]`: installs the importer's dependencies on first use, then runs it.
 * `pnpm test:import-mcp`: the same, then the importer's tests (not part of `pnpm test`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDeps, TOOL_DIR } from './deps.mjs';

if (!ensureDeps()) process.exit(5);
const root = path.resolve(TOOL_DIR, '..', '..');
const test = process.argv[2] === '--test';
const args = test
  ? [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', TOOL_DIR, ...process.argv.slice(3)]
  : ['--import', 'tsx', '--conditions=@larkgen/source', path.join(TOOL_DIR, 'src/main.ts'), ...process.argv.slice(2)];
const r = spawnSync(process.execPath, args, { cwd: test ? TOOL_DIR : process.cwd(), stdio: 'inherit', env: process.env });
process.exit(r.status ?? 5);
