import { describe, expect, it } from 'vitest';
import { ContentError } from './errors.js';
import { findMarkdownImages, imageKindOf, markdownParagraphs, markdownToPost, normalizeMarkdown, planMarkdownImages, replaceMarkdownImages } from './markdown.js';

describe('normalizeMarkdown', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text is unchanged', 'Hello **team**', 'Hello **team**'],
    ['H1 → H4 when an H1 occurs', '# Title\ntext', '#### Title\ntext'],
    ['H2–H6 → H5 when H1–H3 occur', '# A\n## B\n### C\n#### D\n##### E\n###### F', '#### A\n##### B\n##### C\n##### D\n##### E\n##### F'],
    ['an H3 alone triggers demotion', '### Only three', '##### Only three'],
    ['H4–H6 alone are left as written', '#### Four\n###### Six', '#### Four\n###### Six'],
    ['up to three leading spaces still make a heading', '   # Indented', '   #### Indented'],
    ['four leading spaces are not a heading', '    # code\n#### real', '    # code\n#### real'],
    ['#tag without a space is not a heading', '#tag\n#### x', '#tag\n#### x'],
    ['an empty heading is still a heading', '#\nx', '####\nx'],
    ['closing hashes are kept', '## Two ##', '##### Two ##'],
    ['setext H1 becomes an ATX heading', 'Title\n=====\n\nbody', '#### Title\n\nbody'],
    ['setext H2 becomes an ATX heading', 'Sub\n---\nbody', '##### Sub\nbody'],
    ['--- after a blank line is a rule, not a heading', 'para\n\n---\n\nmore', 'para\n\n---\n\nmore'],
    ['--- under a list item is left alone', '- item\n---', '- item\n---'],
    ['--- under a two-line paragraph is left alone', 'one\ntwo\n---', 'one\ntwo\n---'],
    ['three newlines become two', 'a\n\n\nb', 'a\n\nb'],
    ['many blank and whitespace-only lines become one blank line', 'a\n\n \n\t\n\n\nb', 'a\n\nb'],
    ['a single blank line is kept', 'a\n\nb', 'a\n\nb'],
    ['a whitespace-only single blank line is emptied', 'a\n   \nb', 'a\n\nb'],
    ['leading and trailing blank lines are dropped', '\n\n\na\n\n\n', 'a'],
    ['CRLF and CR line ends become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['tables are kept exactly', '| a | b |\n|---|:-:|\n| 1 | 2 |', '| a | b |\n|---|:-:|\n| 1 | 2 |'],
    ['a table next to a heading keeps its rows', '# T\n| a |\n|---|\n| 1 |', '#### T\n| a |\n|---|\n| 1 |'],
    ['trailing spaces (hard breaks) are kept', 'line  \nnext', 'line  \nnext'],
    ['a fenced block keeps headings and blank lines', '# T\n```sh\n# comment\n\n\n\nx\n```', '#### T\n```sh\n# comment\n\n\n\nx\n```'],
    ['a tilde fence is a fence too', '~~~\n# not a heading\n~~~\n# H', '~~~\n# not a heading\n~~~\n#### H'],
    ['a longer closing fence closes; a shorter one does not', '````\n```\n# in\n````\n# out', '````\n```\n# in\n````\n#### out'],
    ['an unclosed fence runs to the end', '# A\n```\n## in code', '#### A\n```\n## in code'],
    ['headings only inside code do not trigger demotion', '```\n# x\n```\n#### four', '```\n# x\n```\n#### four'],
    ['an indented fence inside a list is still code', '- step\n  ```\n  # keep\n  ```\n# H', '- step\n  ```\n  # keep\n  ```\n#### H'],
    ['inline triple backticks with text after are not a fence', '```js``` is code\n# H', '```js``` is code\n#### H'],
    ['mentions are normalised outside code', 'hi <at id=ou_1> and `<at id=ou_2>`', 'hi <at user_id="ou_1"></at> and `<at id=ou_2>`'],
    ['mentions inside fences are left alone', '```\n<at id=ou_1>\n```', '```\n<at id=ou_1>\n```'],
    ['blank lines at the end of a code block are kept', '```\nx\n\n\n```', '```\nx\n\n\n```'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalizeMarkdown(input)).toBe(expected);
  });
});

