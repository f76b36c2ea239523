import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** `$id` prefix shared by the spec language's JSON Schemas (specs/schema/*.schema.json). */
export const SCHEMA_ID_BASE = 'https://lark-im-codegen.local/schema/';

/** The spec file kinds, each checked by `<kind>.schema.json`. */
export const SCHEMA_KINDS = ['service', 'scopes', 'resource', 'schemas', 'shortcut', 'event'] as const;

/** ajv options shared by the run-time compile and the precompiled module, so both report the same errors. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

/** ajv options of the card schemas (`specs/cards/card-v*.schema.json`), run-time compile and precompiled alike. */
export const CARD_AJV_OPTIONS = { allErrors: true, strict: false, discriminator: true } as const;

/** `$id` prefix of the card schemas. */
export const CARD_SCHEMA_ID_BASE = 'https://lark-im-codegen.local/cards/';

/**
 * A folder of JSON Schemas compiled at build time into a module of ajv standalone validators
 * (`src/generated/<module>`), stamped with the hash of the files it came from.
 */
export interface PrecompiledSchemaSet {
  /** The schema folder, relative to `specs/`. */
  readonly dir: string;
  /** The module's file name under src/generated. */
  readonly module: string;
  readonly ajvOptions: Readonly<Record<string, unknown>>;
  /** Exported validator name → the `$id` of its schema. */
  readonly exports: Readonly<Record<string, string>>;
}

export const PRECOMPILED_SCHEMA_SETS: readonly PrecompiledSchemaSet[] = [
  {
    dir: 'schema',
    module: 'spec-language-validators.ts',
    ajvOptions: AJV_OPTIONS,
    exports: Object.fromEntries(SCHEMA_KINDS.map((k) => [k, `${SCHEMA_ID_BASE}${k}.schema.json`])),
  },
  {
    dir: 'cards',
    module: 'card-schema-validators.ts',
    ajvOptions: CARD_AJV_OPTIONS,
    exports: { v1: `${CARD_SCHEMA_ID_BASE}card-v1.schema.json`, v2: `${CARD_SCHEMA_ID_BASE}card-v2.schema.json` },
  },
];

export interface SchemaFile {
  name: string;
  text: string;
}

/** Every `*.schema.json` under `schemaDir`, sorted by name so the hash is independent of directory order. */
export function readSchemaFiles(schemaDir: string): SchemaFile[] {
  return fs
    .readdirSync(schemaDir)
    .filter((x) => x.endsWith('.schema.json'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(schemaDir, name), 'utf8') }));
}

/** Content hash of the schema files: decides whether the precompiled validators still describe them. */
export function hashSchemaFiles(files: readonly SchemaFile[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.name).update('\0').update(f.text).update('\0');
  return h.digest('hex');
}
