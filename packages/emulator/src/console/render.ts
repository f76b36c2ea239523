/**
 * Message content as HTML, the way a Lark client shows it: text with mentions, posts, images from
 * the stored bytes, files, and cards (Card 2.0 and 1.0) with their header colour, markdown, fields,
 * columns, images, dividers, notes, tables, collapsible panels, people and the interactive parts
 * (buttons, selects, inputs, pickers, checkers, forms).
 *
 * It reads card JSON exactly as the text renderer of `@larkgen/im-content` does (`cardReading`:
 * loose shapes, locale order, the words of a text object, where a card keeps its elements; the card
 * kind from `cardKindOf`, the people from `cardPersonIds`), and whatever has no picture here
 * (system messages, template references, unknown components) falls back
 * to that text rendering (`renderCard`, `renderContent`), so both agree on what a message says.
 *
 * Interactive parts carry `data-card-action` (the action object the console sends with
 * `card.action.trigger`) and forms `data-card-form`; the console's script does the sending.
 */
import { cardKindOf, cardPersonIds, cardReading, formatDuration, renderCard, renderContent, type RawMention } from '@larkgen/im-content';
import { esc, jsonAttr, safeHref } from './html.js';

export interface RenderContext {
  /** Display name of an open_id (user or bot), if known. */
  name(id: string): string | undefined;
  /** Where the console serves the stored bytes of an image or file key. */
  resourceUrl(key: string): string;
  /** What was stored with an uploaded file (its name, an audio or video's length in ms), if known. */
  file?(key: string): { readonly name?: string; readonly duration?: number } | undefined;
  /** Display name of a chat, if known. */
  chatName?(id: string): string | undefined;
  /** Preferred locale for i18n texts (default en_us, then zh_cn, then the first). */
  readonly locale?: string;
}

type Obj = cardReading.CardObject;
const { arr, cardElements, isObj, localeOrder, obj, pickLocale, str, textOf } = cardReading;

const TEMPLATES = new Set(['blue', 'wathet', 'turquoise', 'green', 'yellow', 'orange', 'red', 'carmine', 'violet', 'purple', 'indigo', 'grey', 'default']);

/** A message's content as HTML; `mentions` fill the `@_user_N` keys of text and post. */
export function renderContentHtml(msgType: string, content: string, mentions: readonly RawMention[] | undefined, ctx: RenderContext): string {
  const o = parse(content);
  if (!o) return `<p class="text">${esc(content)}</p>`;
  switch (msgType) {
    case 'text':
      return `<p class="text">${mentionText(str(o.text), mentions, ctx)}</p>`;
    case 'post':
      return renderPostHtml(o, mentions, ctx);
    case 'image':
      return imageTag(str(o.image_key), 'Image', ctx);
    case 'file':
      return fileLink(str(o.file_key), str(o.file_name) || str(o.file_key), ctx);
    case 'media':
      return `<div class="media">${o.image_key ? imageTag(str(o.image_key), 'Video cover', ctx) : ''}${fileLink(str(o.file_key), str(o.file_name) || 'Video', ctx, '🎬')}</div>`;
    case 'audio': {
      const key = str(o.file_key);
      const stored = ctx.file?.(key);
      const length = formatDuration(o.duration ?? stored?.duration);
      return fileLink(key, `Voice message${length ? ` · ${length}` : ''}`, ctx, '🔊', str(o.file_name) || stored?.name || `${key}.opus`);
    }
    case 'share_chat': {
      const id = str(o.chat_id);
      return `<div class="share"><span class="share-kind">Group card</span> <strong>${esc(ctx.chatName?.(id) ?? id)}</strong></div>`;
    }
    case 'share_user':
      return `<div class="share"><span class="share-kind">Contact card</span> ${atChip(str(o.user_id), '', ctx)}</div>`;
    case 'interactive':
      return renderCardHtml(o, ctx);
    default:
      return `<p class="text summary">${esc(renderContent(msgType, content, mentions, names(ctx, o).names))}</p>`;
  }
}

