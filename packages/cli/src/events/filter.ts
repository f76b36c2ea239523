/** `-p name=value` filters of `lark-cli event consume`, checked against the event's spec'd params. */
import { CliError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import type { EventCommand } from '../meta.js';

export interface EventEnvelopeLike {
  readonly schema: string;
  readonly header: { readonly event_id: string; readonly event_type: string; readonly create_time: string };
  readonly event: unknown;
}

export interface EventFilter {
  readonly name: string;
  readonly field: string;
  readonly values: readonly string[];
}

/** Parses and checks every `-p`; a mistake is a validation error (exit 2) naming the valid choices. */
export function parseFilters(event: EventCommand, given: readonly string[]): EventFilter[] {
  const names = event.params.map((p) => p.name);
  const seen = new Set<string>();
  return given.map((raw) => {
    const eq = raw.indexOf('=');
    if (eq <= 0) throw new CliError('validation', `-p "${raw}" is not name=value.`, { hint: names.length ? `Parameters of ${event.key}: ${names.join(', ')}.` : `${event.key} takes no parameters.` });
    const name = raw.slice(0, eq);
    const value = raw.slice(eq + 1);
    const param = event.params.find((p) => p.name === name);
    if (!param) {
      throw new CliError('validation', `${event.key} has no parameter "${name}".${didYouMean(name, names)}`, { hint: names.length ? `Parameters: ${names.join(', ')}.` : `${event.key} takes no parameters.` });
    }
    if (seen.has(name)) throw new CliError('validation', `-p ${name} is given twice.`, { hint: param.multi ? `Give several values as one comma-separated list: -p ${name}=a,b.` : 'Give it once.' });
    seen.add(name);
    const values = param.multi ? value.split(',').map((v) => v.trim()).filter(Boolean) : [value];
    if (values.length === 0 || values.some((v) => v === '')) throw new CliError('validation', `-p ${name} needs a value.`);
    for (const v of values) {
      if (param.enum && !param.enum.includes(v)) throw new CliError('validation', `-p ${name}: "${v}" is not one of ${param.enum.join(', ')}.`);
    }
    return { name, field: param.field, values };
  });
}

/** Whether the payload passes every filter (a list field passes when any element matches). */
export function matches(filters: readonly EventFilter[], payload: unknown): boolean {
  return filters.every((f) => valuesAt(payload, f.field.split('.')).some((v) => f.values.includes(v)));
}

function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (path.length === 0) return value === undefined || value === null || typeof value === 'object' ? [] : [String(value)];
  if (typeof value !== 'object' || value === null) return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}
