/**
 * `pnpm spec:import-mcp --out DIR [--services im,contact] [--exclude LIST] [--pad-to N] [--limit N] [--no-lint] [--quiet]`
 *
 * Converts the tool definitions of `@larksuiteoapi/lark-mcp` into a spec tree in DIR (schema/ plus
 * one folder per service), then loads it with the spec loader to prove it is valid.
 * Exit codes: 0 written and valid, 2 usage error, 3 written but the loader found problems, 5 internal.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importLarkMcp, UsageError, type ImportReport } from './lark-mcp.js';

const USAGE = `usage: pnpm spec:import-mcp --out DIR [--services im,contact,...] [--exclude LIST] [--pad-to N] [--limit N] [--no-lint] [--quiet]
  --out DIR        folder to write the spec tree into (new, empty, or written by an earlier import: replaced)
  --services LIST  comma-separated service names as in the API paths (im, contact, calendar, ...); default: all
  --exclude LIST   comma-separated service names to leave out
  --pad-to N       add renamed copies of the services (im_copy2, ...) until the tree holds at least N methods
  --limit N        stop after exactly N methods (with --pad-to N: a tree of exactly N methods)
  --no-lint        do not load the written tree with the spec loader afterwards
  --quiet          print only problems
The output is generated: never commit it as it is. See generators/README.md.`;

function fail(message: string, code: number): never {
  process.stderr.write(`spec:import-mcp: ${message}\n`);
  process.exit(code);
}

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[0-9]+$/.test(v) || Number(v) < 1) fail(`--${name} needs a positive whole number, not "${v}"\n${USAGE}`, 2);
  return Number(v);
}

let args;
try {
  args = parseArgs({
    options: {
      out: { type: 'string' },
      services: { type: 'string' },
      exclude: { type: 'string' },
      'pad-to': { type: 'string' },
      limit: { type: 'string' },
      'no-lint': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`, 2);
}
if (args.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (!args.out) fail(`--out DIR is required\n${USAGE}`, 2);
const list = (v: string | undefined) => v?.split(',').map((s) => s.trim()).filter(Boolean);
const services = list(args.services);
const exclude = list(args.exclude);
const padTo = positiveInt('pad-to', args['pad-to']);
const limit = positiveInt('limit', args.limit);
const say = (s: string) => { if (!args.quiet) process.stdout.write(s + '\n'); };

let report: ImportReport;
const started = performance.now();
try {
  report = importLarkMcp({
    out: path.resolve(args.out),
    ...(services ? { services } : {}),
    ...(exclude ? { exclude } : {}),
    ...(padTo !== undefined ? { padTo } : {}),
    ...(limit !== undefined ? { limit } : {}),
  });
} catch (e) {
  if (e instanceof UsageError) fail(e.message, 2);
  fail(`internal error: ${(e as Error).stack ?? String(e)}`, 5);
}
const ms = Math.round(performance.now() - started);
say(`spec:import-mcp: read ${report.toolsRead} tools of @larksuiteoapi/lark-mcp ${report.packageVersion}`);
say(`  wrote ${report.methods} methods in ${report.services} services (${report.serviceVersions} service versions, ${report.files} files) to ${report.out} in ${ms} ms`);
if (report.services !== report.baseServices) {
  say(`  of which ${report.baseMethods} methods in ${report.baseServices} imported services and ${report.methods - report.baseMethods} in ${report.services - report.baseServices} renamed copies`);
}
if (report.skipped.length > 0) {
  say(`  skipped ${report.skipped.length} tool${report.skipped.length === 1 ? '' : 's'}:`);
  for (const s of report.skipped) say(`    ${s.tool}: ${s.reason}`);
}
const losses = Object.entries(report.losses);
if (losses.length > 0) {
  say('  approximations:');
  for (const [reason, n] of losses) say(`    ${n} × ${reason}`);
}

if (!args['no-lint']) {
  // Loaded only now: the loader is not needed to write the tree.
  const { loadSpecs, formatProblem } = await import('@larkgen/spec');
  const result = loadSpecs(report.out);
  if (!result.ok) {
    for (const p of result.problems) process.stderr.write(formatProblem(p) + '\n');
    fail(`the written tree has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} (a bug in the importer: please report it)`, 3);
  }
  say(`  loader: OK (${result.model.services.length} services, ${result.model.methods.length} methods, ${Object.keys(result.model.scopes).length} scopes)`);
}
