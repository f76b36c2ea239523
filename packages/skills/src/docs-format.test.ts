import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadSpecsOrThrow } from '@larkgen/spec';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const model = loadSpecsOrThrow(path.resolve(pkg, '..', '..', 'specs'));

function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...mdFiles(p));
    else if (p.endsWith('.md')) out.push(p);
  }
  return out.sort();
}
const pages = [...mdFiles(path.join(pkg, 'lark-im')), ...mdFiles(path.join(pkg, 'lark-shared'))];
const rel = (p: string) => path.relative(pkg, p);

describe('skill docs format', () => {
  it.each(['lark-im/SKILL.md', 'lark-shared/SKILL.md'])('%s has valid front matter', (file) => {
    const text = fs.readFileSync(path.join(pkg, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    expect(m).not.toBeNull();
    const fm = parseYaml(m![1]!) as Record<string, any>;
    expect(Object.keys(fm)).toEqual(['name', 'version', 'description', 'metadata']);
    expect(fm.name).toBe(path.dirname(file));
    expect(fm.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fm.description.length).toBeGreaterThan(80);
    expect(fm.metadata.requires.bins).toEqual(['lark-cli']);
    expect(fm.metadata.cliHelp).toMatch(/^lark-cli( [a-z]+)? --help$/);
  });

  it('every internal link resolves', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = fs.readFileSync(page, 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        if (!fs.existsSync(path.resolve(path.dirname(page), target!))) broken.push(`${rel(page)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every method and every shortcut has a page, and no page lacks a spec', () => {
    const expected = new Set<string>(['lark-im/SKILL.md', 'lark-shared/SKILL.md']);
    for (const m of model.methods) expected.add(`lark-im/references/api/${m.id}.md`);
    for (const s of model.services) for (const sc of s.shortcuts) expected.add(`lark-${s.name}/references/lark-${s.name}-${sc.name}.md`);
    // The cards guide and one page per example card of specs/cards/examples.
    expected.add('lark-im/references/lark-im-cards.md');
    for (const e of model.cards?.examples ?? []) expected.add(`lark-im/references/cards/${e.name}.md`);
    expect(pages.map(rel)).toEqual([...expected].sort());
  });

  it('every page carries the do-not-edit notice', () => {
    for (const page of pages) expect(fs.readFileSync(page, 'utf8'), rel(page)).toContain('GENERATED FILE - DO NOT EDIT');
  });

  it('every method page shows a runnable CLI example and the SDK call', () => {
    for (const m of model.methods) {
      const text = fs.readFileSync(path.join(pkg, `lark-im/references/api/${m.id}.md`), 'utf8');
      expect(text, m.id).toContain(`\`\`\`bash\nlark-cli ${m.service} ${m.resource} ${m.name}`);
      expect(text, m.id).toMatch(/```ts\n(import|const|await)/);
    }
  });
});
