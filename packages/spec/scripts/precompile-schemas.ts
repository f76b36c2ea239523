// Rewrites src/generated/spec-language-validators.ts from specs/schema/*.schema.json.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledValidatorsSource } from '../src/precompile-schemas.js';
import { readSchemaFiles } from '../src/schema-language.js';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(pkg, 'src/generated/spec-language-validators.ts');
const text = precompiledValidatorsSource(readSchemaFiles(path.join(pkg, '../../specs/schema')));
const tmp = `${target}.tmp`;
fs.writeFileSync(tmp, text);
fs.renameSync(tmp, target);
process.stdout.write(`precompile-schemas: wrote ${path.relative(process.cwd(), target)} (${text.length} bytes)\n`);
