import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as precompiled from './generated/spec-language-validators.js';
import { loadSpecs } from './load.js';
import { precompiledValidatorsSource } from './precompile-schemas.js';
import { hashSchemaFiles, readSchemaFiles } from './schema-language.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.resolve(here, '../../../specs/schema');

describe('precompiled spec-language validators', () => {
  it('are current: regenerating from specs/schema gives the checked-in module byte for byte', () => {
    const checkedIn = fs.readFileSync(path.join(here, 'generated/spec-language-validators.ts'), 'utf8');
    const fresh = precompiledValidatorsSource(readSchemaFiles(schemaDir));
    expect(checkedIn === fresh, 'run `pnpm --filter @larkgen/spec precompile-schemas` and commit the result').toBe(true);
    expect(precompiled.SCHEMA_HASH).toBe(hashSchemaFiles(readSchemaFiles(schemaDir)));
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
