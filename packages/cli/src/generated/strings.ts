// GENERATED FILE - DO NOT EDIT. Regenerate with `pnpm generate`.
// Sources: specs/contact/service.yaml, specs/im/service.yaml

export const RISK_TEXT: Readonly<Record<'read' | 'write' | 'high-risk-write', string>> = {
  "read": "Read only: changes nothing on the platform.",
  "write": "Writes: changes data that others can see.",
  "high-risk-write": "High-risk write: cannot be undone and affects other people; the CLI refuses to run it without --yes."
};

export const IDENTITY_TEXT: Readonly<Record<'bot' | 'user', { flag: string; token: string; summary: string }>> = {
  "bot": {
    "flag": "--as bot",
    "token": "tenant_access_token",
    "summary": "Acts as the app's bot. The app needs the scope enabled in the developer console, and the bot must be a member of the chats it touches."
  },
  "user": {
    "flag": "--as user",
    "token": "user_access_token",
    "summary": "Acts as the signed-in user (`lark-cli auth login`). The user must have granted the scope and must be able to see the chat or message."
  }
};
