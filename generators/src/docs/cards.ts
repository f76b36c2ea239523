/**
 * The cards guide of the lark-im skill (`references/lark-im-cards.md`) and one page per example
 * card of `specs/cards/examples/` (`references/cards/<name>.md`) with its text preview, made by the
 * same renderer the read shortcuts use, and a command that sends it (run in CI like every example).
 */
import type { CardSpecs, JsonSchemaDocument } from '@larkgen/spec';
import { renderCard, validateCard } from '@larkgen/im-content/cards';
import type HandlebarsNS from 'handlebars';
import { cell } from './fields.js';

export const CARDS_SERVICE = 'im';
export const CARDS_PAGE = 'lark-im-cards.md';

type Schema = Record<string, unknown>;

interface Page {
  readonly path: string;
  readonly sources: readonly string[];
  readonly body: string;
}

/** Tags that are parts of other components, listed apart from the components. */
const PARTS = ['plainText', 'textTag', 'icon', 'behavior', 'confirm', 'option'];

export function cardPages(cards: CardSpecs, t: Record<'cards' | 'cardExample', HandlebarsNS.TemplateDelegate>): Page[] {
  const schemaFiles = cards.files.filter((f) => f.endsWith('.schema.json'));
  const examples = cards.examples.map((e) => {
    const check = validateCard(e.card);
    if (!check.ok) throw new Error(`card example ${e.name} is not valid: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return {
      name: e.name,
      title: e.title,
      description: e.description,
      page: `cards/${e.name}.md`,
      preview: renderCard(e.card),
      cardJson: JSON.stringify(e.card, null, 2),
      command: `lark-cli im +messages-send --chat-id oc_general --card '${JSON.stringify(e.card)}'`,
      bytes: check.bytes,
      elements: check.elements,
      tags: [...new Set(tagsOf(e.card))].sort().join(', '),
    };
  });
  const v2 = cards.v2;
  const pages: Page[] = examples.map((e) => ({ path: e.page, sources: cards.files.filter((f) => f.endsWith(`/${e.name}.json`)), body: t.cardExample({ ...e, nav: { skill: CARDS_SERVICE, up: '../../' } }) }));
  pages.push({
    path: CARDS_PAGE,
    sources: schemaFiles,
    body: t.cards({
      nav: { skill: CARDS_SERVICE, up: '../' },
      maxBytes: v2['x-lark-maxBytes'],
      maxKb: Number(v2['x-lark-maxBytes']) / 1024,
      maxElements: v2['x-lark-maxElements'],
      components: components(v2),
      parts: PARTS.map((n) => ({ name: n, description: cell(String(defs(v2)[n]?.description ?? '')), properties: propertyList(defs(v2)[n]) })),
      examples,
    }),
  });
  return pages;
}

function defs(root: JsonSchemaDocument): Record<string, Schema> {
  return (root.$defs ?? {}) as Record<string, Schema>;
}

/** Every component of the root union, in the schema's order, with where it may appear. */
function components(root: JsonSchemaDocument) {
  const d = defs(root);
  const unions = ['rootElement', 'nestedElement', 'containerElement', 'formElement'] as const;
  const allowed = (tag: string) => unions.filter((u) => ((d[u]?.oneOf ?? []) as Schema[]).some((b) => b.$ref === `#/$defs/${tag}`));
  const where = (tag: string) => {
    const a = allowed(tag);
    if (a.length === 1 && a[0] === 'rootElement') return 'body.elements only';
    if (!a.includes('containerElement')) return 'not in interactive_container or form';
    return 'anywhere';
  };
  const tags = ((d.rootElement?.oneOf ?? []) as Schema[]).map((b) => String(b.$ref).replace('#/$defs/', ''));
  return [...tags, 'column'].map((tag) => ({
    tag,
    description: cell(String(d[tag]?.description ?? '')),
    where: tag === 'column' ? 'inside column_set.columns' : where(tag),
    properties: propertyList(d[tag]),
  }));
}

/** `content*`, `text_size (heading-0|…)`: required marked with *, enums spelled out. */
function propertyList(s: Schema | undefined): string {
  if (!s?.properties) return '';
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(s.properties as Record<string, Schema>)
    .filter(([k]) => !['tag', 'element_id', 'margin'].includes(k))
    .map(([k, v]) => `\`${k}\`${required.has(k) ? '*' : ''}${Array.isArray(v.enum) ? ` (${(v.enum as unknown[]).join('\\|')})` : ''}`)
    .join(', ');
}

function tagsOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(tagsOf);
  if (typeof v !== 'object' || v === null) return [];
  const o = v as Record<string, unknown>;
  const own = typeof o.tag === 'string' && !['plain_text', 'lark_md', 'standard_icon', 'text_tag'].includes(o.tag) ? [o.tag] : [];
  return [...own, ...Object.values(o).flatMap(tagsOf)];
}
