/**
 * One card validator for the SDK (`validateCard`), the CLI (before sending) and the emulator (on
 * receipt). It interprets the generated Card 1.0 / 2.0 schemas (from `specs/cards/`), so the rules
 * live in one place, and reports every problem with its JSON path and a fix:
 *
 *   card.body.elements[3].columns[0]: unknown property "corner_radius" (fix: …)
 */
import { cardV1Schema, cardV2Schema } from '../generated/card-schemas.js';
import type { CardSchema } from './schema.js';

/** Which structure a card uses: 2.0, 1.0, a template reference or a card entity reference. */
export type CardKind = '2.0' | '1.0' | 'template' | 'card_id';

export interface CardProblem {
  /** JSON path from the card, e.g. `card.body.elements[3].columns[0]`. */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

export interface CardValidation {
  readonly ok: boolean;
  readonly kind: CardKind;
  readonly problems: readonly CardProblem[];
  /** Serialized size in bytes (UTF-8), as it would be sent. */
  readonly bytes: number;
  /** Number of components (everything with a tag except texts, icons and text tags). */
  readonly elements: number;
}

/** Tags that are parts of a component rather than components; they do not count toward the limit. */
const NOT_COMPONENTS = new Set(['plain_text', 'lark_md', 'standard_icon', 'custom_icon', 'text_tag']);

/** `card.body.elements[3]: unknown property "x" (fix: …)` */
export function formatCardProblem(p: CardProblem): string {
  return `${p.path}: ${p.message} (fix: ${p.fix})`;
}

/** The kind of a parsed card: `schema: "2.0"` → 2.0, `type: template|card` → references, else 1.0. */
export function cardKindOf(card: Readonly<Record<string, unknown>>): CardKind {
  if ('schema' in card) return '2.0';
  if (card.type === 'template') return 'template';
  if (card.type === 'card') return 'card_id';
  return '1.0';
}

/**
 * Checks a card (the parsed object, or its JSON text) against the schema of its kind and the
 * platform's limits. Never throws; `ok` is false when any problem was found.
 */
export function validateCard(card: unknown): CardValidation {
  let value = card;
  let text: string;
  if (typeof card === 'string') {
    text = card;
    try {
      value = JSON.parse(card);
    } catch (e) {
      return result('1.0', [{ path: 'card', message: `is not valid JSON (${(e as Error).message})`, fix: 'check quotes, commas and brackets; a JSON linter shows the spot' }], byteLength(text), 0);
    }
  } else {
    text = JSON.stringify(card) ?? '';
  }
  const bytes = byteLength(text);
  if (!isObject(value)) return result('1.0', [{ path: 'card', message: `must be a JSON object, not ${describe(value)}`, fix: 'wrap the card in { … } with schema, header and body' }], bytes, 0);
  const kind = cardKindOf(value);
  const problems: CardProblem[] = [];
  if (kind === 'template' || kind === 'card_id') {
    checkReference(value, kind, problems);
    return result(kind, problems, bytes, 0);
  }
  const root = kind === '2.0' ? cardV2Schema() : cardV1Schema();
  new Checker(root, problems).check(value, root, 'card');
  const maxBytes = root['x-lark-maxBytes'];
  if (maxBytes !== undefined && bytes > maxBytes) {
    problems.push({ path: 'card', message: `is ${bytes} bytes serialized; a card can be at most ${maxBytes} bytes (${maxBytes / 1024} KB)`, fix: 'shorten texts, split the content over several cards, or move long lists behind a link' });
  }
  const elements = countComponents(kind === '2.0' ? (value.body as Record<string, unknown> | undefined)?.elements : [value.elements, value.i18n_elements]);
  const maxElements = root['x-lark-maxElements'];
  if (maxElements !== undefined && elements > maxElements) {
    problems.push({ path: 'card', message: `has ${elements} components; a card can hold at most ${maxElements}`, fix: 'show fewer rows (a table pages itself), or split the card' });
  }
  return result(kind, problems, bytes, elements);
}

function result(kind: CardKind, problems: CardProblem[], bytes: number, elements: number): CardValidation {
  return { ok: problems.length === 0, kind, problems, bytes, elements };
}

function checkReference(card: Record<string, unknown>, kind: 'template' | 'card_id', problems: CardProblem[]): void {
  const data = card.data;
  if (!isObject(data)) {
    problems.push({ path: 'card.data', message: 'is missing', fix: kind === 'template' ? 'give data: { template_id, template_version_name, template_variable }' : 'give data: { card_id }' });
    return;
  }
  const allowed = kind === 'template' ? ['template_id', 'template_version_name', 'template_variable'] : ['card_id'];
  const idKey = kind === 'template' ? 'template_id' : 'card_id';
  if (typeof data[idKey] !== 'string' || data[idKey] === '') problems.push({ path: `card.data.${idKey}`, message: 'must be a non-empty string', fix: kind === 'template' ? 'copy the template id (AAq…) from the card builder' : 'use the card_id returned when the card entity was created' });
  for (const k of Object.keys(data)) if (!allowed.includes(k)) problems.push({ path: `card.data`, message: `unknown property "${k}"`, fix: `allowed: ${allowed.join(', ')}` });
  if (kind === 'template' && 'template_version_name' in data && typeof data.template_version_name !== 'string') problems.push({ path: 'card.data.template_version_name', message: 'must be a string such as "1.0.0"', fix: 'quote the version' });
  if (kind === 'template' && 'template_variable' in data && !isObject(data.template_variable)) problems.push({ path: 'card.data.template_variable', message: 'must be an object of variable values', fix: 'give { "name": value, … }' });
}

class Checker {
  constructor(
    private readonly root: CardSchema,
    private readonly problems: CardProblem[],
  ) {}

