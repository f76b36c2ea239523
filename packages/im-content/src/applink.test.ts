import { describe, expect, it } from 'vitest';
import { chatAppLink } from './applink.js';

describe('chatAppLink', () => {
  it.each([
    ['oc_general', 'feishu', undefined, 'https://applink.feishu.cn/client/chat/open?openChatId=oc_general'],
    ['oc_general', 'lark', undefined, 'https://applink.larksuite.com/client/chat/open?openChatId=oc_general'],
    ['oc_general', 'feishu', 12, 'https://applink.feishu.cn/client/chat/open?openChatId=oc_general&position=12'],
    ['oc_a&b', 'feishu', undefined, 'https://applink.feishu.cn/client/chat/open?openChatId=oc_a%26b'],
  ] as const)('%s (%s, position %s)', (id, brand, pos, want) => {
    expect(chatAppLink(id, brand, pos)).toBe(want);
  });
});
