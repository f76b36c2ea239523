import { describe, expect, it } from 'vitest';
import { loadSpecsOrThrow, specsDirFrom } from '@larkgen/spec';
import { buildCliFiles, CLI_GENERATED_DIR, shq } from './index.js';

const model = loadSpecsOrThrow(specsDirFrom(process.cwd())!);

describe('cli generator', () => {
  const files = buildCliFiles(model);

  it('is deterministic', () => {
    expect(buildCliFiles(model)).toEqual(files);
  });

  it('writes only into its folder, every file with the generated header naming its specs', () => {
    for (const f of files) {
      expect(f.path.startsWith(CLI_GENERATED_DIR)).toBe(true);
      expect(f.content).toMatch(/^\/\/ GENERATED FILE - DO NOT EDIT\. Regenerate with `pnpm generate`\.\n\/\/ Sources?: specs\//);
    }
  });

  it('emits a command and a doc module per method, one per shortcut, the index, scopes and completions', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const m of model.methods) {
      expect(paths.has(`${CLI_GENERATED_DIR}methods/${m.id}.ts`)).toBe(true);
      expect(paths.has(`${CLI_GENERATED_DIR}docs/${m.id}.ts`)).toBe(true);
    }
    for (const s of model.services) for (const sc of s.shortcuts) expect(paths.has(`${CLI_GENERATED_DIR}shortcuts/${s.name}.${sc.name}.ts`)).toBe(true);
    for (const p of ['index.ts', 'loaders.ts', 'scopes.ts', 'completions/bash.ts', 'completions/zsh.ts', 'completions/fish.ts']) expect(paths.has(CLI_GENERATED_DIR + p)).toBe(true);
  });

  it('writes the lazy loader of every shortcut behaviour, from the specs (no hand-kept list)', () => {
    const loaders = files.find((f) => f.path === `${CLI_GENERATED_DIR}behaviours.ts`)!.content;
    const entries = [...loaders.matchAll(/^  "([^"]+)": \(\) => import\('([^']+)'\),$/gm)].map((x) => [x[1], x[2]]);
    expect(entries).toEqual(model.services.flatMap((s) => s.shortcuts.map((sc) => [`${s.name}.${sc.command}`, `../shortcuts/${s.name}/${sc.name}.js`])));
    expect(entries).toContainEqual(['im.+messages-send', '../shortcuts/im/messages-send.js']);
  });

  it('derives typed flags from path, query and body fields', () => {
    const create = files.find((f) => f.path.endsWith('methods/im.messages.create.ts'))!.content;
    for (const flag of ['receive-id-type', 'receive-id', 'msg-type', 'content', 'uuid']) expect(create).toContain(`"flag":"${flag}"`);
    const members = files.find((f) => f.path.endsWith('methods/im.chat.members.create.ts'))!.content;
    expect(members).toMatch(/"flag":"id-list","field":"id_list","in":"body","kind":"list"/);
  });

  it('keeps the index small: no method bodies in it', () => {
    const index = files.find((f) => f.path === `${CLI_GENERATED_DIR}index.ts`)!.content;
    expect(index).not.toContain('"properties"');
    expect(index.length).toBeLessThan(80_000);
  });

  it('keeps the loaders apart from the tree: one per method, doc and shortcut, and nothing else', () => {
    const index = files.find((f) => f.path === `${CLI_GENERATED_DIR}index.ts`)!.content;
    const loaders = files.find((f) => f.path === `${CLI_GENERATED_DIR}loaders.ts`)!.content;
    expect(index).not.toContain('import(');
    expect(loaders).not.toContain('"resources"');
    const entries = [...loaders.matchAll(/^  "([^"]+)": \(\) => import\('([^']+)'\),$/gm)].map((x) => [x[1], x[2]]);
    expect(entries).toEqual([
      ...model.methods.map((m) => [m.id, `./methods/${m.id}.js`]),
      ...model.methods.map((m) => [m.id, `./docs/${m.id}.js`]),
      ...model.services.flatMap((s) => s.shortcuts.map((sc) => [`${s.name}.${sc.command}`, `./shortcuts/${s.name}.${sc.name}.js`])),
    ]);
  });

  it('quotes shell words', () => {
    expect(shq('oc_general')).toBe('oc_general');
    expect(shq(`{"a":"it's"}`)).toBe(`'{"a":"it'\\''s"}'`);
  });
});
