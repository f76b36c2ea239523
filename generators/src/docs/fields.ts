import type { Field, FieldMap, SpecModel } from '@larkgen/spec';

/** One row of a parameter or response table: nested fields flattened to dotted names. */
export interface FieldRow {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

const MAX_DEPTH = 4;

/** Flattens a field map into rows, expanding shared schemas (each at most once per path). */
export function fieldRows(model: SpecModel, fields: FieldMap, prefix = '', depth = 0, seen: readonly string[] = []): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, f] of Object.entries(fields)) {
    const full = prefix ? `${prefix}.${name}` : name;
    rows.push({ name: full, type: typeLabel(f), required: f.required, description: describe(f) });
    rows.push(...childRows(model, f, full, depth, seen));
  }
  return rows;
}

function childRows(model: SpecModel, f: Field, full: string, depth: number, seen: readonly string[]): FieldRow[] {
  if (depth >= MAX_DEPTH) return [];
  const target = resolve(model, f);
  if (!target || (f.ref && seen.includes(f.ref))) return [];
  const nextSeen = f.ref ? [...seen, f.ref] : seen;
  if (target.type === 'object' && target.properties) return fieldRows(model, target.properties, full, depth + 1, nextSeen);
  if (target.type === 'array' && target.items) {
    const item = resolve(model, target.items);
    const itemSeen = target.items.ref ? [...nextSeen, target.items.ref] : nextSeen;
    if (item?.type === 'object' && item.properties && !(target.items.ref && seen.includes(target.items.ref))) {
      return fieldRows(model, item.properties, `${full}[]`, depth + 1, itemSeen);
    }
  }
  return [];
}

/** The field itself, or the shared schema it refers to. */
export function resolve(model: SpecModel, f: Field): Field | undefined {
  return f.ref ? model.schemas[f.ref] : f;
}

export function typeLabel(f: Field): string {
  let t: string = f.type;
  if (f.type === 'array' && f.items) t = `${f.items.ref ?? f.items.type}[]`;
  else if (f.ref && f.type === 'object') t = f.ref;
  if (f.repeated) t = `${t}[] (repeated key)`;
  if (f.format) t += ` (${f.format})`;
  return t;
}

/** The constraint-bearing part of a field or a shortcut flag. */
type Describable = Pick<Field, 'description' | 'enum' | 'minimum' | 'maximum' | 'minLength' | 'maxLength' | 'minItems' | 'maxItems' | 'default'> &
  Partial<Pick<Field, 'enumDescriptions' | 'maxBytes' | 'pattern' | 'deprecated'>>;

/** The description plus every constraint a reader needs, in one cell, each said once. */
export function describe(f: Describable, extras: readonly string[] = []): string {
  const text = (f.description ?? '').trim();
  const parts: string[] = text ? [text] : [];
  const said = (re: RegExp) => re.test(text);
  if (f.enum) {
    const values = f.enum.map((v) => (f.enumDescriptions?.[String(v)] ? `\`${v}\` (${f.enumDescriptions[String(v)]})` : `\`${v}\``));
    parts.push(`One of: ${values.join(', ')}.`);
  }
  const range: string[] = [];
  if (f.minimum !== undefined && !said(new RegExp(`(least|min(imum)?) ${f.minimum}\\b`, 'i'))) range.push(`min ${f.minimum}`);
  if (f.maximum !== undefined && !said(new RegExp(`(most|max(imum)?|up to) ${f.maximum}\\b`, 'i'))) range.push(`max ${f.maximum}`);
  if (f.minLength !== undefined && !said(new RegExp(`least ${f.minLength} char`, 'i'))) range.push(`at least ${f.minLength} chars`);
  if (f.maxLength !== undefined && !said(new RegExp(`(most|up to) ${f.maxLength} char`, 'i'))) range.push(`at most ${f.maxLength} chars`);
  if (f.minItems !== undefined && !said(new RegExp(`least ${f.minItems}\\b`, 'i'))) range.push(`at least ${f.minItems} items`);
  if (f.maxItems !== undefined && !said(new RegExp(`(most|up to) ${f.maxItems}\\b`, 'i'))) range.push(`at most ${f.maxItems} items`);
  if (f.maxBytes !== undefined) range.push(`at most ${formatBytes(f.maxBytes)}`);
  if (f.pattern) range.push(`matches \`${f.pattern}\``);
  if (range.length) parts.push(`(${range.join(', ')})`);
  if (f.default !== undefined && !said(/\bdefault/i)) parts.push(`Default \`${defaultText(f.default)}\`.`);
  if (f.deprecated) parts.push('Deprecated.');
  parts.push(...extras);
  return cell(parts.join(' '));
}

/** A default as a reader types it: strings without JSON quotes. */
function defaultText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function formatBytes(n: number): string {
  return n % 1048576 === 0 ? `${n / 1048576} MB` : `${n} bytes`;
}

/** Makes text safe inside a Markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}
