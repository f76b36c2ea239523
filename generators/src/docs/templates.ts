/**
 * The Handlebars templates of the skill docs (`generators/docs/templates`): `_name.hbs` files are
 * partials, the others pages. The built generator carries them precompiled (tsup.config.ts
 * precompiles every template at build time) and needs only the Handlebars runtime; from source
 * (tsx, vitest) they are read and compiled here, with the same options, so the text is the same.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type HandlebarsNS from 'handlebars';
import { precompiledTemplates } from './precompiled-templates.js';

/** Compile options of every template and partial, at build time and at run time alike. */
export const TEMPLATE_OPTIONS = {
  noEscape: true,
  // Every helper the templates use is registered below, so a plain `{{name}}` compiles to a property
  // read instead of a helper-or-property check at each use (the same text, less work per page). A
  // new helper goes in both places; compiling a template that uses an undeclared one fails.
  knownHelpers: { json: true, eq: true, inc: true, lower: true },
  knownHelpersOnly: true,
} as const;

const PAGES = {
  skill: 'skill.md.hbs', shortcut: 'shortcut.md.hbs', method: 'method.md.hbs', resource: 'resource.md.hbs', tasks: 'tasks.md.hbs',
  shared: 'shared-skill.md.hbs', eventSkill: 'event-skill.md.hbs', event: 'event.md.hbs', cards: 'cards.md.hbs', cardExample: 'card-example.md.hbs',
} as const;

export type Templates = Record<keyof typeof PAGES, HandlebarsNS.TemplateDelegate>;

/** The templates folder, found upwards from this module: the same from source and from the built bundle. */
export function templatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'docs', 'templates')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'docs', 'templates');
}

/** A partial's name: `_fields.hbs` → `fields`; undefined for a page. */
export function partialName(file: string): string | undefined {
  return file.startsWith('_') && file.endsWith('.hbs') ? file.slice(1, -'.hbs'.length) : undefined;
}

let cached: Templates | undefined;

/** Every page template, with the partials and helpers registered; loaded on first use (only generation needs Handlebars). */
export function loadTemplates(): Templates {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const pre = precompiledTemplates();
  let hb: typeof HandlebarsNS;
  let page: (file: string) => HandlebarsNS.TemplateDelegate;
  if (pre) {
    hb = (require('handlebars/runtime') as typeof HandlebarsNS).create();
    for (const [name, spec] of Object.entries(pre.partials)) hb.registerPartial(name, hb.template(spec));
    page = (file) => {
      const spec = pre.pages[file];
      if (!spec) throw new Error(`template ${file} was not precompiled into the built generator; run \`pnpm build\``);
      return hb.template(spec);
    };
  } else {
    hb = (require('handlebars') as typeof HandlebarsNS).create();
    const dir = templatesDir();
    const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
    for (const f of fs.readdirSync(dir).sort()) {
      const name = partialName(f);
      if (name) hb.registerPartial(name, hb.compile(read(f), TEMPLATE_OPTIONS));
    }
    page = (file) => hb.compile(read(file), TEMPLATE_OPTIONS);
  }
  hb.registerHelper('json', (v: unknown) => JSON.stringify(v, null, 2));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('inc', (n: number) => n + 1);
  hb.registerHelper('lower', (t: string) => t.toLowerCase());
  cached = Object.fromEntries(Object.entries(PAGES).map(([key, file]) => [key, page(file)])) as Templates;
  return cached;
}
