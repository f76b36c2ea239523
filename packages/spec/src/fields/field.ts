/**
 * The one description of a value the specs declare: a request parameter, a body member, a
 * response member or a shared schema. The loader's model, the SDK's descriptors, the CLI's
 * command metadata and the emulator all use this type (the model narrows the optional flags to
 * booleans it always fills in).
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'file' | 'any';
export type FieldFormat = 'int64' | 'unix-seconds' | 'unix-ms' | 'json' | 'email' | 'uri' | 'date-time';

export interface Field {
  /** For a `ref` field, the type of the referenced schema. */
  readonly type: FieldType;
  /** Name of the shared schema this field stands for; resolved through the checker's `schemas`. */
  readonly ref?: string;
  readonly description?: string;
  readonly required?: boolean;
  readonly enum?: readonly (string | number)[];
  readonly enumDescriptions?: Readonly<Record<string, string>>;
  readonly format?: FieldFormat;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly maxBytes?: number;
  readonly pattern?: string;
  readonly default?: unknown;
  readonly example?: unknown;
  /** Query only: a list sent as repeated keys; `type` is the element type. */
  readonly repeated?: boolean;
  readonly deprecated?: boolean;
  /** A top-level body or query field that makes a write safe to repeat (see `Method.idempotency`). */
  readonly idempotencyKey?: boolean;
  /** A top-level body field that holds a message card (see `CardMark`); clients check it offline before sending. */
  readonly card?: CardMark;
  /** Declared members: the object is closed unless `additionalProperties` says otherwise. */
  readonly properties?: FieldMap;
  readonly items?: Field;
  readonly additionalProperties?: boolean | Field;
}

/**
 * Marks a body field as holding a message card: a JSON object, or its JSON text when the field is a
 * string. With `when`, only while the sibling body field `when.field` equals `when.equals` (a
 * message's `content` is a card only when its `msg_type` is `interactive`).
 */
export interface CardMark {
  readonly when?: { readonly field: string; readonly equals: string };
}

export type FieldMap = Readonly<Record<string, Field>>;
