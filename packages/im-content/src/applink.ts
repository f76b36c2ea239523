/**
 * App links: URLs that open a chat in the Lark / Feishu client. The client expects openChatId
 * (not chatId); the host depends on the brand.
 */
export type AppLinkBrand = 'feishu' | 'lark';

const HOSTS: Readonly<Record<AppLinkBrand, string>> = { feishu: 'https://applink.feishu.cn', lark: 'https://applink.larksuite.com' };

/** The link that opens chat `chatId`; with `position`, scrolled to that message position. */
export function chatAppLink(chatId: string, brand: AppLinkBrand = 'feishu', position?: string | number): string {
  const q = new URLSearchParams({ openChatId: chatId });
  if (position !== undefined && position !== '') q.set('position', String(position));
  return `${HOSTS[brand]}/client/chat/open?${q.toString()}`;
}
