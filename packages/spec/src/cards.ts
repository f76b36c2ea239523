/**
 * The card part of the spec language: `specs/cards/card-v2.schema.json` and `card-v1.schema.json`
 * (JSON Schemas of message cards, with the platform's structural limits as `x-lark-*` keywords) and
 * `specs/cards/examples/<name>.json` (example cards for the docs and the end-to-end tests).
 *
 * The loader checks that each schema compiles and that each example matches its schema (by the
 * standard keywords; the `x-lark-*` limits are enforced by the card validator, which has tests over
 * the same examples). The validators are the precompiled ones (src/generated/card-schema-validators.ts)
 * while the schema files hash as they did when it was made, else compiled here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as precompiled from './generated/card-schema-validators.js';
import { CARD_AJV_OPTIONS, hashSchemaFiles, type SchemaFile } from './schema-language.js';
import type { CardExample, CardSpecs, JsonSchemaDocument } from './model.js';
import type { SpecProblem } from './problems.js';

const EXAMPLE_KEYS = ['name', 'title', 'description', 'card'] as const;

/** Reads `specs/cards/`; undefined when the folder does not exist (specs without cards). */
export function loadCards(specsRoot: string, problems: SpecProblem[], rel: (p: string) => string): CardSpecs | undefined {
  const dir = path.join(specsRoot, 'cards');
  if (!fs.existsSync(dir)) return undefined;
  const files: string[] = [];
  const texts = new Map<string, string>();
  const readJson = (p: string): unknown => {
    files.push(rel(p));
    try {
      const text = fs.readFileSync(p, 'utf8');
      texts.set(p, text);
      return JSON.parse(text);
    } catch (e) {
      problems.push({ file: rel(p), line: 1, column: 1, subject: '', message: `not valid JSON: ${(e as Error).message}`, hint: 'fix the JSON syntax' });
      return undefined;
    }
  };
  const schemas: Partial<Record<'v1' | 'v2', JsonSchemaDocument>> = {};
  const schemaFiles: SchemaFile[] = [];
  for (const v of ['v1', 'v2'] as const) {
    const p = path.join(dir, `card-${v}.schema.json`);
    if (!fs.existsSync(p)) {
      problems.push({ file: rel(dir), line: 1, column: 1, subject: '', message: `card-${v}.schema.json is missing`, hint: `add the Card ${v === 'v1' ? '1.0' : '2.0'} JSON Schema` });
      continue;
    }
    const doc = readJson(p) as JsonSchemaDocument | undefined;
    if (!doc) continue;
    schemas[v] = doc;
    schemaFiles.push({ name: path.basename(p), text: texts.get(p)! });
  }
  const validators = cardValidators(schemas, schemaFiles, (v, e) => {
    delete schemas[v];
    problems.push({ file: rel(path.join(dir, `card-${v}.schema.json`)), line: 1, column: 1, subject: '', message: `not a valid JSON Schema: ${e.message}`, hint: 'check the keyword named in the message' });
  });
  const examples: CardExample[] = [];
  const exampleDir = path.join(dir, 'examples');
  const names = fs.existsSync(exampleDir) ? fs.readdirSync(exampleDir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const f of names) {
    const p = path.join(exampleDir, f);
    const raw = readJson(p) as Record<string, unknown> | undefined;
    if (!raw) continue;
    const name = f.replace(/\.json$/, '');
    const bad = (message: string, hint: string) => problems.push({ file: rel(p), line: 1, column: 1, subject: `card example ${name}`, message, hint });
    if (raw.name !== name) bad(`"name" must be "${name}" (the file name)`, `set "name": "${name}"`);
    if (typeof raw.title !== 'string' || typeof raw.description !== 'string') bad('needs "title" and "description" strings', 'describe what the card is for in one line each');
    for (const k of Object.keys(raw)) if (!(EXAMPLE_KEYS as readonly string[]).includes(k)) bad(`unknown key "${k}"`, `keep only ${EXAMPLE_KEYS.join(', ')}`);
    const card = raw.card as Record<string, unknown> | undefined;
    if (!card || typeof card !== 'object') {
      bad('needs a "card" object', 'put the card JSON under "card"');
      continue;
    }
    const check = card.schema === '2.0' ? validators.v2 : validators.v1;
    if (check && !check(card)) {
      for (const err of check.errors ?? []) bad(`card${err.instancePath.replace(/\//g, '.')}: ${err.message ?? 'invalid'}`, 'make the example match specs/cards/card-v2.schema.json');
    }
    examples.push({ name, title: String(raw.title), description: String(raw.description), card });
  }
  if (!schemas.v1 || !schemas.v2) return undefined;
  return { v1: schemas.v1, v2: schemas.v2, examples, files };
}

type CardValidators = Partial<Record<'v1' | 'v2', ValidateFunction>>;

/**
 * The precompiled validators while both schema files are those they were made from (the usual
 * case: no compiling), else each schema compiled now, so an edited schema never meets stale code.
 */
function cardValidators(schemas: Partial<Record<'v1' | 'v2', JsonSchemaDocument>>, files: readonly SchemaFile[], invalid: (v: 'v1' | 'v2', e: Error) => void): CardValidators {
  if (files.length === 2 && hashSchemaFiles(files) === precompiled.SCHEMA_HASH) return precompiled as unknown as CardValidators;
  const ajv = new Ajv2020(CARD_AJV_OPTIONS);
  const validators: CardValidators = {};
  for (const v of ['v1', 'v2'] as const) {
    const doc = schemas[v];
    if (!doc) continue;
    try {
      validators[v] = ajv.compile(doc);
    } catch (e) {
      invalid(v, e as Error);
    }
  }
  return validators;
}