/** A post (`{title, content}` or per-locale) as HTML paragraphs. */
export function renderPostHtml(o: Obj, mentions: readonly RawMention[] | undefined, ctx: RenderContext): string {
  const body = postBody(o, ctx);
  if (!body) return `<p class="text">${esc(JSON.stringify(o))}</p>`;
  const title = str(body.title);
  const paras = arr(body.content).map((para) => {
    const els = arr(para).map(obj);
    const blocks = els.filter((e) => e.tag === 'code_block' || e.tag === 'hr' || e.tag === 'md');
    if (blocks.length === els.length && els.length > 0) return els.map((e) => postElement(e, mentions, ctx)).join('');
    return `<p>${els.map((e) => postElement(e, mentions, ctx)).join('')}</p>`;
  });
  return `<div class="post">${title ? `<h3 class="post-title">${esc(title)}</h3>` : ''}${paras.join('')}${attachmentZone(o, ctx)}</div>`;
}

/** The post's attachment zone (top-level `files`): files to download, folders by name. */
function attachmentZone(o: Obj, ctx: RenderContext): string {
  const items = arr(o.files)
    .map(obj)
    .map((f) => {
      const key = str(f.key ?? f.file_key);
      const name = str(f.name ?? f.file_name) || ctx.file?.(key)?.name || key;
      return `<li>${f.is_folder === true ? `<span class="file folder"><span aria-hidden="true">📁</span> ${esc(name)}</span>` : fileLink(key, name, ctx)}</li>`;
    });
  return items.length ? `<ul class="attachments" aria-label="Attachments">${items.join('')}</ul>` : '';
}

function postElement(e: Obj, mentions: readonly RawMention[] | undefined, ctx: RenderContext): string {
  switch (e.tag) {
    case 'text': {
      let t = mentionText(str(e.text), mentions, ctx);
      const style = arr(e.style);
      if (style.includes('bold')) t = `<strong>${t}</strong>`;
      if (style.includes('italic')) t = `<em>${t}</em>`;
      if (style.includes('underline')) t = `<u>${t}</u>`;
      if (style.includes('lineThrough')) t = `<s>${t}</s>`;
      return t;
    }
    case 'a': {
      const href = safeHref(e.href);
      const text = esc(str(e.text) || str(e.href));
      return href ? `<a href="${esc(href)}" target="_blank" rel="noopener noreferrer">${text}</a>` : text;
    }
    case 'at':
      return atChip(str(e.user_id), str(e.user_name), ctx);
    case 'img':
      return imageTag(str(e.image_key), 'Image', ctx);
    case 'media':
      return fileLink(str(e.file_key), 'Video', ctx, '🎬');
    case 'emotion':
      return `<span class="emoji" title="${esc(e.emoji_type)}">:${esc(e.emoji_type)}:</span>`;
    case 'code_block':
      return `<pre class="code"><code data-lang="${esc(str(e.language).toLowerCase())}">${esc(str(e.text).replace(/\n$/, ''))}</code></pre>`;
    case 'hr':
      return '<hr>';
    case 'md':
      return markdownHtml(str(e.text), ctx);
    default:
      return esc(str(e.text));
  }
}

/** A card (parsed or JSON text) as HTML. Unknown components fall back to their text rendering. */
export function renderCardHtml(card: unknown, ctx: RenderContext): string {
  const c = typeof card === 'string' ? parse(card) : obj(card);
  if (!c) return `<div class="card"><div class="card-body"><p>${esc(card)}</p></div></div>`;
  const kind = cardKindOf(c);
  if (kind === 'template' || kind === 'card_id') {
    return `<div class="card"><div class="card-body"><p class="summary">${esc(renderCard(c, names(ctx, c)))}</p></div></div>`;
  }
  const r = new CardRenderer(ctx);
  const header = obj(c.header);
  const title = r.text(header.title) || (typeof c.title === 'string' ? esc(c.title) : '');
  const template = TEMPLATES.has(str(header.template)) ? str(header.template) : 'default';
  let head = '';
  if (title) {
    const tags = arr(header.text_tag_list)
      .map(obj)
      .map((t) => `<span class="tag tag-${esc(str(t.color) || 'neutral')}">${r.text(t.text)}</span>`)
      .join('');
    const subtitle = r.text(header.subtitle);
    head = `<header class="card-header tpl-${template}"><h3 class="card-title">${title}${tags}</h3>${subtitle ? `<p class="card-subtitle">${subtitle}</p>` : ''}</header>`;
  }
  return `<div class="card" data-schema="${kind === '2.0' ? '2.0' : '1.0'}">${head}<div class="card-body">${r.elements(cardElements(c, r.locales))}</div></div>`;
}

