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
  it.each(['lark-im/SKILL.md', 'lark-shared/SKILL.md', 'lark-mcp/SKILL.md'])('%s has valid front matter', (file) => {
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
    for (const s of model.services.filter((x) => x.cli.docs)) for (const r of s.resources) expected.add(`lark-${s.name}/references/resources/${r.name}.md`);
    if (model.methods.some((m) => m.service !== 'im')) expected.add('lark-im/references/resources/other-services.md');
    for (const s of model.services.filter((x) => x.tasks.length)) expected.add(`lark-${s.name}/references/lark-${s.name}-tasks.md`);
    // The cards guide and one page per example card of specs/cards/examples.
    expected.add('lark-im/references/lark-im-cards.md');
    for (const e of model.cards?.examples ?? []) expected.add(`lark-im/references/cards/${e.name}.md`);
    expect(pages.map(rel)).toEqual([...expected].sort());
  });

  it.each((model.cards?.examples ?? []).map((e) => [e.name, e.card] as const))('the page of example card %s shows the card itself as JSON', (name, card) => {
    const text = fs.readFileSync(path.join(pkg, `lark-im/references/cards/${name}.md`), 'utf8');
    const block = /## The card\n\n```json\n([\s\S]*?)\n```\n/.exec(text);
    expect(block, `no JSON block on the page of ${name}`).not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(card);
  });

  it('the entry page stays small enough for an agent to read first (at most 3,000 tokens)', () => {
    const text = fs.readFileSync(path.join(pkg, 'lark-im/SKILL.md'), 'utf8');
    expect(Math.ceil(text.length / 4)).toBeLessThanOrEqual(3000);
  });

  it('every reference page links back to its skill and to the shared page', () => {
    for (const page of pages.filter((p) => rel(p).includes('/references/'))) {
      const text = fs.readFileSync(page, 'utf8');
      const up = path.relative(path.dirname(page), path.join(pkg, 'lark-im'));
      expect(text, rel(page)).toContain(`[lark-im](${up}/SKILL.md)`);
      expect(text, rel(page)).toContain(`[lark-shared](${up}/../lark-shared/SKILL.md)`);
    }
  });

  it('every resource is indexed on the entry page and every method is listed on its resource page', () => {
    const skill = fs.readFileSync(path.join(pkg, 'lark-im/SKILL.md'), 'utf8');
    const im = model.services.find((s) => s.name === 'im')!;
    for (const r of im.resources) {
      expect(skill).toContain(`(references/resources/${r.name}.md)`);
      const page = fs.readFileSync(path.join(pkg, `lark-im/references/resources/${r.name}.md`), 'utf8');
      for (const id of r.methods) expect(page, r.name).toContain(`[\`${id}\`](../api/${id}.md)`);
    }
  });

  it.each([
    ['no sentence runs into "Identities:" without a full stop', /[^.!?] Identities:/],
    ['no constraint is said twice in one cell', /(At most \d+ (chars|items)\.) \1/i],
    ['defaults are shown without JSON quotes', /Default `"/],
    ['pages do not speak of "this repository"', /this repository/i],
    ['placeholders outside code are never raw HTML', /(^|[^`&])<(name|json|at |encoded|app_id|keyword)/m],
  ])('text: %s', (_title, bad) => {
    const offenders = pages.filter((p) => bad.test(fs.readFileSync(p, 'utf8').replace(/```[\s\S]*?```/g, '```').replace(/`[^`\n]*`/g, '``'))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('every error row says what the code means and what to do', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      const lines = fs.readFileSync(page, 'utf8').split('\n');
      let columns: string[] | undefined;
      for (const line of lines) {
        if (!line.startsWith('|')) { columns = undefined; continue; }
        const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
        if (!columns) { columns = cells; continue; }
        if (!columns.includes('meaning') || cells[0]?.startsWith('---')) continue;
        // Method errors may leave the fix to their meaning; a shortcut's common errors must say both.
        for (const name of rel(page).includes('/api/') ? ['meaning'] : ['meaning', 'what to do']) {
          const i = columns.indexOf(name);
          if (i >= 0 && !cells[i]) offenders.push(`${rel(page)}: ${cells[0]} has no ${name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('pages name no repository-only paths or commands, so the folders install anywhere', () => {
    const offenders = pages.filter((p) => /\bpnpm |packages\/|specs\//.test(fs.readFileSync(p, 'utf8').replace(/<!-- GENERATED FILE[^\n]*-->/, ''))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('no fenced block ends on a blank line', () => {
    const offenders: string[] = [];
    for (const page of pages) {
      const lines = fs.readFileSync(page, 'utf8').split('\n');
      let open = false;
      lines.forEach((line, i) => {
        if (!line.startsWith('```')) return;
        if (open && lines[i - 1] === '') offenders.push(`${rel(page)}:${i + 1}`);
        open = !open;
      });
    }
    expect(offenders).toEqual([]);
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
