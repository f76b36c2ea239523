import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGenerate, type GenerateOptions } from './run.js';
import { withHeader } from './core/files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const specsDir = path.join(repoRoot, 'specs');

function tempRoot(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-gen-'));
}

function run(root: string, extra: Partial<GenerateOptions> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runGenerate({ root, specsDir, check: false, out: (s) => out.push(s), err: (s) => err.push(s), ...extra });
  return { code, out, err };
}

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.name === 'node_modules') continue; // the generation stamp cache, not an output
      if (e.isDirectory()) walk(p);
      else files.set(path.relative(root, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(root);
  return files;
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

// One fresh generation shared by the tests below: each full generation costs seconds of CPU.
let fresh: string;
let freshFiles: Map<string, string>;
beforeAll(() => {
  fresh = tempRoot();
  expect(run(fresh).code).toBe(0);
  freshFiles = snapshot(fresh);
}, 300_000);

/** A copy of the fresh generation (outputs and stamp), to change without touching the shared one. */
function freshCopy(): string {
  const root = tempRoot();
  fs.cpSync(fresh, root, { recursive: true });
  return root;
}

describe('generation is deterministic', () => {
  it('produces byte-identical output twice, and with the spec files visited in shuffled orders', () => {
    const b = tempRoot();
    const c = tempRoot();
    expect(run(b, { fileOrder: (f) => shuffle(f, 7) }).code).toBe(0);
    expect(run(c, { fileOrder: (f) => [...f].reverse() }).code).toBe(0);
    expect(freshFiles.size).toBeGreaterThan(0);
    expect(snapshot(b)).toEqual(freshFiles);
    expect(snapshot(c)).toEqual(freshFiles);
  });

  it('writes nothing the second time', () => {
    const root = freshCopy();
    const second = run(root);
    expect(second.code).toBe(0);
    expect(second.out[0]).toMatch(/\(0 changed\)/);
  });

  it('starts every generated file with the do-not-edit notice naming its specs', () => {
    for (const [file, content] of freshFiles) {
      const head = content.slice(0, 1000); // front matter may come first
      expect(head, file).toMatch(/GENERATED FILE - DO NOT EDIT/);
      expect(head, file).toMatch(/specs\/[a-z_]+\//);
    }
  });
});

describe('generate --check', () => {
  it('passes on fresh output, then lists edited and missing files and exits 1 without writing', () => {
    const root = freshCopy();
    expect(run(root, { check: true }).code).toBe(0);

    const files = [...snapshot(root).keys()].sort();
    const edited = files[0]!;
    fs.appendFileSync(path.join(root, edited), '\n// hand edit\n');
    const removed = files[1]!;
    fs.rmSync(path.join(root, removed));
    const before = snapshot(root);

    const r = run(root, { check: true });
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toContain(`update ${edited}`);
    expect(r.err.join('\n')).toContain(`create ${removed}`);
    expect(snapshot(root)).toEqual(before);

    expect(run(root).code).toBe(0);
    expect(run(root, { check: true }).code).toBe(0);
  });

  it('deletes stale files in an owned folder', () => {
    const root = freshCopy();
    const ownedDir = path.join(root, 'packages', 'emulator', 'src', 'generated');
    fs.writeFileSync(path.join(ownedDir, 'old.json'), '{}');
    const r = run(root, { check: true });
    expect(r.code).toBe(1);
    expect(r.err).toContain('  delete packages/emulator/src/generated/old.json');
    run(root);
    expect(fs.existsSync(path.join(ownedDir, 'old.json'))).toBe(false);
  });
});

describe('bad specs', () => {
  it('exit 2 with every problem and write nothing', () => {
    const root = tempRoot();
    const specs = path.join(root, 'specs');
    fs.cpSync(specsDir, specs, { recursive: true });
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
