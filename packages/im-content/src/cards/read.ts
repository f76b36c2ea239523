/**
 * Reading card JSON the way both card renderers do — the text one here and the HTML one of the
 * emulator's console: loose shapes (anything unexpected reads as empty), the locale order, the
 * words of a text object, and where a card keeps its elements.
 */
import { cardKindOf } from './validate.js';

export type CardObject = Record<string, unknown>;

/** Whether `v` is a JSON object (not null, not a list). */
export function isObj(v: unknown): v is CardObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `v` if it is an object, else an empty one. */
export function obj(v: unknown): CardObject {
  return isObj(v) ? v : {};
}
/** `v` if it is a list, else an empty one. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
/** A string as it is, other values as JSON, nothing as ''. */
export function str(v: unknown): string {
  return v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
}

/** The locales to try, best first: the preferred one, then en_us, then zh_cn. */
export function localeOrder(locale: string | undefined): readonly string[] {
  return [locale ?? 'en_us', 'en_us', 'zh_cn'];
}

/** The value for the first locale of `locales` present, else the first value. */
export function pickLocale(byLocale: CardObject, locales: readonly string[]): unknown {
  for (const l of locales) if (l in byLocale) return byLocale[l];
  return Object.values(byLocale)[0];
}

/** The raw words of a text object (plain_text / lark_md, `i18n_content`) or a bare string. */
export function textOf(t: unknown, locales: readonly string[]): string {
  if (typeof t === 'string') return t;
  if (!isObj(t)) return '';
  const localized = pickLocale(obj(t.i18n_content ?? t.i18n), locales);
  return typeof t.content === 'string' && t.content !== '' ? t.content : typeof localized === 'string' ? localized : '';
}

/** A card's top-level elements: `body.elements` in Card 2.0, `elements` or `i18n_elements` in 1.0. */
export function cardElements(card: CardObject, locales: readonly string[]): unknown {
  return cardKindOf(card) === '2.0' ? obj(card.body).elements : (card.elements ?? pickLocale(obj(card.i18n_elements), locales));
}
