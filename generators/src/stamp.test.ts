import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFresh } from '../bin/stamp.cjs';
import { generationCopy, sharedGeneration } from './test-support/generation.js';

describe('the generation stamp (pnpm generate answering "nothing changed")', () => {
  let root: string;
  let specs: string;
  const output = 'packages/openapi/openapi.json';
  const later = (file: string) => {
    const t = fs.statSync(file).mtime;
    fs.utimesSync(file, t, new Date(t.getTime() + 5_000));
  };

  // A copy of the generation shared by this worker's test files: these tests change their tree.
  beforeAll(() => {
    root = generationCopy();
    specs = path.join(root, 'specs');
  }, 300_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('is fresh right after a generation', () => {
    // The shared generation itself, untouched since runGenerate wrote it (isFresh only reads here).
    const generated = sharedGeneration().root;
    expect(isFresh(generated, path.join(generated, 'specs'))).toBe(true);
  });

  it('stays fresh when a file is touched but its content is unchanged (the hashes decide)', () => {
    later(path.join(root, output));
    later(path.join(specs, 'im/service.yaml'));
    expect(isFresh(root, specs)).toBe(true);
  });

  it.each([
    ['an edited output', () => path.join(root, output)],
    ['an edited spec', () => path.join(specs, 'im/service.yaml')],
  ])('is stale after %s, and fresh again once it is restored', (_, file) => {
    const p = file();
    const before = fs.readFileSync(p, 'utf8');
    fs.writeFileSync(p, before.replace(/.$/s, before.endsWith('\n') ? ' \n' : ' '));
    expect(isFresh(root, specs)).toBe(false);
    fs.writeFileSync(p, before);
    expect(isFresh(root, specs)).toBe(true);
  });

  it('is stale when a spec file is added or an output removed', () => {
    const extra = path.join(specs, 'im/schemas/zz-extra.yaml');
    fs.writeFileSync(extra, 'schemas: {}\n');
    expect(isFresh(root, specs)).toBe(false);
    fs.rmSync(extra);
    expect(isFresh(root, specs)).toBe(true);
    const p = path.join(root, output);
    const kept = fs.readFileSync(p);
    fs.rmSync(p);
    expect(isFresh(root, specs)).toBe(false);
    fs.writeFileSync(p, kept);
    expect(isFresh(root, specs)).toBe(true);
  });
});
