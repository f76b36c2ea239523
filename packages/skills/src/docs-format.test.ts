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
const SKILLS = ['lark-im', 'lark-shared', 'lark-event'];
const pages = SKILLS.flatMap((s) => mdFiles(path.join(pkg, s)));
const rel = (p: string) => path.relative(pkg, p);

describe('skill docs format', () => {
  it.each([...SKILLS, 'lark-mcp'].map((s) => `${s}/SKILL.md`))('%s has valid front matter', (file) => {
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
    const expected = new Set<string>(SKILLS.map((s) => `${s}/SKILL.md`));
    for (const e of model.events) expected.add(`lark-event/references/${e.key}.md`);
    for (const m of model.methods) expected.add(`lark-im/references/api/${m.id}.md`);
    for (const s of model.services) for (const sc of s.shortcuts) expected.add(`lark-${s.name}/references/lark-${s.name}-${sc.name}.md`);
    for (const s of model.services.filter((x) => x.cli.docs)) for (const r of s.resources) expected.add(`lark-${s.name}/references/resources/${r.name}.md`);
    if (model.methods.some((m) => m.service !== 'im')) expected.add('lark-im/references/resources/other-services.md');
    for (const s of model.services.filter((x) => x.tasks.length)) expected.add(`lark-${s.name}/references/lark-${s.name}-tasks.md`);
    // The cards guide and one page per example card of specs/cards/examples.
    expected.add('lark-im/references/lark-im-cards.md');
    for (const e of model.cards?.examples ?? []) expected.add(`lark-im/references/cards/${e.name}.md`);
    expect(pages.map(rel).sort()).toEqual([...expected].sort());
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
      const skill = rel(page).split('/')[0]!;
      const up = path.relative(path.dirname(page), path.join(pkg, skill));
      expect(text, rel(page)).toContain(`[${skill}](${up}/SKILL.md)`);
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

  it('the entry page carries the decision and safety rules an agent needs', () => {
    const skill = fs.readFileSync(path.join(pkg, 'lark-im/SKILL.md'), 'utf8');
    for (const rule of [
      '**Prefer a shortcut.**', 'run `lark-cli schema im.<resource>.<method>` before its first call',
      '`lark-cli im +chat-search --query "<name>"`',
      '`--text` for plain text', '`--markdown` for headings', '`--card @card.json` for an interactive card', '`--content` with `--msg-type`',
      '`--text @message.txt`', 'add `--format json` to get every field',
      'confirm the recipient (chat or user), the content\n  and the identity', 'Never add `--yes` on your own', 'If no shortcut or method below does the task, say so',
    ]) expect(skill, rule).toContain(rule);
  });

  it('the identity rule is stated once, on the shared page, and the risk labels are introduced there', () => {
    const stating = pages.filter((p) => fs.readFileSync(p, 'utf8').includes('**Which identity a command uses:**')).map(rel);
    expect(stating).toEqual(['lark-shared/SKILL.md']);
    const shared = fs.readFileSync(path.join(pkg, 'lark-shared/SKILL.md'), 'utf8');
    expect(shared).toContain("Every command's page gives its risk, one of:\n\n- `read`: Read only: changes nothing on the platform.\n");
  });

  it('a download is labelled read: it writes a local file and changes nothing others see', () => {
    const text = fs.readFileSync(path.join(pkg, 'lark-im/references/lark-im-messages-resources-download.md'), 'utf8');
    expect(text).toContain('- **Risk:** Read only: changes nothing on the platform.\n');
  });

  it('the shared page says what a shortcut and a raw method print in every format', () => {
    const shared = fs.readFileSync(path.join(pkg, 'lark-shared/SKILL.md'), 'utf8');
    const rows = new Map(shared.split('\n').filter((l) => /^\| `(json|pretty|table|ndjson)/.test(l)).map((l) => {
      const cells = l.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
      return [cells[0]!, cells.slice(1)] as const;
    }));
    expect([...rows.keys()]).toEqual(['`json` (default)', '`pretty`', '`table`, `csv`', '`ndjson`']);
    for (const [format, [shortcut, raw]] of rows) {
      expect(shortcut, format).toBeTruthy();
      expect(raw, format).toBeTruthy();
    }
    expect(rows.get('`json` (default)')![0]).toContain('{"ok":true,"identity":"bot\\|user","data":{…}}');
    expect(rows.get('`json` (default)')![1]).toContain('{"code":0,"msg":"success","data":{…}}');
  });

  it('every method page shows a runnable CLI example and the SDK call', () => {
    for (const m of model.methods) {
      const text = fs.readFileSync(path.join(pkg, `lark-im/references/api/${m.id}.md`), 'utf8');
      expect(text, m.id).toContain(`\`\`\`bash\nlark-cli ${m.service} ${m.resource} ${m.name}`);
      expect(text, m.id).toMatch(/```ts\n(import|const|await)/);
    }
  });
});
