/**
 * Fuzzing the loader: mutated spec documents must never throw; every problem is positioned.
 * Run count: a fixed 1,000-document seed set under `pnpm test`, all 10,000 under `pnpm test:full`
 * (LARKGEN_TEST_FULL=1); LARKGEN_FUZZ_RUNS overrides either. The seed is fixed: both are deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSpecs } from './load.js';
import { VALID_FIXTURE } from './test-support/fixture.js';

const RUNS = Number(process.env.LARKGEN_FUZZ_RUNS ?? (process.env.LARKGEN_TEST_FULL === '1' ? 10_000 : 1_000));

function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.name === 'schema') continue;
    if (e.isDirectory()) readTree(p, base, out);
    else out.set(path.relative(base, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
  }
  return out;
}

const tree = readTree(VALID_FIXTURE);
const fileNames = [...tree.keys()].sort();

/** Edits that keep a document YAML-ish, so most runs reach the schema and semantic checks. */
const TOKENS = ['', ' ', '  ', '-', ':', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '!!str', '|', '>', '~', 'null', 'true', '0', '-1', '1e999', 'TODO', '{x}', '@', '\t', '\u0000', '\u202e', 'é', 'ref: Pin', 'type: file', 'repeated: true', 'required: yes', '- 1', '<<: *a'];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('random-text' as const), text: fc.string({ maxLength: 40 }) }),
);

function mutate(text: string, m: fc.Arbitrary<unknown> extends never ? never : any): string {
  const lines = text.split('\n');
  const i = m.at !== undefined ? m.at % Math.max(lines.length, 1) : 0;
  switch (m.kind) {
    case 'delete-line': lines.splice(i, 1); break;
    case 'duplicate-line': lines.splice(i, 0, lines[i] ?? ''); break;
    case 'indent': lines[i] = m.by >= 0 ? ' '.repeat(m.by) + (lines[i] ?? '') : (lines[i] ?? '').slice(-m.by); break;
    case 'insert': {
      const line = lines[i] ?? '';
      const col = m.at % (line.length + 1);
      lines[i] = line.slice(0, col) + m.token + line.slice(col);
      break;
    }
    case 'replace-value': lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${m.token}`); break;
    case 'truncate': return text.slice(0, m.at % (text.length + 1));
    case 'random-text': lines.splice(i, 0, m.text); break;
  }
  return lines.join('\n');
}

describe('loader fuzzing', () => {
  it(`survives ${RUNS} mutated spec documents with positioned problems only`, () => {
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fileNames), fc.array(mutation, { minLength: 1, maxLength: 3 }), (file, mutations) => {
        const sources = new Map(tree);
        sources.set(file, mutations.reduce((t, m) => mutate(t, m), tree.get(file)!));
        const result = loadSpecs(VALID_FIXTURE, { sources });
        if (result.ok) return true;
        rejected++;
        for (const p of result.problems) {
          expect(p.file).toMatch(/^specs\/demo\//);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.column).toBeGreaterThanOrEqual(1);
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.message).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack traces
        }
        return true;
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
    // Most mutations must actually break something, or the fuzzing proves little.
    expect(rejected).toBeGreaterThan(RUNS * 0.3);
  }, 60_000 + RUNS * 50); // ~2 ms a document on an idle machine
});
