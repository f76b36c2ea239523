import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGenerate, type GenerateOptions } from './run.js';
import { withHeader } from './core/files.js';
import { generationCopy, repoRoot, sharedGeneration, snapshot, tempRoot, type Generation } from './test-support/generation.js';

/** `pnpm generate` on a copy made by generationCopy() (its specs are inside it). */
function run(root: string, extra: Partial<GenerateOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runGenerate({ root, specsDir: path.join(root, 'specs'), check: false, out: (s) => out.push(s), err: (s) => err.push(s), ...extra });
  return { code, out, err };
}

function shuffle<T>(items: T[], seed: number): T[] {
  const a = [...items];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// One fresh generation (test-support/generation.ts), shared with the other test files of this
// worker: each whole generation costs seconds of CPU. Tests that write change a copy of it.
let fresh: Generation;
beforeAll(() => {
  fresh = sharedGeneration();
}, 300_000);

describe('generating a generated tree', () => {
  // One tree through a maintainer's round: regenerate, hand-edit, check, regenerate. Each step is
  // a whole generation (seconds of CPU), so they share the tree instead of starting from a copy.
  it('writes nothing the second time; --check lists exactly the edited, missing and stale files and writes nothing; generating restores the tree', () => {
    const root = generationCopy();
    // A second generation, the spec files visited in a shuffled order: every byte identical.
    const second = run(root, { fileOrder: (f) => shuffle(f, 7) });
    expect(second).toEqual({ code: 0, out: [expect.stringMatching(/^generated \d+ files from \d+ methods \(0 changed\) in \d+ ms$/)], err: [] });
    expect(snapshot(root)).toEqual(fresh.files);

    const files = [...fresh.files.keys()].filter((f) => !f.startsWith('specs/')).sort();
    const edited = files[0]!;
    fs.appendFileSync(path.join(root, edited), '\n// hand edit\n');
    const removed = files[1]!;
    fs.rmSync(path.join(root, removed));
    // A file nobody generates, in a folder the generators own.
    const stale = 'packages/emulator/src/generated/old.json';
    fs.writeFileSync(path.join(root, stale), '{}');
    const before = snapshot(root);

    // --check compares every file it would write with the one on disk, byte for byte: in the
    // reversed spec order it finds these three and nothing else, and writes none.
    const check = run(root, { check: true, fileOrder: (f) => [...f].reverse() });
    expect(check.code).toBe(1);
    const listed = [[edited, 'update'], [removed, 'create'], [stale, 'delete']].sort(([a], [b]) => (a! < b! ? -1 : 1));
    expect(check.err).toEqual([
      'generate --check: regenerating would change 3 files:',
      ...listed.map(([file, kind]) => `  ${kind} ${file}`),
      'Run `pnpm generate` and commit the result.',
    ]);
    expect(snapshot(root)).toEqual(before);

    expect(run(root).code).toBe(0);
    expect(snapshot(root)).toEqual(fresh.files);
  });

  it('starts every generated file with the do-not-edit notice naming its specs', () => {
    const generated = [...fresh.files].filter(([file]) => !file.startsWith('specs/'));
    expect(generated.length).toBeGreaterThan(100);
    for (const [file, content] of generated) {
      const head = content.slice(0, 1000); // front matter may come first
      expect(head, file).toMatch(/GENERATED FILE - DO NOT EDIT/);
      expect(head, file).toMatch(/specs\/[a-z_]+\//);
    }
  });
});

describe('bad specs', () => {
  it('exit 2 with every problem and write nothing', () => {
    const root = tempRoot();
    const specs = path.join(root, 'specs');
    fs.cpSync(path.join(repoRoot, 'specs'), specs, { recursive: true });
    const file = path.join(specs, 'im', 'resources', 'pins.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('http: POST', 'http: PUSH'));
    const errs: string[] = [];
    const r = runGenerate({ root, specsDir: specs, check: false, out: () => {}, err: (s) => errs.push(s) });
    expect(r).toBe(2);
    expect(errs[0]).toMatch(/^specs\/im\/resources\/pins\.yaml:\d+:11: im\.pins\.create: http: "PUSH" is not allowed \(fix: did you mean "POST"\?\)$/);
    expect(errs.at(-1)).toBe('\n1 problem in the specs; nothing was generated.');
    expect(fs.readdirSync(root)).toEqual(['specs']);
  });
});

describe('withHeader', () => {
  it.each([
    ['a.ts', '// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.\n// Source: specs/im/x.yaml\n\nbody'],
    ['a.md', '<!-- GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`. Source: specs/im/x.yaml -->\nbody'],
    ['a.bash', '# GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.\n# Source: specs/im/x.yaml\nbody'],
  ])('%s', (file, expected) => {
    expect(withHeader(file, ['specs/im/x.yaml'], 'body')).toBe(expected);
  });

  it('keeps Markdown front matter first', () => {
    expect(withHeader('a.md', ['specs/im/x.yaml'], '---\nname: x\n---\n# T\n')).toBe(
      '---\nname: x\n---\n<!-- GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`. Source: specs/im/x.yaml -->\n# T\n',
    );
  });
});
