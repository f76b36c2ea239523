import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitepress';
import { CONTENT_DIR, frontMatter, skillFolders } from '../scripts/assemble.mjs';

/** The first heading of a page, used as its sidebar label. */
function titleOf(file) {
  const m = /^# (.+)$/m.exec(fs.readFileSync(file, 'utf8'));
  return m ? m[1].replace(/`/g, '') : path.basename(file, '.md');
}

function pagesIn(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
}

function sidebarFor(skill) {
  const root = path.join(CONTENT_DIR, skill);
  const link = (rel) => `/${skill}/${rel.replace(/\.md$/, '')}`;
  const groups = [{ text: skill, items: [{ text: 'Overview', link: link('SKILL.md') }] }];
  const refs = pagesIn(path.join(root, 'references')).map((f) => ({ text: titleOf(path.join(root, 'references', f)), link: link(`references/${f}`) }));
  if (refs.length) groups.push({ text: 'Guides and shortcuts', collapsed: false, items: refs });
  const api = pagesIn(path.join(root, 'references', 'api')).map((f) => ({ text: f.replace(/\.md$/, ''), link: link(`references/api/${f}`) }));
  if (api.length) groups.push({ text: 'API methods', collapsed: true, items: api });
  return groups;
}

const skills = fs.existsSync(CONTENT_DIR) ? skillFolders() : [];

export default defineConfig({
  title: 'lark-cli skills',
  description: 'Skill docs for lark-cli, the spec-driven Lark / Feishu IM toolkit.',
  srcDir: '.content',
  outDir: 'dist',
  cacheDir: '.vitepress/.cache',
  cleanUrls: false,
  lastUpdated: false,
  // The pages are generated Markdown, not Vue templates: keep braces and angle brackets as text.
  markdown: { attrs: { disable: true } },
  vue: { template: { compilerOptions: { whitespace: 'preserve' } } },
  vite: { build: { chunkSizeWarningLimit: 4096 } },
  themeConfig: {
    nav: skills.map((s) => ({ text: s, link: `/${s}/SKILL` })),
    sidebar: Object.fromEntries(skills.map((s) => [`/${s}/`, sidebarFor(s)])),
    search: {
      provider: 'local',
      options: {
        // Shortcut names start with "+": index "+messages-send" under "messages" too, so a search
        // typed without the plus still ranks the shortcut page first. Self-contained: VitePress
        // ships this function to the browser as source text.
        miniSearch: { options: { processTerm: (term) => term.toLowerCase().replace(/^\++/, '') } },
      },
    },
    outline: { level: [2, 3] },
  },
  transformPageData(page) {
    // Skill front matter carries agent metadata; the site only needs a title and description.
    const fm = frontMatter(path.join(CONTENT_DIR, page.relativePath));
    if (fm.name) page.title = fm.name;
    if (fm.description) page.description = fm.description;
  },
});
