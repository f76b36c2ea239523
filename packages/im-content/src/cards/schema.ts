/**
 * The JSON Schema subset the card schemas of `specs/cards/` use, as the validator reads it.
 * Besides the standard keywords, three `x-lark-*` keywords carry the platform's rules that JSON
 * Schema cannot say: the largest serialized size, the most components, and the fix to suggest for
 * a refused property or a component that is known but not allowed where it stands.
 */
export interface CardSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, CardSchema>>;
  readonly title?: string;
  readonly description?: string;
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, CardSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | CardSchema;
  readonly items?: CardSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly oneOf?: readonly CardSchema[];
  readonly anyOf?: readonly CardSchema[];
  readonly discriminator?: { readonly propertyName: string };
  /** Root only: the largest serialized card in bytes. */
  readonly 'x-lark-maxBytes'?: number;
  /** Root only: the most components a card may hold. */
  readonly 'x-lark-maxElements'?: number;
  /** Object: a fix to suggest per refused property name. */
  readonly 'x-lark-fix'?: Readonly<Record<string, string>>;
  /** Tagged union: component tags that exist but are not allowed here, with the fix. */
  readonly 'x-lark-refused'?: Readonly<Record<string, string>>;
}
