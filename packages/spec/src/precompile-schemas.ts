/**
 * Produces a precompiled validators module (src/generated/spec-language-validators.ts for the spec
 * language, card-schema-validators.ts for the card schemas): ajv standalone code for a folder of
 * JSON Schemas, stamped with the hash of the schema files it came from. The loader uses it only
 * while that hash matches; otherwise it compiles at run time.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { hashSchemaFiles, type PrecompiledSchemaSet, type SchemaFile } from './schema-language.js';

// ajv's standalone code reaches its run-time helpers with require(); the module is ESM, so they are
// imported instead. `pick` copes with both Node's and the bundler's view of a CommonJS default export.
const RUNTIME_HELPERS = ['ucs2length', 'equal'] as const;

export function precompiledValidatorsSource(set: PrecompiledSchemaSet, files: readonly SchemaFile[]): string {
  const ajv = new Ajv2020({ ...set.ajvOptions, code: { source: true, esm: true } });
  for (const f of files) ajv.addSchema(JSON.parse(f.text) as object);
  const refs = { ...set.exports };
  type Generate = typeof standalone.default;
  const generate: Generate = (standalone as unknown as { default?: Generate }).default ?? (standalone as unknown as Generate);
  let code = generate(ajv, refs).replace(/^"use strict";/, '');
  const imports: string[] = [];
  for (const helper of RUNTIME_HELPERS) {
    const call = `require("ajv/dist/runtime/${helper}").default`;
    if (!code.includes(call)) continue;
    imports.push(`import * as ${helper}Module from 'ajv/dist/runtime/${helper}.js';`, `const ${helper}Helper = pick(${helper}Module);`);
    code = code.split(call).join(`${helper}Helper`);
  }
  if (/\brequire\(/.test(code)) throw new Error('ajv standalone code needs a run-time helper the precompiler does not import');
  return [
    '// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm --filter @larkgen/spec precompile-schemas`.',
    `// Sources: ${files.map((f) => `specs/${set.dir}/${f.name}`).join(', ')}`,
    '// @ts-nocheck',
    '/* eslint-disable */',
    `export const SCHEMA_HASH = ${JSON.stringify(hashSchemaFiles(files))};`,
    ...(imports.length ? ['function pick(m) { const d = m.default; return typeof d === "function" ? d : d.default; }', ...imports] : []),
    code,
    '',
  ].join('\n');
}
