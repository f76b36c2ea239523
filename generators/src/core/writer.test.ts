import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitStaged, contentHash, encoded, planChanges, stageChanges } from './writer.js';

describe('planChanges (bytes on disk against each file encoded once)', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  beforeEach(() => void (root = fs.mkdtempSync(path.join(os.tmpdir(), 'larkgen-writer-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('tells created, updated (also at the same length), unchanged (non-ASCII too) and stale files apart', () => {
    write('out/same.md', '消息 · café\n');
    write('out/longer.md', 'a\n');
    write('out/same-length.md', 'abc\n');
    write('out/stale.md', 'old\n');
    const files = [
      { path: 'out/same.md', content: '消息 · café\n' },
      { path: 'out/longer.md', content: 'ab\n' },
      { path: 'out/same-length.md', content: 'abd\n' },
      { path: 'out/new.md', content: 'new\n' },
    ];
    expect(planChanges({ root, files, owned: ['out/'] })).toEqual([
      { path: 'out/longer.md', kind: 'update' },
      { path: 'out/new.md', kind: 'create' },
      { path: 'out/same-length.md', kind: 'update' },
      { path: 'out/stale.md', kind: 'delete' },
    ]);
  });

  it('writes the encoded bytes, and hashes them as the UTF-8 of the text', () => {
    const file = { path: 'out/page.md', content: '消息 <id>\n' };
    const changes = planChanges({ root, files: [file], owned: ['out/'] });
    commitStaged(root, stageChanges(root, [file], changes));
    expect(fs.readFileSync(path.join(root, file.path), 'utf8')).toBe(file.content);
    expect(encoded(file)).toBe(encoded(file));
    expect(contentHash(encoded(file))).toBe(contentHash(file.content));
    expect(planChanges({ root, files: [file], owned: ['out/'] })).toEqual([]);
  });
});
