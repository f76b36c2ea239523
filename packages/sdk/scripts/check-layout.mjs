/**
 * Run after the build (`pnpm build`): every file that imports the main entry (`node`, the files
 * under dist/lazy/) asks it only for names it exports. An ES module would fail to link otherwise,
 * but a CommonJS `require` would hand over `undefined` silently, so both builds are checked here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const require = createRequire(import.meta.url);
const files = ['node', ...fs.readdirSync(path.join(dist, 'lazy')).filter((f) => f.endsWith('.js')).map((f) => `lazy/${f.slice(0, -3)}`)];
const problems = [];
const cjsIndex = require(path.join(dist, 'index.cjs'));
for (const f of files) {
  try {
    await import(pathToFileURL(path.join(dist, `${f}.js`)).href);
  } catch (e) {
    problems.push(`dist/${f}.js: ${e.message}`);
  }
  const cjs = fs.readFileSync(path.join(dist, `${f}.cjs`), 'utf8');
  for (const [, name] of cjs.matchAll(/var (\w+) = require\("(?:\.\.?\/)index\.cjs"\);/g)) {
    for (const [, used] of cjs.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
      if (!(used in cjsIndex)) problems.push(`dist/${f}.cjs: uses ${used}, which index.cjs does not export`);
    }
  }
}
if (problems.length) {
  console.error(`The SDK's build is inconsistent (see scripts/package-layout.mjs):\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
