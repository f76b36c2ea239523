import { describe, expect, it } from 'vitest';
import { escapeHtmlOutsideCode } from './markdown-text.js';

describe('escapeHtmlOutsideCode', () => {
  it.each([
    ['no bracket', 'plain text, `code` and more', 'plain text, `code` and more'],
    ['a placeholder', 'send to <chat_id> now', 'send to &lt;chat_id> now'],
    ['brackets at both ends', '<a><b>', '&lt;a>&lt;b>'],
    ['inside a code span', 'use `<at user_id="x">` here, not <at>', 'use `<at user_id="x">` here, not &lt;at>'],
    ['a double-backtick span holding a backtick', 'see ``a ` <b>`` and <c>', 'see ``a ` <b>`` and &lt;c>'],
    ['a single backtick closed inside a longer run', 'x `<a>`` <b>', 'x `<a>`` &lt;b>'],
    ['an unclosed backtick run', 'half `<open and <b>', 'half `&lt;open and &lt;b>'],
    ['an unclosed double run before a single span', '`` <a> `<b>`', '`` &lt;a> `<b>`'],
    ['an HTML comment line', '<!-- generated: do not edit -->', '<!-- generated: do not edit -->'],
    ['a fenced block', 'a <b>\n```xml\n<card>\n```\nc <d>', 'a &lt;b>\n```xml\n<card>\n```\nc &lt;d>'],
    ['an indented fence', '  ```\n<x>\n  ```\n<y>', '  ```\n<x>\n  ```\n&lt;y>'],
    ['non-ASCII around a bracket', '消息 <id> · é', '消息 &lt;id> · é'],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtmlOutsideCode(input)).toBe(expected);
  });
});
