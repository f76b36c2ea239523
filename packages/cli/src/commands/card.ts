/**
 * `lark-cli card validate <file|->` and `lark-cli card preview <file|->`: message cards checked
 * and shown offline, with the same validator and renderer the shortcuts, the SDK and the emulator
 * use. Nothing is sent.
 */
import { formatCardProblem, renderCard, stripTerminalControls, validateCard } from '@larkgen/im-content';
import { parseFlags } from '../core/argv.js';
import { commandFlags } from './flags.js';
import { CliError } from '../core/errors.js';
import { bool, str } from '../core/globals.js';
import { InputReader } from '../core/input.js';
import type { Io } from '../core/io.js';
import { runState } from '../core/run-state.js';

const USAGE = `lark-cli card validate <file|-> [--format pretty|json]
lark-cli card preview <file|->

validate  Checks a card (Card 2.0, Card 1.0 or a template / card-entity reference) against the
          card schema and the platform's limits: known components and properties, nesting rules,
          at most 3 header tags, at most 200 components, at most 30 KB. Every problem is listed
          with its JSON path; exit 2 when there is any.
preview   Shows the card as readable text, as the read shortcuts render cards. Problems are
          listed on stderr; the preview is still printed.

<file> is a path inside the working directory, or - to read standard input.
  --format pretty|json   validate's output (pretty on a terminal, json otherwise)
`;

export async function runCard(tokens: readonly string[], io: Io): Promise<number> {
  const p = parseFlags(tokens, commandFlags({ values: ['format'] }), 'lark-cli card');
  if (bool(p, 'no-color')) runState.noColor = true;
  const [action, source, ...extra] = p.positionals;
  if (bool(p, 'help') || action === undefined) {
    io.out(USAGE);
    return 0;
  }
  if (action !== 'validate' && action !== 'preview') {
    throw new CliError('validation', `Unknown card command "${action}".`, { hint: 'Use lark-cli card validate <file> or lark-cli card preview <file>.' });
  }
  if (source === undefined) throw new CliError('validation', `card ${action} needs a file, or - for standard input.`, { hint: `lark-cli card ${action} card.json` });
  if (extra.length > 0) throw new CliError('validation', `card ${action} takes one file, got ${p.positionals.length - 1}.`);
  const fmt = str(p, 'format') ?? (io.stdoutTTY ? 'pretty' : 'json');
  if (fmt !== 'pretty' && fmt !== 'json') throw new CliError('validation', `card --format must be pretty or json, got "${fmt}".`);
  const name = source === '-' ? 'standard input' : source;
  const text = await new InputReader(io).text(source === '-' ? '-' : `@${source}`, 'card');
  const r = validateCard(text);
  const lines = r.problems.map(formatCardProblem);
  if (action === 'preview') {
    if (lines.length > 0) io.err(`${name}: ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  ${stripTerminalControls(l)}`).join('\n')}\n`);
    io.out(stripTerminalControls(renderCard(text)) + '\n');
    return 0;
  }
  if (!r.ok) {
    throw new CliError('validation', `${name}: the card has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((l) => `  ${l}`).join('\n')}`, {
      hint: 'Fix each path listed; the card component list is in the lark-im skill (references/lark-im-cards.md).',
      detail: { kind: r.kind, bytes: r.bytes, elements: r.elements, problems: r.problems },
    });
  }
  const summary = { ok: true, kind: r.kind, bytes: r.bytes, elements: r.elements };
  if (fmt === 'json') io.out(JSON.stringify(summary, null, 2) + '\n');
  else io.out(`${name}: valid ${r.kind === 'template' ? 'template reference' : r.kind === 'card_id' ? 'card entity reference' : `Card ${r.kind}`} (${r.bytes} bytes, ${r.elements} component${r.elements === 1 ? '' : 's'})\n`);
  return 0;
}
