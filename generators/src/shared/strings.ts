/**
 * Sentences shared by the generated docs and the CLI's help, so the two never disagree.
 */
import type { Identity, Risk } from '@larkgen/spec';

export const IDENTITY_TEXT: Record<Identity, { flag: string; token: string; summary: string }> = {
  bot: {
    flag: '--as bot',
    token: 'tenant_access_token',
    summary: 'Acts as the app\'s bot. The app needs the scope enabled in the developer console, and the bot must be a member of the chats it touches.',
  },
  user: {
    flag: '--as user',
    token: 'user_access_token',
    summary: 'Acts as the signed-in user (`lark-cli auth login`). The user must have granted the scope and must be able to see the chat or message.',
  },
};

export const RISK_TEXT: Record<Risk, string> = {
  read: 'Read only: changes nothing on the platform.',
  write: 'Writes: changes data that others can see.',
  'high-risk-write': 'High-risk write: cannot be undone and affects other people; the CLI refuses to run it without --yes.',
};

/** How every command picks its identity, stated once (on the shared skill page). */
export const IDENTITY_RULE =
  '`--as user` or `--as bot` when given. Otherwise a command that supports a single identity uses it; ' +
  'otherwise the configured default (`config init --default-as`, or `LARKSUITE_CLI_DEFAULT_AS`); otherwise ' +
  'the bot for the shortcuts whose page names the bot as their identity; and for every other command the user ' +
  'while a user is logged in, else the bot. `--as auto` skips the configured default and a shortcut\'s own choice.';

/**
 * What one command's page says about the identity it runs as without `--as`: IDENTITY_RULE applied
 * to the identities it supports and the one it prefers (a shortcut that prefers the user behaves
 * like a raw method, so only a preferred bot is told apart).
 */
export function identityChoiceText(supported: readonly Identity[], preferred?: Identity): string {
  if (supported.length === 1) return supported[0] === 'user' ? '`user` only: log in first (`lark-cli auth login`).' : '`bot` only.';
  const unless = 'unless `--as` or a configured default identity says otherwise.';
  return preferred === 'bot' ? `\`bot\`, ${unless}` : `\`user\` while a user is logged in, else \`bot\`, ${unless}`;
}
