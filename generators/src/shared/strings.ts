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

/** How every command picks its identity, stated once for the docs and the CLI's help. */
export const IDENTITY_RULE =
  '`--as user` or `--as bot` when given. Otherwise a command that supports a single identity uses it; ' +
  'otherwise the configured default (`config init --default-as`, or `LARKSUITE_CLI_DEFAULT_AS`); otherwise the ' +
  'command\'s own default identity — and a command whose default is the user falls back to the bot while nobody ' +
  'is logged in. Raw methods without a default of their own use the user when a user login is valid, else the bot.';
