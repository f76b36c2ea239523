/**
 * Cards as readable text, for every read (list, mget, search, threads, events) and
 * `lark-cli card preview`: Card 2.0 and 1.0 (including the simplified form the platform returns
 * in message lists), template references (id, version, variables) and card entity references.
 *
 *   # Payment API error rate above 5%  [P1] [payments]
 *   prod · eu-west-1 · since 09:12
 *   Error rate: 7.4% | Threshold: 5%
 *   [Acknowledge] | [Open dashboard]
 */
import { arr, cardElements, isObj, localeOrder, obj, str, textOf, type CardObject as Obj } from './read.js';
import { cardKindOf } from './validate.js';

export interface CardRenderOptions {
  /** Display names by open_id, used for person components and <at> tags. */
  readonly names?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Preferred locale for i18n texts and elements (default en_us, then zh_cn, then the first). */
  readonly locale?: string;
}

/** Renders a parsed card (or its JSON text) to lines of plain text. Unknown parts are skipped, never thrown on. */
export function renderCard(card: unknown, options: CardRenderOptions = {}): string {
  let value = card;
  if (typeof card === 'string') {
    try {
      value = JSON.parse(card);
    } catch {
      return card;
    }
  }
  if (!isObj(value)) return '[Card]';
  const text = new Renderer(options).card(value).join('\n');
  return text === '' ? '[Card]' : text;
}

class Renderer {
  private readonly names: (id: string) => string | undefined;
  private readonly locales: readonly string[];

  constructor(options: CardRenderOptions) {
    const n = options.names;
    this.names = (id) => (n instanceof Map ? n.get(id) : (n as Record<string, string> | undefined)?.[id]);
    this.locales = localeOrder(options.locale);
  }

  card(c: Obj): string[] {
    const kind = cardKindOf(c);
    if (kind === 'template') return this.template(obj(c.data));
    if (kind === 'card_id') return [`[Card ${str(obj(c.data).card_id)}]`];
    const out: string[] = [];
    const header = obj(c.header);
    const title = this.text(header.title) || (typeof c.title === 'string' ? c.title : '');
    if (title) {
      const tags = arr(header.text_tag_list).map((t) => `[${this.text(obj(t).text)}]`).join(' ');
      out.push(`# ${title}${tags ? `  ${tags}` : ''}`);
    }
    const subtitle = this.text(header.subtitle);
    if (subtitle) out.push(subtitle);
    out.push(...this.elements(cardElements(c, this.locales)));
    return out;
  }