  private resolve(s: CardSchema): CardSchema {
    let cur = s;
    while (cur.$ref) {
      const name = cur.$ref.replace('#/$defs/', '');
      const next = this.root.$defs?.[name];
      if (!next) throw new Error(`card schema: unresolved $ref ${cur.$ref}`);
      cur = next;
    }
    return cur;
  }

  private add(path: string, message: string, fix: string): void {
    this.problems.push({ path, message, fix });
  }

  check(value: unknown, schema: CardSchema, path: string): void {
    const s = this.resolve(schema);
    if ('const' in s && value !== s.const) {
      this.add(path, `must be ${JSON.stringify(s.const)}, not ${shown(value)}`, `set it to ${JSON.stringify(s.const)}`);
      return;
    }
    if (s.enum && !s.enum.includes(value)) {
      this.add(path, `${shown(value)} is not allowed`, `use one of: ${s.enum.map((v) => String(v)).join(', ')}`);
      return;
    }
    if (s.type && !hasType(value, s.type)) {
      this.add(path, `must be ${article(s.type)}, not ${describe(value)}`, `give ${article(s.type)}`);
      return;
    }
    if (s.discriminator && s.oneOf) {
      this.checkTagged(value, s, path);
      return;
    }
    if (s.anyOf && !s.anyOf.some((b) => this.passes(value, b))) {
      const need = s.anyOf.map((b) => this.resolve(b).required?.join(' + ')).filter(Boolean);
      this.add(path, `needs ${need.map((n) => `"${n}"`).join(' or ')}`, 'add the card content');
    }
    if (typeof value === 'string') this.checkString(value, s, path);
    else if (typeof value === 'number') this.checkNumber(value, s, path);
    else if (Array.isArray(value)) this.checkArray(value, s, path);
    else if (isObject(value)) this.checkObject(value, s, path);
  }

  private passes(value: unknown, schema: CardSchema): boolean {
    const scratch: CardProblem[] = [];
    new Checker(this.root, scratch).check(value, schema, '');
    return scratch.length === 0;
  }

  private checkTagged(value: unknown, s: CardSchema, path: string): void {
    const key = s.discriminator!.propertyName;
    if (!isObject(value)) return;
    const tag = value[key];
    if (typeof tag !== 'string') {
      this.add(path, `needs a "${key}" naming the component`, `add "${key}": "markdown" (or another component)`);
      return;
    }
    const branches = s.oneOf!.map((b) => this.resolve(b));
    const branch = branches.find((b) => b.properties?.[key]?.const === tag);
    if (branch) {
      this.check(value, branch, path);
      return;
    }
    const refused = s['x-lark-refused']?.[tag];
    if (refused) this.add(path, `component "${tag}" is not allowed here`, refused);
    else this.add(path, `unknown component tag "${tag}"`, `use one of: ${branches.map((b) => String(b.properties?.[key]?.const)).join(', ')}`);
  }

  private checkString(value: string, s: CardSchema, path: string): void {
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) {
      this.add(path, `${shown(value)} is not in the expected form`, s.description ?? `match ${s.pattern}`);
    }
  }

  private checkNumber(value: number, s: CardSchema, path: string): void {
    if (s.minimum !== undefined && value < s.minimum) this.add(path, `${value} is below the minimum ${s.minimum}`, `use ${s.minimum} or more`);
    if (s.maximum !== undefined && value > s.maximum) this.add(path, `${value} is above the maximum ${s.maximum}`, `use ${s.maximum} or less`);
  }

  private checkArray(value: unknown[], s: CardSchema, path: string): void {
    if (s.minItems !== undefined && value.length < s.minItems) this.add(path, `has ${value.length} items; at least ${s.minItems} needed`, `add ${s.minItems - value.length} more`);
    if (s.maxItems !== undefined && value.length > s.maxItems) this.add(path, `has ${value.length} items; at most ${s.maxItems} allowed`, `remove ${value.length - s.maxItems}`);
    if (s.items) value.forEach((v, i) => this.check(v, s.items!, `${path}[${i}]`));
  }

  private checkObject(value: Record<string, unknown>, s: CardSchema, path: string): void {
    const props = s.properties ?? {};
    for (const r of s.required ?? []) {
      if (!(r in value)) this.add(path, `missing required property "${r}"`, `add "${r}"${props[r]?.description ? `: ${this.resolve(props[r]!).description ?? ''}` : ''}`.trim());
    }
    for (const [k, v] of Object.entries(value)) {
      const child = `${path}.${k}`;
      const prop = props[k];
      if (prop) this.check(v, prop, child);
      else if (s.additionalProperties === false) {
        const fix = s['x-lark-fix']?.[k] ?? `remove it; allowed here: ${Object.keys(props).join(', ')}`;
        this.add(path, `unknown property "${k}"`, fix);
      } else if (typeof s.additionalProperties === 'object') this.check(v, s.additionalProperties, child);
    }
  }
}

/** Counts components under `value`: every object with a string tag that is not a text, icon or text tag. */
function countComponents(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + countComponents(v), 0);
  if (!isObject(value)) return 0;
  let n = typeof value.tag === 'string' && !NOT_COMPONENTS.has(value.tag) ? 1 : 0;
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) n += countComponents(v);
  return n;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, type: NonNullable<CardSchema['type']>): boolean {
  switch (type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return typeof v === type;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${article(typeof v)} (${shown(v)})`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).length;
}