describe('markdownParagraphs', () => {
  it.each([
    ['one', ['one']],
    ['a\nb\n\nc', ['a\nb', 'c']],
    ['| a |\n|---|\n| 1 |\n\nafter', ['| a |\n|---|\n| 1 |', 'after']],
    ['before\n```\ncode\n\nmore code\n```\n\nafter', ['before\n```\ncode\n\nmore code\n```', 'after']],
    ['  \n\nx\n \n', ['x']],
  ])('%j', (text, paragraphs) => {
    expect(markdownParagraphs(text)).toEqual(paragraphs);
  });
});

describe('markdownToPost', () => {
  it('puts each paragraph of the normalised text in its own md paragraph under zh_cn', () => {
    expect(markdownToPost('# Hi\n\n\n\nthere')).toEqual({ zh_cn: { content: [[{ tag: 'md', text: '#### Hi' }], [{ tag: 'md', text: 'there' }]] } });
  });
  it('adds a trimmed title when one is given', () => {
    expect(markdownToPost('body', { title: ' Weekly ' })).toEqual({ zh_cn: { title: 'Weekly', content: [[{ tag: 'md', text: 'body' }]] } });
  });
  it('leaves an empty title out', () => {
    expect(markdownToPost('body', { title: '  ' })).toEqual({ zh_cn: { content: [[{ tag: 'md', text: 'body' }]] } });
  });
  it.each([[''], ['\n\n  \n']])('refuses empty Markdown %j', (input) => {
    expect(() => markdownToPost(input)).toThrow(ContentError);
    try {
      markdownToPost(input, { field: 'text' });
    } catch (e) {
      expect((e as ContentError).field).toBe('text');
      expect((e as ContentError).message).toBe('--text is empty. Give the Markdown inline, as @file, or as - to read it from standard input.');
    }
  });
});

describe('imageKindOf', () => {
  const cases: Array<[string, string]> = [
    ['https://example.com/a.png', 'remote'],
    ['HTTP://example.com/a.png', 'remote'],
    ['img_v3_02ab-cd', 'key'],
    ['img_logo.png', 'local'],
    ['./pics/a.png', 'local'],
    ['pics/a.png', 'local'],
    ['C:\\pics\\a.png', 'local'],
    ['data:image/png;base64,AAAA', 'unsupported'],
    ['file:///etc/passwd', 'unsupported'],
    ['ftp://host/a.png', 'unsupported'],
  ];
  it.each(cases)('%s → %s', (url, kind) => {
    expect(imageKindOf(url)).toBe(kind);
  });
});

describe('findMarkdownImages', () => {
  const cases: Array<[string, string, Array<{ alt: string; url: string; kind: string }>]> = [
    ['a simple remote image', '![logo](https://x.io/a.png)', [{ alt: 'logo', url: 'https://x.io/a.png', kind: 'remote' }]],
    ['a title is not part of the URL', '![a](https://x.io/a.png "Logo")', [{ alt: 'a', url: 'https://x.io/a.png', kind: 'remote' }]],
    ["a single-quoted title", "![a](https://x.io/a.png 'Logo')", [{ alt: 'a', url: 'https://x.io/a.png', kind: 'remote' }]],
    ['angle-bracket destinations may hold spaces', '![a](<https://x.io/my pic.png>)', [{ alt: 'a', url: 'https://x.io/my pic.png', kind: 'remote' }]],
    ['balanced parentheses stay in the URL', '![a](https://x.io/a_(1).png)', [{ alt: 'a', url: 'https://x.io/a_(1).png', kind: 'remote' }]],
    ['brackets in the alt text', '![a [b] c](https://x.io/a.png)', [{ alt: 'a [b] c', url: 'https://x.io/a.png', kind: 'remote' }]],
    ['an image inside a link', '[![badge](https://x.io/b.svg)](https://x.io)', [{ alt: 'badge', url: 'https://x.io/b.svg', kind: 'remote' }]],
    [
      'several kinds in order',
      '![](./a.png) ![k](img_v2_abc) ![r](http://x.io/r.gif)',
      [
        { alt: '', url: './a.png', kind: 'local' },
        { alt: 'k', url: 'img_v2_abc', kind: 'key' },
        { alt: 'r', url: 'http://x.io/r.gif', kind: 'remote' },
      ],
    ],
    ['not inside inline code', '`![a](https://x.io/a.png)`', []],
    ['not inside double-backtick code', '``x ![a](https://x.io/a.png) ` y``', []],
    ['not inside fenced code', '```\n![a](https://x.io/a.png)\n```', []],
    ['an escaped ! is not an image', '\\![a](https://x.io/a.png)', []],
    ['a plain link is not an image', '[a](https://x.io/a.png)', []],
    ['reference-style images are not recognised', '![a][ref]\n\n[ref]: https://x.io/a.png', []],
    ['an unclosed destination is not an image', '![a](https://x.io/a.png', []],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(findMarkdownImages(input).map(({ alt, url, kind }) => ({ alt, url, kind }))).toEqual(expected);
  });

  it('gives offsets of the whole image markup', () => {
    const text = 'see ![a](https://x.io/a.png) here';
    const [img] = findMarkdownImages(text);
    expect(text.slice(img!.start, img!.end)).toBe('![a](https://x.io/a.png)');
  });

  it('counts offsets across a code block', () => {
    const text = '```\ncode\n```\nthen ![b](https://x.io/b.png)';
    const [img] = findMarkdownImages(text);
    expect(text.slice(img!.start, img!.end)).toBe('![b](https://x.io/b.png)');
  });
});