  private template(data: Obj): string[] {
    const version = typeof data.template_version_name === 'string' ? ` v${data.template_version_name}` : '';
    const out = [`[Card template ${str(data.template_id)}${version}]`];
    for (const [k, v] of Object.entries(obj(data.template_variable))) out.push(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return out;
  }

  /** A plain_text / lark_md object, a bare string, or i18n content. */
  private text(t: unknown): string {
    return this.inline(textOf(t, this.locales));
  }

  /** Markdown made terminal-friendly: <at> → @name, <font> and other tags dropped. */
  private inline(s: string): string {
    return s
      .replace(/<at\s+(?:id|user_id|email)=['"]?([^'"\s>]+)['"]?\s*>\s*<\/at>/g, (_, id: string) => `@${this.person(id)}`)
      .replace(/<\/?(?:font|text_tag|u|i|b|strong|em|link|local_datetime)[^>]*>/g, '');
  }

  private person(id: string): string {
    if (id === 'all') return 'all';
    return this.names(id) ?? id;
  }

  elements(list: unknown): string[] {
    if (!Array.isArray(list)) return [];
    return list.flatMap((e) => (Array.isArray(e) ? [this.postRow(e)] : this.element(obj(e))));
  }

  /** The simplified form of card content in message lists: rows of post-like nodes. */
  private postRow(row: unknown[]): string {
    return row
      .map((n) => {
        const o = obj(n);
        if (o.tag === 'at') return `@${this.person(str(o.user_id ?? o.user_name))}`;
        if (o.tag === 'img') return '[Image]';
        if (o.tag === 'button') return `[${this.text(o.text)}]`;
        return this.text(o.text ?? o.content);
      })
      .join('');
  }

  private element(e: Obj): string[] {
    switch (e.tag) {
      case 'markdown':
      case 'lark_md':
      case 'plain_text':
        return lines(this.text(e));
      case 'div': {
        const out = lines(this.text(e.text));
        for (const f of arr(e.fields)) out.push(...lines(this.text(obj(f).text)).map((l) => l));
        return out;
      }
      case 'note':
        return [arr(e.elements).map((x) => (obj(x).tag === 'img' ? '[Image]' : this.text(x))).join(' ')];
      case 'hr':
        return ['---'];
      case 'img':
        return [this.image(e)];
      case 'img_combination':
        return [`[${arr(e.img_list).length} images]`];
      case 'chart':
        return ['[Chart]'];
      case 'person':
        return [`@${this.person(str(e.user_id))}`];
      case 'person_list':
        return [arr(e.persons).map((p) => `@${this.person(str(obj(p).id))}`).join(', ')];
      case 'table':
        return this.table(e);
      case 'column_set':
        return this.columns(arr(e.columns));
      case 'column':
      case 'form':
      case 'interactive_container':
        return this.elements(e.elements);
      case 'action':
        return [arr(e.actions).flatMap((a) => this.element(obj(a))).join(' ')];
      case 'collapsible_panel': {
        const title = this.text(obj(e.header).title);
        return [`▸ ${title}`, ...this.elements(e.elements).map((l) => `  ${l}`)];
      }
      case 'button':
        return [`[${this.text(e.text)}]`];
      case 'overflow':
        return [`[… ${arr(e.options).map((o) => this.text(obj(o).text)).join(' / ')}]`];
      case 'input':
        return [`[${this.text(e.label) || 'Input'}: ${this.text(e.placeholder) || str(e.default_value)}]`];
      case 'select_static':
      case 'multi_select_static':
        return [`[${this.text(e.placeholder) || 'Select'} ▾ ${arr(e.options).map((o) => this.text(obj(o).text)).join(' / ')}]`];
      case 'select_person':
      case 'multi_select_person': {
        const people = arr(e.options).map((o) => `@${this.person(str(obj(o).value))}`).join(' / ');
        return [`[${this.text(e.placeholder) || 'Person'} ▾${people ? ` ${people}` : ''}]`];
      }
      case 'date_picker':
      case 'picker_time':
      case 'picker_datetime': {
        const initial = str(e.initial_date ?? e.initial_time ?? e.initial_datetime);
        return [`[${this.text(e.placeholder) || 'Date'}${initial ? `: ${initial}` : ''}]`];
      }
      case 'checker':
        return [`${e.checked === true ? '[x]' : '[ ]'} ${this.text(e.text)}`];
      case 'select_img':
        return [`[Choose an image: ${arr(e.options).length} options]`];
      default:
        return [];
    }
  }

  private image(e: Obj): string {
    const alt = this.text(e.alt) || this.text(e.title);
    return alt ? `[Image: ${alt}]` : '[Image]';
  }

  /** Columns side by side when each is one line, else one after the other. */
  private columns(columns: unknown[]): string[] {
    const rendered = columns.map((c) => this.elements(obj(c).elements)).filter((ls) => ls.length > 0);
    if (rendered.every((ls) => ls.length === 1)) return rendered.length ? [rendered.map((ls) => ls[0]).join(' | ')] : [];
    if (rendered.every((ls) => ls.length <= 2)) {
      // KPI columns: a label line and a value line each → "label: value".
      return [rendered.map((ls) => ls.map((l) => l.replace(/^#+\s*/, '')).join(': ')).join(' | ')];
    }
    return rendered.flat();
  }

  private table(e: Obj): string[] {
    const cols = arr(e.columns).map(obj);
    const head = cols.map((c) => str(c.display_name) || str(c.name)).join(' | ');
    const rows = arr(e.rows).map((r) => cols.map((c) => this.cell(obj(r)[str(c.name)])).join(' | '));
    return [head, ...rows];
  }

  private cell(v: unknown): string {
    if (Array.isArray(v)) return v.map((x) => (isObj(x) ? this.text(x.text) || str(x.id ?? x.value) : str(x))).join(', ');
    if (isObj(v)) return this.text(v) || str(v.text ?? v.value);
    return this.inline(str(v));
  }
}

function lines(s: string): string[] {
  return s === '' ? [] : s.split('\n');
}

/** The open_ids a card shows as people (person, person_list, person selects, <at id=…> in texts), for name lookup. */
export function cardPersonIds(card: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v === 'string') {
      for (const m of v.matchAll(/<at\s+(?:id|user_id)=['"]?(ou_[^'"\s>]+)/g)) out.add(m[1]!);
      return;
    }
    if (!isObj(v)) return;
    if (v.tag === 'person' && typeof v.user_id === 'string') out.add(v.user_id);
    if (v.tag === 'person_list') for (const p of arr(v.persons)) if (typeof obj(p).id === 'string') out.add(obj(p).id as string);
    if (v.tag === 'select_person' || v.tag === 'multi_select_person') for (const o of arr(v.options)) if (typeof obj(o).value === 'string') out.add(obj(o).value as string);
    Object.values(v).forEach(walk);
  };
  let value = card;
  if (typeof card === 'string') {
    try {
      value = JSON.parse(card);
    } catch {
      return [];
    }
  }
  walk(value);
  return [...out].filter((id) => id.startsWith('ou_'));
}
