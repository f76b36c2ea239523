/** How the docs' example lines become argument vectors: split by the same shell a reader pastes them into. */
import { execFileSync } from 'node:child_process';

/**
 * The argument vectors /bin/sh makes of `lark-cli …` commands, all in one shell: the command word
 * becomes a shell function that prints its arguments, NUL-separated, and a record mark after them.
 */
export function shellArgv(commands: readonly string[]): string[][] {
  const printArgs = `argv_of() { for a in "$@"; do printf '%s\\0' "$a"; done; printf '\\036\\0'; }`;
  const script = [printArgs, ...commands.map((c) => c.replace(/^lark-cli /, 'argv_of '))].join('\n');
  const out = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const records: string[][] = [[]];
  for (const word of out.split('\0').slice(0, -1)) {
    if (word === '\u001e') records.push([]);
    else records.at(-1)!.push(word);
  }
  records.pop();
  if (records.length !== commands.length) throw new Error(`the shell made ${records.length} commands of ${commands.length} example lines`);
  return records;
}
