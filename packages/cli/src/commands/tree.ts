/**
 * The generated command tree: services → resources → methods, and shortcuts, for help and for
 * words that name no method or shortcut exactly (route.ts runs those that do). A method or a
 * shortcut is run by its module, loaded only then with the one method's or shortcut's data.
 */
import { services } from '../generated/index.js';
import type { ServiceIndexEntry } from '../meta.js';
import { CliError } from '../core/errors.js';
import type { Io } from '../core/io.js';
import { didYouMean } from '../core/suggest.js';
import { VERSION } from '../version.js';
import { helpPaint, topHelp, serviceHelp, resourceHelp } from '../help.js';

export function serviceNames(): string[] {
  return services.map((s) => s.name);
}

export function findService(name: string): ServiceIndexEntry | undefined {
  return services.find((s) => s.name === name);
}

export function topLevelHelp(io: Io): string {
  return topHelp(services, helpPaint(io), VERSION);
}

const isHelp = (t: string) => t === '--help' || t === '-h';

export async function runServiceCommand(s: ServiceIndexEntry, words: readonly string[], lead: readonly string[], io: Io): Promise<number> {
  const second = words[0];
  const all = [...words, ...lead];
  if (second === undefined || (isHelp(second) && words.length === 1)) {
    if (second === undefined && !lead.some(isHelp) && lead.length) {
      throw new CliError('validation', `"lark-cli ${s.name}" needs a resource or a shortcut.`, { hint: `Run lark-cli ${s.name} --help.` });
    }
    io.out(serviceHelp(s, helpPaint(io)));
    return 0;
  }
  if (isHelp(second)) {
    io.out(serviceHelp(s, helpPaint(io)));
    return 0;
  }
  if (second.startsWith('+')) {
    const key = `${s.name}.${second}`;
    if (!s.shortcuts.some((x) => x.command === second)) {
      throw new CliError('validation', `Unknown shortcut "${second}" in ${s.name}.${didYouMean(second, s.shortcuts.map((x) => x.command))}`, {
        hint: `Shortcuts of ${s.name}: ${s.shortcuts.map((x) => x.command).join(', ') || 'none'}.`,
      });
    }
    return (await import('./route.js')).runShortcutByKey(key, all.slice(1), io);
  }
  const resource = s.resources.find((r) => r.name === second);
  if (!resource) {
    // `im messages.create` or `im chat members create` are common slips.
    const dotted = second.includes('.') ? second.slice(0, second.lastIndexOf('.')) : undefined;
    const joined = words[1] && !words[1].startsWith('-') ? `${second}.${words[1]}` : undefined;
    let hint = didYouMean(second, [...s.resources.map((r) => r.name), ...s.shortcuts.map((x) => x.command)]);
    if (dotted && s.resources.some((r) => r.name === dotted)) hint = ` Did you mean "${s.name} ${dotted} ${second.slice(dotted.length + 1)}"?`;
    else if (joined && s.resources.some((r) => r.name === joined)) hint = ` Did you mean "${s.name} ${joined}"?`;
    throw new CliError('validation', `Unknown resource "${second}" in ${s.name}.${hint}`, {
      hint: `Run lark-cli ${s.name} --help for its resources and shortcuts.`,
    });
  }
  const third = words[1];
  if (third === undefined || isHelp(third) || third.startsWith('-')) {
    if (third !== undefined && !isHelp(third)) {
      throw new CliError('validation', `"lark-cli ${s.name} ${resource.name}" needs a method: ${resource.methods.map((m) => m.name).join(', ')}.`);
    }
    io.out(resourceHelp(s, resource, helpPaint(io)));
    return 0;
  }
  const method = resource.methods.find((m) => m.name === third);
  if (!method) {
    throw new CliError('validation', `Unknown method "${third}" of ${s.name} ${resource.name}.${didYouMean(third, resource.methods.map((m) => m.name))}`, {
      hint: `Methods: ${resource.methods.map((m) => m.name).join(', ')}.`,
    });
  }
  return (await import('./route.js')).runMethodById(`${s.name}.${resource.name}.${method.name}`, all.slice(2), io);
}
