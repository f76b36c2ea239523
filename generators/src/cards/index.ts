import type { JsonSchemaDocument, SpecModel } from '@larkgen/spec';
import { withHeader, type GeneratedFile, type Generator } from '../core/files.js';
import { pascal } from '../shared/naming.js';

/** Where the card schemas and types go; the hand-written validator and renderer are in `packages/im-content/src/cards`. */
export const CARDS_GENERATED_DIR = 'packages/im-content/src/generated/';

/**
 * Message cards: the Card 1.0 / 2.0 JSON Schemas as data for the validator (`card-schemas.ts`) and
 * TypeScript types of Card 2.0 (`card-types.ts`, `CardV2` and one type per component).
 */
export const cardsGenerator: Generator<SpecModel> = {
  name: 'cards',
  owns: [CARDS_GENERATED_DIR],
  generate(model) {
    const cards = model.cards;
    if (!cards) return [];
    const schemaFiles = cards.files.filter((f) => f.endsWith('.schema.json'));
    // Each schema is a JSON string parsed on its first use: a command that checks no card (a plain
    // text send, say) neither builds nor keeps the object, and a string costs V8 far less to load
    // than the same data as an object literal.
    const schemas = [
      "import type { CardSchema } from '../cards/schema.js';",
      '',
      'let v2: CardSchema | undefined;',
      'let v1: CardSchema | undefined;',
      '',
      '/** Card 2.0: strict, unknown properties refused. */',
      `export function cardV2Schema(): CardSchema {\n  return (v2 ??= JSON.parse(${JSON.stringify(JSON.stringify(cards.v2))}) as CardSchema);\n}`,
      '',
      '/** Card 1.0: loose, unknown properties allowed. */',
      `export function cardV1Schema(): CardSchema {\n  return (v1 ??= JSON.parse(${JSON.stringify(JSON.stringify(cards.v1))}) as CardSchema);\n}`,
      '',
    ].join('\n');
    return [
      { path: CARDS_GENERATED_DIR + 'card-schemas.ts', content: withHeader('x.ts', schemaFiles, schemas) },
      { path: CARDS_GENERATED_DIR + 'card-types.ts', content: withHeader('x.ts', schemaFiles.filter((f) => f.includes('v2')), cardTypes(cards.v2)) },
    ];
  },
};

type Schema = Record<string, unknown>;

/** `plainText` → `CardPlainText`, `select_static` → `CardSelectStatic`. */
export function cardTypeName(def: string): string {
  return 'Card' + pascal(def);
}

/** TypeScript declarations for a card JSON Schema: one per `$defs` entry, then the root as `CardV2`. */
export function cardTypes(root: JsonSchemaDocument): string {
  const defs = (root.$defs ?? {}) as Record<string, Schema>;
  const out: string[] = [];
  for (const name of Object.keys(defs).sort()) out.push(declaration(cardTypeName(name), defs[name]!));
  out.push(declaration(String(root.title ?? 'CardV2'), root as Schema));
  return out.join('\n\n') + '\n';
}

function doc(s: Schema, indent: string): string {
  return typeof s.description === 'string' ? `${indent}/** ${s.description.replace(/\*\//g, '* /')} */\n` : '';
}

function declaration(name: string, s: Schema): string {
  if (s.type === 'object' && s.properties && !s.oneOf) return `${doc(s, '')}export interface ${name} ${objectType(s, '')}`;
  return `${doc(s, '')}export type ${name} = ${typeOf(s, '')};`;
}

function objectType(s: Schema, indent: string): string {
  const props = s.properties as Record<string, Schema>;
  const required = new Set((s.required as string[] | undefined) ?? []);
  const inner = indent + '  ';
  const lines = Object.entries(props).map(([k, v]) => `${doc(v, inner)}${inner}${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${required.has(k) ? '' : '?'}: ${typeOf(v, inner)};`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function typeOf(s: Schema, indent: string): string {
  if (typeof s.$ref === 'string') return cardTypeName(s.$ref.replace('#/$defs/', ''));
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(s.oneOf)) return (s.oneOf as Schema[]).map((x) => typeOf(x, indent)).join(' | ');
  switch (s.type) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'integer':
    case 'number':
      return 'number';
    case 'array':
      return `Array<${typeOf((s.items ?? {}) as Schema, indent)}>`;
    case 'object':
      if (s.properties) return objectType(s, indent);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') return `Record<string, ${typeOf(s.additionalProperties as Schema, indent)}>`;
      return 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}
