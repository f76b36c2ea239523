/**
 * The short way to a method or a shortcut: `<service> <resource> <method> …` and
 * `<service> +<shortcut> …` are found among the generated loaders alone, so running one loads
 * neither the command tree nor the help text. Anything else (help, a slip, an unknown word) is
 * left to the tree (tree.ts), which loads the whole index to answer or explain it.
 */
import type { Io } from '../core/io.js';
import { methodLoaders, shortcutLoaders } from '../generated/loaders.js';

/** Runs the method `<service>.<resource>.<method>` with the arguments after its words. */
export async function runMethodById(id: string, args: readonly string[], io: Io): Promise<number> {
  const [{ command }, { runMethod }] = await Promise.all([methodLoaders[id]!(), import('./method.js')]);
  return runMethod(command, args, io);
}

/** Runs the shortcut `<service>.+<name>` with the arguments after its words. */
export async function runShortcutByKey(key: string, args: readonly string[], io: Io): Promise<number> {
  const { shortcut } = await shortcutLoaders[key]!();
  const { runShortcut } = await import('./shortcut.js');
  return runShortcut(shortcut, args, io);
}

/**
 * Runs the method or shortcut the first words name exactly; undefined when they name none. A word
 * with a dot where the tree has none (`im.chat members create`, `im chat members.create`) is not
 * taken apart here: the tree says what is wrong with it.
 */
export function runNamed(words: readonly string[], lead: readonly string[], io: Io): Promise<number> | undefined {
  const [service, second, third] = words;
  if (service === undefined || second === undefined || service.includes('.')) return undefined;
  if (second.startsWith('+')) {
    const key = `${service}.${second}`;
    return Object.hasOwn(shortcutLoaders, key) ? runShortcutByKey(key, [...words.slice(2), ...lead], io) : undefined;
  }
  if (third === undefined || third.startsWith('-') || third.includes('.')) return undefined;
  const id = `${service}.${second}.${third}`;
  return Object.hasOwn(methodLoaders, id) ? runMethodById(id, [...words.slice(3), ...lead], io) : undefined;
}
