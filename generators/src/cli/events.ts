import { fieldToJsonSchema, type EventType, type JsonSchema, type SpecModel } from '@larkgen/spec';

/**
 * The data behind `lark-cli event list|schema|consume`: each event's key, kind, what it needs,
 * its `-p` filters, how it is printed, and its payload as a self-contained JSON Schema.
 */
export function eventCommands(model: SpecModel): unknown[] {
  return model.events.map((e) => eventCommand(model, e));
}

function eventCommand(model: SpecModel, e: EventType) {
  return {
    key: e.key,
    service: e.service,
    kind: e.kind,
    version: e.version,
    summary: e.summary,
    description: e.description,
    identities: Object.fromEntries(e.identityList.map((id) => [id, e.identities[id]!.scopes])),
    identityNotes: Object.fromEntries(e.identityList.filter((id) => e.identities[id]!.note).map((id) => [id, e.identities[id]!.note!])),
    console: e.console,
    output: e.output,
    params: Object.values(e.params),
    payloadSchema: selfContained(model, fieldToJsonSchema(e.payload, { ref: (n) => `#/$defs/${n}` })),
    ...(e.answer ? { answerSchema: selfContained(model, fieldToJsonSchema(e.answer, { ref: (n) => `#/$defs/${n}` })) } : {}),
    example: e.example,
    ...(e.answerExample ? { answerExample: e.answerExample } : {}),
    notes: e.notes,
    source: e.source.file,
  };
}

/** The schema with every shared schema it reaches under `$defs`. */
function selfContained(model: SpecModel, schema: JsonSchema): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const pending = refsIn(schema);
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (defs[name] || !model.schemas[name]) continue;
    defs[name] = fieldToJsonSchema(model.schemas[name]!, { ref: (n) => `#/$defs/${n}` });
    pending.push(...refsIn(defs[name]!));
  }
  const sorted = Object.fromEntries(Object.keys(defs).sort().map((k) => [k, defs[k]!]));
  return Object.keys(sorted).length > 0 ? { ...schema, $defs: sorted } : schema;
}

function refsIn(schema: JsonSchema): string[] {
  return [...JSON.stringify(schema).matchAll(/"\$ref":"#\/\$defs\/([A-Za-z0-9]+)"/g)].map((m) => m[1]!);
}