class CardRenderer {
  readonly locales: readonly string[];
  constructor(private readonly ctx: RenderContext) {
    this.locales = localeOrder(ctx.locale);
  }

  /** A plain_text / lark_md text object (or a bare string) as HTML. */
  text(t: unknown): string {
    const content = this.raw(t);
    return isObj(t) && (t.tag === 'lark_md' || t.tag === 'markdown') ? markdownInline(content, this.ctx) : esc(content).replace(/\n/g, '<br>');
  }

  /** The words of a text object, for labels and attributes (tags and markdown marks left out). */
  label(t: unknown): string {
    return this.raw(t)
      .replace(/<[^>]*>/g, '')
      .replace(/\*\*|~~|`/g, '');
  }

  private raw(t: unknown): string {
    return textOf(t, this.locales);
  }

  elements(list: unknown): string {
    if (!Array.isArray(list)) return '';
    return list.map((e) => (Array.isArray(e) ? `<p>${this.simplifiedRow(e)}</p>` : this.element(obj(e)))).join('');
  }

  /** The simplified form the platform returns in message lists: rows of post-like nodes. */
  private simplifiedRow(row: unknown[]): string {
    return row
      .map(obj)
      .map((n) => (n.tag === 'at' ? atChip(str(n.user_id), str(n.user_name), this.ctx) : n.tag === 'img' ? imageTag(str(n.image_key), 'Image', this.ctx) : this.text(n.text ?? n.content)))
      .join('');
  }

  private element(e: Obj): string {
    switch (e.tag) {
      case 'markdown':
      case 'lark_md':
        return `<div class="md" style="text-align:${align(e.text_align)}">${markdownHtml(str(e.content), this.ctx)}</div>`;
      case 'plain_text':
        return `<p>${this.text(e)}</p>`;
      case 'div':
        return this.div(e);
      case 'note':
        return `<div class="note">${arr(e.elements)
          .map(obj)
          .map((x) => (x.tag === 'img' ? this.image(x, 'note-img') : x.tag === 'standard_icon' ? '' : `<span>${this.text(x)}</span>`))
          .join(' ')}</div>`;
      case 'hr':
        return '<hr class="card-hr">';
      case 'img':
        return `<figure class="card-img">${this.image(e)}${e.title ? `<figcaption>${this.text(e.title)}</figcaption>` : ''}</figure>`;
      case 'img_combination':
        return `<div class="img-grid">${arr(e.img_list)
          .map(obj)
          .map((i) => this.image(i))
          .join('')}</div>`;
      case 'chart':
        return `<figure class="chart" role="img" aria-label="Chart"><span>📊 Chart${isObj(e.chart_spec) && isObj(obj(e.chart_spec).title) ? `: ${esc(obj(obj(e.chart_spec).title).text)}` : ''}</span></figure>`;
      case 'person':
        return `<p>${atChip(str(e.user_id), '', this.ctx)}</p>`;
      case 'person_list':
        return `<p class="people">${arr(e.persons)
          .map((p) => atChip(str(obj(p).id), '', this.ctx))
          .join(' ')}</p>`;
      case 'table':
        return this.table(e);
      case 'column_set':
        return `<div class="columns">${arr(e.columns)
          .map(obj)
          .map((c) => `<div class="column" style="flex:${weight(c)}">${this.elements(c.elements)}</div>`)
          .join('')}</div>`;
      case 'column':
        return `<div class="column">${this.elements(e.elements)}</div>`;
      case 'form':
        return `<form class="card-form" data-card-form="${esc(e.name)}" aria-label="Form ${esc(e.name)}">${this.elements(e.elements)}</form>`;
      case 'interactive_container': {
        const action = this.callback(e, 'interactive_container');
        const attrs = action ? ` role="button" tabindex="0" data-card-action="${jsonAttr(action)}"` : '';
        return `<div class="container"${attrs}>${this.elements(e.elements)}</div>`;
      }
      case 'action':
        return `<div class="actions">${arr(e.actions)
          .map((a) => this.element(obj(a)))
          .join('')}</div>`;
      case 'collapsible_panel': {
        const title = this.text(obj(e.header).title) || 'Details';
        return `<details class="panel"${e.expanded === true ? ' open' : ''}><summary>${title}</summary>${this.elements(e.elements)}</details>`;
      }
      case 'button':
        return this.button(e);
      case 'overflow':
        return this.select(e, 'More actions', arr(e.options), false);
      case 'select_static':
        return this.select(e, this.label(e.placeholder) || 'Select', arr(e.options), false);
      case 'multi_select_static':
        return this.select(e, this.label(e.placeholder) || 'Select', arr(e.options), true);
      case 'select_person':
      case 'multi_select_person':
        return this.select(
          e,
          this.label(e.placeholder) || 'Person',
          arr(e.options).map((o) => ({ value: obj(o).value, text: { tag: 'plain_text', content: this.ctx.name(str(obj(o).value)) ?? str(obj(o).value) } })),
          e.tag === 'multi_select_person',
        );
      case 'input':
        return this.input(e);
      case 'date_picker':
        return this.picker(e, 'date', str(e.initial_date));
      case 'picker_time':
        return this.picker(e, 'time', str(e.initial_time));
      case 'picker_datetime':
        return this.picker(e, 'datetime-local', str(e.initial_datetime).replace(' ', 'T').slice(0, 16));
      case 'checker': {
        const action = this.callback(e, 'checker');
        return `<label class="checker"><input type="checkbox"${nameAttr(e)}${e.checked === true ? ' checked' : ''}${action ? ` data-card-action="${jsonAttr(action)}"` : ''}> ${this.text(e.text)}</label>`;
      }
      default: {
        // No picture for it: the text renderer's reading, so nothing the bot sent goes missing.
        const text = renderCard({ elements: [e] }, names(this.ctx, e));
        return text === '[Card]' ? '' : `<p class="summary">${esc(text)}</p>`;
      }
    }
  }

  private div(e: Obj): string {
    const fields = arr(e.fields).map(obj);
    const grid = fields.length ? `<div class="fields">${fields.map((f) => `<div class="field${f.is_short === true ? ' short' : ''}">${this.text(f.text)}</div>`).join('')}</div>` : '';
    const extra = isObj(e.extra) ? `<div class="extra">${this.element(e.extra)}</div>` : '';
    return `<div class="div">${e.text ? `<div class="md">${this.text(e.text)}</div>` : ''}${grid}${extra}</div>`;
  }

  private image(e: Obj, cls = ''): string {
    const alt = this.label(e.alt) || this.label(e.title) || 'Image';
    return imageTag(str(e.img_key ?? e.image_key), alt, this.ctx, cls);
  }

  /** The action a component sends when used: its callback value (2.0 behaviors or 1.0 `value`). */
  private callback(e: Obj, tag: string): Obj | undefined {
    const behaviors = arr(e.behaviors).map(obj);
    const cb = behaviors.find((b) => b.type === 'callback');
    const linkOnly = behaviors.length > 0 ? cb === undefined : Boolean(e.url ?? e.multi_url);
    if (cb === undefined && e.value === undefined && linkOnly) return undefined;
    const action: Obj = { tag };
    const value = cb?.value ?? e.value;
    if (value !== undefined) action.value = value;
    if (typeof e.name === 'string') action.name = e.name;
    return action;
  }

  private button(e: Obj): string {
    const label = this.text(e.text) || 'Button';
    const kind = esc(str(e.type) || 'default');
    const disabled = e.disabled === true ? ' disabled' : '';
    const link = arr(e.behaviors)
      .map(obj)
      .find((b) => b.type === 'open_url');
    const href = safeHref(link?.default_url ?? e.url ?? obj(e.multi_url).url);
    if (href && !this.callback(e, 'button')) {
      return `<a class="btn btn-${kind}" href="${esc(href)}" target="_blank" rel="noopener noreferrer">${label}</a>`;
    }
    const action = this.callback(e, 'button') ?? { tag: 'button' };
    const submit = e.form_action_type === 'submit' || e.action_type === 'form_submit';
    const reset = e.form_action_type === 'reset' || e.action_type === 'form_reset';
    const type = submit ? 'submit' : reset ? 'reset' : 'button';
    return `<button type="${type}" class="btn btn-${kind}" data-card-action="${jsonAttr(action)}"${disabled}>${label}</button>`;
  }

  private select(e: Obj, placeholder: string, options: unknown[], multiple: boolean): string {
    const initial = new Set(arr(e.selected_values ?? (e.initial_option !== undefined ? [e.initial_option] : [])).map(str));
    const opts = options
      .map(obj)
      .map((o) => `<option value="${esc(str(o.value))}"${initial.has(str(o.value)) ? ' selected' : ''}>${esc(this.label(o.text))}</option>`)
      .join('');
    const tag = str(e.tag);
    const action = { ...(this.callback(e, tag) ?? { tag }), tag };
    const label = esc(placeholder);
    const first = multiple ? '' : `<option value="" disabled${initial.size ? '' : ' selected'}>${label}</option>`;
    return `<label class="select"><span class="visually-hidden">${label}</span><select${nameAttr(e)} aria-label="${label}"${multiple ? ' multiple' : ''}${e.required === true ? ' required' : ''} data-card-action="${jsonAttr(action)}">${first}${opts}</select></label>`;
  }

  private input(e: Obj): string {
    const label = this.label(e.label) || this.label(e.placeholder) || 'Input';
    const placeholder = this.label(e.placeholder);
    const action = { ...(this.callback(e, 'input') ?? { tag: 'input' }), tag: 'input' };
    const common = `${nameAttr(e)} aria-label="${esc(label)}" placeholder="${esc(placeholder)}"${e.required === true ? ' required' : ''}${typeof e.max_length === 'number' ? ` maxlength="${e.max_length}"` : ''} data-card-action="${jsonAttr(action)}"`;
    const field = e.input_type === 'multiline_text' ? `<textarea${common} rows="3">${esc(e.default_value)}</textarea>` : `<input type="${e.input_type === 'password' ? 'password' : 'text'}"${common} value="${esc(e.default_value)}">`;
    const shown = e.label ? `<span>${this.text(e.label)}</span>` : '';
    return `<label class="input">${shown}${field}</label>`;
  }

  private picker(e: Obj, type: string, initial: string): string {
    const label = this.label(e.placeholder) || 'Date';
    const action = { ...(this.callback(e, str(e.tag)) ?? { tag: str(e.tag) }), tag: str(e.tag) };
    return `<label class="picker"><span>${esc(label)}</span><input type="${type}"${nameAttr(e)} aria-label="${esc(label)}" value="${esc(initial)}" data-card-action="${jsonAttr(action)}"></label>`;
  }

  private table(e: Obj): string {
    const cols = arr(e.columns).map(obj);
    const head = cols.map((c) => `<th scope="col">${esc(str(c.display_name) || str(c.name))}</th>`).join('');
    const rows = arr(e.rows)
      .map(obj)
      .map((r) => `<tr>${cols.map((c) => `<td>${this.cell(r[str(c.name)], str(c.data_type))}</td>`).join('')}</tr>`)
      .join('');
    return `<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  }

  private cell(v: unknown, type: string): string {
    if (type === 'persons' || type === 'person') return arr(Array.isArray(v) ? v : [v]).map((p) => atChip(str(isObj(p) ? p.id : p), '', this.ctx)).join(' ');
    if (type === 'options') return arr(v).map((o) => `<span class="tag tag-${esc(str(obj(o).color) || 'neutral')}">${esc(obj(o).text)}</span>`).join(' ');
    if (type === 'lark_md' || type === 'markdown') return markdownInline(str(v), this.ctx);
    if (Array.isArray(v)) return v.map((x) => (isObj(x) ? this.text(x.text) || esc(x.id ?? x.value) : esc(x))).join(', ');
    if (isObj(v)) return this.text(v) || esc(v.text ?? v.value);
    return esc(str(v));
  }
}

/** Card markdown (lark_md): paragraphs, headings, lists, quotes, tables, code blocks and rules. */
export function markdownHtml(md: string, ctx: RenderContext): string {
  const out: string[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  let list: { kind: 'ul' | 'ol'; items: string[] } | undefined;
  let para: string[] = [];
  const flushPara = () => {
    if (para.length) out.push(`<p>${para.map((l) => markdownInline(l, ctx)).join('<br>')}</p>`);
    para = [];
  };
  const flushList = () => {
    if (list) out.push(`<${list.kind}>${list.items.map((i) => `<li>${markdownInline(i, ctx)}</li>`).join('')}</${list.kind}>`);
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence) {
      flushPara();
      flushList();
      const code: string[] = [];
      while (++i < lines.length && !/^```\s*$/.test(lines[i]!)) code.push(lines[i]!);
      out.push(`<pre class="code"><code data-lang="${esc(fence[1])}">${esc(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (isTableRow(line) && isTableRule(lines[i + 1] ?? '')) {
      flushPara();
      flushList();
      const head = tableCells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && isTableRow(lines[i]!); i++) rows.push(tableCells(lines[i]!));
      i--;
      const cells = (row: string[], tag: string) => head.map((_, c) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${markdownInline(row[c] ?? '', ctx)}</${tag}>`).join('');
      out.push(`<div class="table-wrap"><table><thead><tr>${cells(head, 'th')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</tbody></table></div>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flushPara();
      flushList();
      const level = Math.min(6, heading[1]!.length + 2);
      out.push(`<h${level}>${markdownInline(heading[2]!, ctx)}</h${level}>`);
    } else if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
      flushPara();
      flushList();
      out.push('<hr>');
    } else if (bullet || numbered) {
      flushPara();
      const kind = bullet ? 'ul' : 'ol';
      if (list?.kind !== kind) flushList();
      list ??= { kind, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (/^>\s?/.test(line)) {
      flushPara();
      flushList();
      out.push(`<blockquote>${markdownInline(line.replace(/^>\s?/, ''), ctx)}</blockquote>`);
    } else if (line.trim() === '') {
      flushPara();
      flushList();
    } else {
      flushList();
      para.push(line);
    }
  }
  flushPara();
  flushList();
  return out.join('');
}

const isTableRow = (line: string) => /^\s*\|.*\|\s*$/.test(line);
const isTableRule = (line: string) => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);
/** The cells of a `| a | b |` row (a `\|` inside a cell is a literal bar). */
const tableCells = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/** One line of card markdown: code, bold, italic, strikethrough, links, <at>, <font>, <text_tag>. */
export function markdownInline(text: string, ctx: RenderContext): string {
  const codes: string[] = [];
  // Code spans first, kept out of every other rule.
  let s = text.replace(/`([^`]+)`/g, (_, code: string) => `\u0000${codes.push(`<code>${esc(code)}</code>`) - 1}\u0000`);
  const atTags: string[] = [];
  s = s.replace(/<at\s+(?:id|user_id|open_id|email)\s*=\s*['"]?([^'"\s>]+)['"]?\s*>([^<]*)<\/at>/g, (_, id: string, name: string) => `\u0001${atTags.push(atChip(id, name, ctx)) - 1}\u0001`);
  s = esc(s);
  s = s
    .replace(/&lt;font\s+color=(?:&#39;|&quot;)?([\w-]+)(?:&#39;|&quot;)?&gt;(.*?)&lt;\/font&gt;/g, (_, color: string, inner: string) => `<span class="fc-${color}">${inner}</span>`)
    .replace(/&lt;text_tag\s+color=(?:&#39;|&quot;)?([\w-]+)(?:&#39;|&quot;)?&gt;(.*?)&lt;\/text_tag&gt;/g, (_, color: string, inner: string) => `<span class="tag tag-${color}">${inner}</span>`)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label: string, url: string) => {
      const href = safeHref(url.replace(/&amp;/g, '&'));
      return href ? `<a href="${esc(href)}" target="_blank" rel="noopener noreferrer">${label}</a>` : whole;
    })
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/~~(.+?)~~/g, '<s>$1</s>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/&lt;\/?(?:u|i|b|strong|em|link|local_datetime)(?:\s[^&]*)?&gt;/g, '');
  return s.replace(/\u0001(\d+)\u0001/g, (_, i: string) => atTags[Number(i)]!).replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)]!);
}

/** Text with `@_user_N` mention keys shown as people and line breaks kept. */
function mentionText(text: string, mentions: readonly RawMention[] | undefined, ctx: RenderContext): string {
  const byKey = new Map((mentions ?? []).map((m) => [m.key ?? '', m]));
  return text
    .split(/(@_user_\d+|@_all)/)
    .map((part) => {
      if (part === '@_all') return atChip('all', 'all', ctx);
      const m = byKey.get(part);
      if (!m) return esc(part).replace(/\n/g, '<br>');
      const id = typeof m.id === 'string' ? m.id : (m.id?.open_id ?? '');
      return atChip(id, m.name ?? '', ctx);
    })
    .join('');
}

function atChip(id: string, name: string, ctx: RenderContext): string {
  if (id === 'all' || id === '@_all') return '<span class="at at-all">@all</span>';
  const shown = ctx.name(id) ?? (name || id);
  return `<span class="at" data-open-id="${esc(id)}">@${esc(shown)}</span>`;
}

function imageTag(key: string, alt: string, ctx: RenderContext, cls = ''): string {
  if (!key) return `<span class="missing">[${esc(alt)}]</span>`;
  return `<img class="img ${cls}" src="${esc(ctx.resourceUrl(key))}" alt="${esc(alt)}" loading="lazy">`;
}

/** A link to a stored file's bytes, saved as `saveAs`. */
function fileLink(key: string, label: string, ctx: RenderContext, icon = '📄', saveAs = label): string {
  return `<a class="file" href="${esc(ctx.resourceUrl(key))}" download="${esc(saveAs)}"><span aria-hidden="true">${icon}</span> ${esc(label)}</a>`;
}

/** The body of a post: a single `{title, content}`, or the best locale of `{en_us: {…}, …}`. */
function postBody(o: Obj, ctx: RenderContext): Obj | undefined {
  if (Array.isArray(o.content)) return o;
  const bodies = Object.fromEntries(Object.entries(o).filter(([, v]) => isObj(v) && Array.isArray(v.content)));
  const picked = pickLocale(bodies, localeOrder(ctx.locale));
  return isObj(picked) ? picked : undefined;
}

/** The names the text renderer should use for the people a card (or content) shows. */
function names(ctx: RenderContext, v: unknown): { names: Map<string, string> } {
  const out = new Map<string, string>();
  for (const id of cardPersonIds(v)) {
    const n = ctx.name(id);
    if (n) out.set(id, n);
  }
  return { names: out };
}

function weight(c: Obj): number {
  return typeof c.weight === 'number' && c.weight > 0 ? c.weight : 1;
}

function align(a: unknown): string {
  return a === 'center' || a === 'right' ? a : 'left';
}

function nameAttr(e: Obj): string {
  return typeof e.name === 'string' ? ` name="${esc(e.name)}"` : '';
}

function parse(text: string): Obj | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

