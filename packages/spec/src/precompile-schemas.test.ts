import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as precompiledCards from './generated/card-schema-validators.js';
import * as precompiled from './generated/spec-language-validators.js';
import { loadSpecs } from './load.js';
import { precompiledValidatorsSource } from './precompile-schemas.js';
import { hashSchemaFiles, PRECOMPILED_SCHEMA_SETS, readSchemaFiles } from './schema-language.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const specsDir = path.resolve(here, '../../../specs');
const schemaDir = path.join(specsDir, 'schema');

describe('precompiled validators', () => {
  it.each(PRECOMPILED_SCHEMA_SETS.map((set) => [set.module, set] as const))('%s is current: regenerating from its schema folder gives the checked-in module byte for byte', (module, set) => {
    const checkedIn = fs.readFileSync(path.join(here, 'generated', module), 'utf8');
    const fresh = precompiledValidatorsSource(set, readSchemaFiles(path.join(specsDir, set.dir)));
    expect(checkedIn === fresh, 'run `pnpm --filter @larkgen/spec precompile-schemas` and commit the result').toBe(true);
  });

  it('carry the hashes of the schema files they came from', () => {
    expect(precompiled.SCHEMA_HASH).toBe(hashSchemaFiles(readSchemaFiles(schemaDir)));
    expect(precompiledCards.SCHEMA_HASH).toBe(hashSchemaFiles(readSchemaFiles(path.join(specsDir, 'cards'))));
  });

  it('are bypassed when a schema file differs: an edited schema is compiled at run time and judges the specs', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-schema-edit-'));
    try {
      fs.cpSync(path.resolve(schemaDir, '..'), tmp, { recursive: true });
      const servicePath = path.join(tmp, 'schema/service.schema.json');
      const service = JSON.parse(fs.readFileSync(servicePath, 'utf8')) as { required: string[]; properties: Record<string, unknown> };
      service.properties['owner'] = { type: 'string' };
      service.required.push('owner');
      fs.writeFileSync(servicePath, JSON.stringify(service, null, 2));
      expect(hashSchemaFiles(readSchemaFiles(path.join(tmp, 'schema')))).not.toBe(precompiled.SCHEMA_HASH);
      const result = loadSpecs(tmp);
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      const missing = problems.filter((p) => p.message === 'missing required key "owner"').map((p) => p.file);
      const services = fs.readdirSync(tmp).filter((d) => fs.existsSync(path.join(tmp, d, 'service.yaml')));
      expect(services.length).toBeGreaterThan(1);
      expect(missing.sort()).toEqual(services.sort().map((d) => `${path.basename(tmp)}/${d}/service.yaml`));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('precompiled card validators', () => {
  it('are bypassed when a card schema differs: the edited schema is compiled at run time and judges the examples', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-card-schema-edit-'));
    try {
      fs.cpSync(specsDir, tmp, { recursive: true });
      const v2Path = path.join(tmp, 'cards/card-v2.schema.json');
      const v2 = JSON.parse(fs.readFileSync(v2Path, 'utf8')) as { required?: string[]; properties: Record<string, unknown> };
      v2.properties['owner'] = { type: 'string' };
      v2.required = [...(v2.required ?? []), 'owner'];
      fs.writeFileSync(v2Path, JSON.stringify(v2, null, 2));
      expect(hashSchemaFiles(readSchemaFiles(path.join(tmp, 'cards')))).not.toBe(precompiledCards.SCHEMA_HASH);
      const result = loadSpecs(tmp);
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      const v2Examples = fs
        .readdirSync(path.join(tmp, 'cards/examples'))
        .filter((f) => (JSON.parse(fs.readFileSync(path.join(tmp, 'cards/examples', f), 'utf8')) as { card: { schema?: string } }).card.schema === '2.0');
      expect(v2Examples.length).toBeGreaterThan(0);
      const blamed = problems.filter((p) => p.message === "card: must have required property 'owner'").map((p) => path.basename(p.file));
      expect(blamed.sort()).toEqual(v2Examples.sort());
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
