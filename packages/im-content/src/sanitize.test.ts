import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, singleLine, stripTerminalControls } from './sanitize.js';

describe('stripTerminalControls', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text', 'Hello, 世界 👋', 'Hello, 世界 👋'],
    ['keeps newline and tab', 'a\tb\nc', 'a\tb\nc'],
    ['CSI colour', 'a\u001b[31mred\u001b[0m', 'ared'],
    ['CSI cursor movement and erase', '\u001b[2J\u001b[1;1Hx\u001b[K', 'x'],
    ['CSI with private parameters', '\u001b[?25lhidden cursor\u001b[?25h', 'hidden cursor'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['OSC title ended by BEL', '\u001b]0;evil title\u0007after', 'after'],
    ['OSC hyperlink ended by ST', '\u001b]8;;https://evil\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['8-bit OSC ended by 8-bit ST', 'a\u009d0;t\u009cb', 'ab'],
    ['unterminated OSC stops at the line end', 'a\u001b]0;title\nnext', 'a\nnext'],
    ['DCS', 'a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
    ['two-byte escapes', '\u001bcx\u001b(By\u001b7z', 'xyz'],
    ['a lone ESC', 'a\u001b', 'a'],
    ['C0 controls incl. CR, BEL, backspace', 'a\rb\u0007c\bd\u0000e', 'abcde'],
    ['DEL and C1', 'a\u007fb\u0085c', 'abc'],
    ['bidi overrides and isolates', 'a\u202eevil\u202c\u2066x\u2069', 'aevilx'],
    ['bidi marks', 'a\u200e\u200fb\u061cc', 'abc'],
    ['zero-width space, word joiner, BOM', 'a\u200bb\u2060c\ufeffd', 'abcd'],
    ['Hangul filler', 'a\u3164b', 'ab'],
    ['ZWJ inside an emoji sequence stays', '👩\u200d💻 👨\u200d👩\u200d👧', '👩\u200d💻 👨\u200d👩\u200d👧'],
    ['ZWJ after a skin tone stays', '👩🏽\u200d💻', '👩🏽\u200d💻'],
    ['ZWJ between letters goes', 'pay\u200dpal', 'paypal'],
    ['ZWNJ between letters stays (Persian)', 'می\u200cخواهم', 'می\u200cخواهم'],
    ['ZWNJ at an edge goes', '\u200cx\u200c', 'x'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(stripTerminalControls(input)).toBe(expected);
  });
});

describe('singleLine', () => {
  it('folds newlines and tabs into single spaces after stripping', () => {
    expect(singleLine('a\n\n\tb\u001b[1m\nc')).toBe('a b c');
  });
});

describe('neutralizeFormula', () => {
  const cases: Array<[string, string]> = [
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    [' =x', ' =x'],
    ['', ''],
    ["'already", "'already"],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('csvField', () => {
  const cases: Array<[unknown, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['=a,b', `"'=a,b"`],
    ['\u001b[31m=x', "'=x"],
    ['\r=x', "'=x"],
    [-5, '-5'],
    [3.5, '3.5'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    [{ a: 1 }, '"{""a"":1}"'],
    [['x'], '"[""x""]"'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});
