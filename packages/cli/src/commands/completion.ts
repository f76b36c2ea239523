/** `lark-cli completion bash|zsh|fish`: prints the generated completion script. */
import { parseFlags } from '../core/argv.js';
import { CliError } from '../core/errors.js';
import { COMMON_FLAGS, bool } from '../core/globals.js';
import type { Io } from '../core/io.js';
import { didYouMean } from '../core/suggest.js';

const SHELLS = {
  bash: () => import('../generated/completions/bash.js'),
  zsh: () => import('../generated/completions/zsh.js'),
  fish: () => import('../generated/completions/fish.js'),
} as const;

const HELP = `lark-cli completion bash|zsh|fish

Prints a completion script for the shell. Load it for the current shell:
  bash:  source <(lark-cli completion bash)
  zsh:   source <(lark-cli completion zsh)
  fish:  lark-cli completion fish | source
or save it where the shell looks for completions.
`;

export async function runCompletion(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, COMMON_FLAGS, 'lark-cli completion');
  if (bool(p, 'help')) {
    io.out(HELP);
    return 0;
  }
  const shell = p.positionals[0];
  if (!shell) throw new CliError('validation', 'completion needs a shell: bash, zsh or fish.', { hint: 'e.g. source <(lark-cli completion bash)' });
  if (p.positionals.length > 1) throw new CliError('validation', `completion takes one shell, got: ${p.positionals.join(' ')}.`);
  const load = SHELLS[shell as keyof typeof SHELLS];
  if (!load) throw new CliError('validation', `No completion for "${shell}"; choose bash, zsh or fish.${didYouMean(shell, Object.keys(SHELLS))}`);
  io.out((await load()).script);
  return 0;
}
