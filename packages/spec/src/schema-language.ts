import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** `$id` prefix shared by the spec language's JSON Schemas (specs/schema/*.schema.json). */
export const SCHEMA_ID_BASE = 'https://lark-im-codegen.local/schema/';

/** The spec file kinds, each checked by `<kind>.schema.json`. */
export const SCHEMA_KINDS = ['service', 'scopes', 'resource', 'schemas', 'shortcut', 'event'] as const;

/** ajv options shared by the run-time compile and the precompiled module, so both report the same errors. */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

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
