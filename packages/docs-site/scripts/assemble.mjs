// Lays out the site's source folder from the generated skill folders: the pages are copied as they
// are (so the site shows exactly what agents read) and a home page lists every skill.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SITE_ROOT = path.resolve(here, '..');
export const CONTENT_DIR = path.join(SITE_ROOT, '.content');
const SKILLS_DIR = path.resolve(SITE_ROOT, '..', 'skills');

/** The skill folders published on the site, in the order of the home page. */
export function skillFolders() {
  return fs
    .readdirSync(SKILLS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('lark-') && fs.existsSync(path.join(SKILLS_DIR, e.name, 'SKILL.md')))
    .map((e) => e.name)
    .sort((a, b) => (a === 'lark-shared' ? -1 : b === 'lark-shared' ? 1 : a.localeCompare(b)));
}

/** Reads `name` and `description` from a page's front matter (flat keys only, as the generator writes them). */
export function frontMatter(file) {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const out = {};
  if (!m) return out;
  for (const line of m[1].split('\n')) {
    const kv = /^([a-z]+): (.*)$/.exec(line);
    if (kv) out[kv[1]] = kv[2].startsWith('"') ? JSON.parse(kv[2]) : kv[2];
  }
  return out;
}

function homePage(skills) {
  const rows = skills.map((s) => {
    const fm = frontMatter(path.join(SKILLS_DIR, s, 'SKILL.md'));
    return `| [${s}](./${s}/SKILL.md) | ${String(fm.description ?? '').replace(/\|/g, '\\|')} |`;
  });
  return [
    '---',
    'title: lark-cli skills',
    '---',
    '',
    '# lark-cli skill docs',
    '',
    'Task-level guides for driving Lark / Feishu from the command line with `lark-cli`, written for people',
    'and for AI agents alike. Each skill has an entry page and reference pages for every shortcut and',
    'API method it covers. Start with **lark-shared**: it explains configuration, login and identities.',
    '',
    '| skill | what it covers |',
    '|---|---|',
    ...rows,
    '',
  ].join('\n');
}

export function assemble() {
  fs.rmSync(CONTENT_DIR, { recursive: true, force: true });
  const skills = skillFolders();
  for (const s of skills) fs.cpSync(path.join(SKILLS_DIR, s), path.join(CONTENT_DIR, s), { recursive: true });
  fs.writeFileSync(path.join(CONTENT_DIR, 'index.md'), homePage(skills));
  return skills;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const skills = assemble();
  console.log(`assembled ${skills.length} skills into ${path.relative(process.cwd(), CONTENT_DIR) || '.'}`);
}
