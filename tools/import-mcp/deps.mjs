/**
 * The importer's dependencies (the official lark-mcp package, with keytar and protobufjs behind
 * it) stay out of the workspace install: they are installed here, into tools/import-mcp/node_modules,
 * on first use, from the committed package-lock.json and without install scripts (the importer
 * only reads the package's tool definitions).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Installs the dependencies when lark-mcp is missing; returns false (with the reason printed) when that failed. */
export function ensureDeps(log = (s) => process.stderr.write(s)) {
  if (fs.existsSync(path.join(TOOL_DIR, 'node_modules/@larksuiteoapi/lark-mcp/package.json'))) return true;
  log('spec:import-mcp: installing its dependencies into tools/import-mcp/node_modules (first use)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: TOOL_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    log(`spec:import-mcp: npm ci in tools/import-mcp failed (${r.error?.message ?? `exit ${r.status}`}); run it there by hand and retry.\n`);
    return false;
  }
  return true;
}