describe('planMarkdownImages', () => {
  it('lists distinct remote URLs in order and warns about local and other images', () => {
    const plan = planMarkdownImages('![a](https://x.io/1.png) ![b](./me.png) ![c](https://x.io/1.png) ![d](data:image/png;base64,AA) ![e](https://x.io/2.png) ![f](img_ok)');
    expect(plan).toEqual({
      remote: ['https://x.io/1.png', 'https://x.io/2.png'],
      warnings: [
        '--markdown: the local image "./me.png" is not uploaded and will not show; send it on its own with --image, or link it from an https:// URL.',
        '--markdown: the image "data:image/png;base64,AA" is neither an https:// URL nor an image key (img_…), so it is not uploaded and will not show.',
      ],
    });
  });
  it('is empty for text without images', () => {
    expect(planMarkdownImages('no images')).toEqual({ remote: [], warnings: [] });
  });
});

describe('replaceMarkdownImages', () => {
  const keys = new Map<string, string | { error: string }>([
    ['https://x.io/ok.png', 'img_ok1'],
    ['https://x.io/404.png', { error: 'HTTP 404' }],
  ]);
  const cases: Array<[string, string, string, string[]]> = [
    ['swaps the URL for the key and drops the title', 'a ![logo](https://x.io/ok.png "T") b', 'a ![logo](img_ok1) b', []],
    ['drops a failed image with its reason', 'a ![x](https://x.io/404.png) b', 'a  b', ['--markdown: the image "https://x.io/404.png" could not be uploaded and was left out: HTTP 404.']],
    ['drops an image missing from the results', '![x](https://x.io/none.png)', '', ['--markdown: the image "https://x.io/none.png" could not be uploaded and was left out.']],
    ['warns once per URL', '![1](https://x.io/404.png)![2](https://x.io/404.png)', '', ['--markdown: the image "https://x.io/404.png" could not be uploaded and was left out: HTTP 404.']],
    ['leaves local images, keys and code untouched', '![l](./a.png) ![k](img_k) `![c](https://x.io/ok.png)`', '![l](./a.png) ![k](img_k) `![c](https://x.io/ok.png)`', []],
    ['leaves images in fences untouched', '```\n![c](https://x.io/ok.png)\n```', '```\n![c](https://x.io/ok.png)\n```', []],
  ];
  it.each(cases)('%s', (_name, input, markdown, warnings) => {
    expect(replaceMarkdownImages(input, keys)).toEqual({ markdown, warnings });
  });

  it('accepts a lookup function', () => {
    expect(replaceMarkdownImages('![a](https://x.io/a.png)', (url) => `img_${url.length}`)).toEqual({ markdown: '![a](img_18)', warnings: [] });
  });

  it('feeds markdownToPost: a dropped image leaves no extra blank lines', () => {
    const { markdown } = replaceMarkdownImages('# R\n\n![x](https://x.io/404.png)\n\nend', keys);
    expect(markdownToPost(markdown).zh_cn.content).toEqual([[{ tag: 'md', text: '#### R' }], [{ tag: 'md', text: 'end' }]]);
  });
});
