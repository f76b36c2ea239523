// Rewrites every precompiled validators module (src/generated/*-validators.ts) from its schema folder under specs/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledValidatorsSource } from '../src/precompile-schemas.js';
import { PRECOMPILED_SCHEMA_SETS, readSchemaFiles } from '../src/schema-language.js';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const set of PRECOMPILED_SCHEMA_SETS) {
  const target = path.join(pkg, 'src/generated', set.module);
  const text = precompiledValidatorsSource(set, readSchemaFiles(path.join(pkg, '../../specs', set.dir)));
  const tmp = `${target}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, target);
  process.stdout.write(`precompile-schemas: wrote ${path.relative(process.cwd(), target)} (${text.length} bytes)\n`);
}
