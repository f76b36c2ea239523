import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownHtml, markdownInline, renderCardHtml, renderContentHtml, type RenderContext } from './render.js';

const ctx: RenderContext = {
  name: (id) => ({ ou_alice: 'Alice Chen', ou_bob: 'Bob Li' })[id],
  resourceUrl: (key) => `/r/${key}`,
  file: (key) => ({ file_5: { name: 'notes.txt' }, file_a: { duration: 83_000 } })[key],
  chatName: (id) => ({ oc_1: 'Design' })[id],
};

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../specs/cards/examples');

describe('markdown', () => {
  it.each([
    ['bold, italic, strike', '**b** *i* ~~s~~', '<strong>b</strong> <em>i</em> <s>s</s>'],
    ['code spans stay literal', 'run `**x** <b>`', 'run <code>**x** &lt;b&gt;</code>'],
    ['links: http kept, javascript dropped', '[ok](https://a.example/x?y=1&z=2) [no](javascript:alert(1))', '<a href="https://a.example/x?y=1&amp;z=2" target="_blank" rel="noopener noreferrer">ok</a> [no](javascript:alert(1))'],
    ['mention by id, known name', '<at id=ou_alice></at> hi', '<span class="at" data-open-id="ou_alice">@Alice Chen</span> hi'],
    ['mention of everyone', '<at id=all></at>', '<span class="at at-all">@all</span>'],
    ['font colour', "<font color='red'>down</font>", '<span class="fc-red">down</span>'],
    ['text tag', "<text_tag color='green'>ok</text_tag>", '<span class="tag tag-green">ok</span>'],
    ['HTML is escaped', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ])('inline: %s', (_, md, html) => {
    expect(markdownInline(md, ctx)).toBe(html);
  });

  it.each([
    ['paragraphs and line breaks', 'a\nb\n\nc', '<p>a<br>b</p><p>c</p>'],
    ['heading', '## Title', '<h4>Title</h4>'],
    ['bullet list', '- one\n- **two**', '<ul><li>one</li><li><strong>two</strong></li></ul>'],
    ['numbered list', '1. one\n2. two', '<ol><li>one</li><li>two</li></ol>'],
    ['quote and rule', '> said\n---', '<blockquote>said</blockquote><hr>'],
    ['code block', '```ts\nconst a = "<x>";\n```', '<pre class="code"><code data-lang="ts">const a = &quot;&lt;x&gt;&quot;;</code></pre>'],
    [
      'table with a header row, inline marks and an escaped bar',
      'Before\n| Name | Score |\n| --- | :-: |\n| **Ana** | 9 \\| 10 |\n| Bo |\nafter',
      '<p>Before</p><div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">Score</th></tr></thead><tbody><tr><td><strong>Ana</strong></td><td>9 | 10</td></tr><tr><td>Bo</td><td></td></tr></tbody></table></div><p>after</p>',
    ],
    ['bars without a rule line stay text', '| a | b |\n| c | d |', '<p>| a | b |<br>| c | d |</p>'],
  ])('blocks: %s', (_, md, html) => {
    expect(markdownHtml(md, ctx)).toBe(html);
  });
});

describe('message content', () => {
  it.each([
    ['text with a mention key', 'text', { text: 'hi @_user_1\nbye' }, [{ key: '@_user_1', id: 'ou_bob', name: 'Bob' }], '<p class="text">hi <span class="at" data-open-id="ou_bob">@Bob Li</span><br>bye</p>'],
    ['text mentioning all', 'text', { text: '@_all stand-up' }, undefined, '<p class="text"><span class="at at-all">@all</span> stand-up</p>'],
    ['image from the stored bytes', 'image', { image_key: 'img_1' }, undefined, '<img class="img " src="/r/img_1" alt="Image" loading="lazy">'],
    ['file to download', 'file', { file_key: 'file_1', file_name: 'a.pdf' }, undefined, '<a class="file" href="/r/file_1" download="a.pdf"><span aria-hidden="true">📄</span> a.pdf</a>'],
    ['shared group: a card with its name', 'share_chat', { chat_id: 'oc_1' }, undefined, '<div class="share"><span class="share-kind">Group card</span> <strong>Design</strong></div>'],
    ['shared group not known: its id', 'share_chat', { chat_id: 'oc_2' }, undefined, '<div class="share"><span class="share-kind">Group card</span> <strong>oc_2</strong></div>'],
    ['shared contact', 'share_user', { user_id: 'ou_alice' }, undefined, '<div class="share"><span class="share-kind">Contact card</span> <span class="at" data-open-id="ou_alice">@Alice Chen</span></div>'],
    ['voice message: the stored length', 'audio', { file_key: 'file_a' }, undefined, '<a class="file" href="/r/file_a" download="file_a.opus"><span aria-hidden="true">🔊</span> Voice message · 1m23s</a>'],
    ['voice message: the length in the content', 'audio', { file_key: 'file_b', file_name: 'hi.opus', duration: 4000 }, undefined, '<a class="file" href="/r/file_b" download="hi.opus"><span aria-hidden="true">🔊</span> Voice message · 4s</a>'],
    ['system message: the text reading', 'system', { template: '{from_user} joined', from_user: ['Alice'] }, undefined, '<p class="text summary">[System: Alice joined]</p>'],
  ])('%s', (_, type, content, mentions, html) => {
    expect(renderContentHtml(type, JSON.stringify(content), mentions, ctx)).toBe(html);
  });

  it('post: title, styles, links, mentions, images, code and rules', () => {
    const post = {
      en_us: {
        title: 'Release <1.4>',
        content: [
          [
            { tag: 'text', text: 'Shipped ', style: ['bold'] },
            { tag: 'a', text: 'notes', href: 'https://example.com' },
            { tag: 'at', user_id: 'ou_alice' },
          ],
          [{ tag: 'img', image_key: 'img_2' }],
          [{ tag: 'code_block', language: 'JS', text: 'x()\n' }],
          [{ tag: 'hr' }],
        ],
      },
    };
    expect(renderContentHtml('post', JSON.stringify(post), undefined, ctx)).toBe(
      '<div class="post"><h3 class="post-title">Release &lt;1.4&gt;</h3>' +
        '<p><strong>Shipped </strong><a href="https://example.com" target="_blank" rel="noopener noreferrer">notes</a><span class="at" data-open-id="ou_alice">@Alice Chen</span></p>' +
        '<p><img class="img " src="/r/img_2" alt="Image" loading="lazy"></p>' +
        '<pre class="code"><code data-lang="js">x()</code></pre><hr></div>',
    );
  });

  it('post: italic, lists and a table in markdown, and the attachment zone', () => {
    const post = {
      zh_cn: {
        title: 'Plan',
        content: [
          [{ tag: 'text', text: 'soon', style: ['italic', 'underline'] }],
          [{ tag: 'md', text: '- a\n- b\n\n| k | v |\n|---|---|\n| x | 1 |' }],
        ],
      },
      files: [{ key: 'file_9', name: 'plan.pdf' }, { key: 'file_7', name: 'Specs', is_folder: true }, { key: 'file_5' }, { key: 'file_8' }],
    };
    expect(renderContentHtml('post', JSON.stringify(post), undefined, ctx)).toBe(
      '<div class="post"><h3 class="post-title">Plan</h3><p><u><em>soon</em></u></p>' +
        '<ul><li>a</li><li>b</li></ul><div class="table-wrap"><table><thead><tr><th scope="col">k</th><th scope="col">v</th></tr></thead><tbody><tr><td>x</td><td>1</td></tr></tbody></table></div>' +
        '<ul class="attachments" aria-label="Attachments"><li><a class="file" href="/r/file_9" download="plan.pdf"><span aria-hidden="true">📄</span> plan.pdf</a></li>' +
        '<li><span class="file folder"><span aria-hidden="true">📁</span> Specs</span></li>' +
        '<li><a class="file" href="/r/file_5" download="notes.txt"><span aria-hidden="true">📄</span> notes.txt</a></li>' +
        '<li><a class="file" href="/r/file_8" download="file_8"><span aria-hidden="true">📄</span> file_8</a></li></ul></div>',
    );
  });
});

describe('cards', () => {
  const card = (body: unknown[], header: Record<string, unknown> = {}) => renderCardHtml({ schema: '2.0', header: { title: { tag: 'plain_text', content: 'T' }, ...header }, body: { elements: body } }, ctx);
  const bodyOf = (html: string) => html.replace(/^.*?<div class="card-body">/, '').replace(/<\/div><\/div>$/, '');

  it.each([
    ['header colour template', {}, { template: 'red' }, '<header class="card-header tpl-red"><h3 class="card-title">T</h3></header>'],
    ['unknown template falls back to default', {}, { template: 'neon' }, '<header class="card-header tpl-default"><h3 class="card-title">T</h3></header>'],
    ['subtitle and tags', {}, { subtitle: { tag: 'plain_text', content: 'sub' }, text_tag_list: [{ tag: 'text_tag', text: { tag: 'plain_text', content: 'P1' }, color: 'red' }] }, '<header class="card-header tpl-default"><h3 class="card-title">T<span class="tag tag-red">P1</span></h3><p class="card-subtitle">sub</p></header>'],
  ])('%s', (_, _body, header, html) => {
    expect(card([], header)).toContain(html);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['markdown', { tag: 'markdown', content: '**x**' }, '<div class="md" style="text-align:left"><p><strong>x</strong></p></div>'],
    ['divider', { tag: 'hr' }, '<hr class="card-hr">'],
    ['note', { tag: 'note', elements: [{ tag: 'plain_text', content: 'small' }] }, '<div class="note"><span>small</span></div>'],
    ['image', { tag: 'img', img_key: 'img_3', alt: { tag: 'plain_text', content: 'chart' } }, '<figure class="card-img"><img class="img " src="/r/img_3" alt="chart" loading="lazy"></figure>'],
    ['person', { tag: 'person', user_id: 'ou_bob' }, '<p><span class="at" data-open-id="ou_bob">@Bob Li</span></p>'],
    ['person list', { tag: 'person_list', persons: [{ id: 'ou_alice' }, { id: 'ou_x' }] }, '<p class="people"><span class="at" data-open-id="ou_alice">@Alice Chen</span> <span class="at" data-open-id="ou_x">@ou_x</span></p>'],
    [
      'columns with weights',
      { tag: 'column_set', columns: [{ tag: 'column', weight: 2, elements: [{ tag: 'markdown', content: 'a' }] }, { tag: 'column', elements: [{ tag: 'markdown', content: 'b' }] }] },
      '<div class="columns"><div class="column" style="flex:2"><div class="md" style="text-align:left"><p>a</p></div></div><div class="column" style="flex:1"><div class="md" style="text-align:left"><p>b</p></div></div></div>',
    ],
    [
      'button with a callback (2.0 behaviors)',
      { tag: 'button', text: { tag: 'plain_text', content: 'Approve' }, type: 'primary', behaviors: [{ type: 'callback', value: { ok: 1 } }] },
      '<button type="button" class="btn btn-primary" data-card-action="{&quot;tag&quot;:&quot;button&quot;,&quot;value&quot;:{&quot;ok&quot;:1}}">Approve</button>',
    ],
    ['button that opens a link', { tag: 'button', text: { tag: 'plain_text', content: 'Docs' }, behaviors: [{ type: 'open_url', default_url: 'https://example.com' }] }, '<a class="btn btn-default" href="https://example.com" target="_blank" rel="noopener noreferrer">Docs</a>'],
    ['disabled button', { tag: 'button', text: { tag: 'plain_text', content: 'No' }, disabled: true, value: {} }, '<button type="button" class="btn btn-default" data-card-action="{&quot;tag&quot;:&quot;button&quot;,&quot;value&quot;:{}}" disabled>No</button>'],
    [
      'select',
      { tag: 'select_static', name: 'pick', placeholder: { tag: 'plain_text', content: 'Choose' }, options: [{ text: { tag: 'plain_text', content: 'A' }, value: 'a' }], initial_option: 'a' },
      '<label class="select"><span class="visually-hidden">Choose</span><select name="pick" aria-label="Choose" data-card-action="{&quot;tag&quot;:&quot;select_static&quot;,&quot;name&quot;:&quot;pick&quot;}"><option value="" disabled>Choose</option><option value="a" selected>A</option></select></label>',
    ],
    [
      'input',
      { tag: 'input', name: 'c', placeholder: { tag: 'plain_text', content: 'Say' }, max_length: 10 },
      '<label class="input"><input type="text" name="c" aria-label="Say" placeholder="Say" maxlength="10" data-card-action="{&quot;tag&quot;:&quot;input&quot;,&quot;name&quot;:&quot;c&quot;}" value=""></label>',
    ],
    ['date picker', { tag: 'date_picker', name: 'd', initial_date: '2026-01-02' }, '<label class="picker"><span>Date</span><input type="date" name="d" aria-label="Date" value="2026-01-02" data-card-action="{&quot;tag&quot;:&quot;date_picker&quot;,&quot;name&quot;:&quot;d&quot;}"></label>'],
    [
      'form with a submit button',
      { tag: 'form', name: 'f', elements: [{ tag: 'button', name: 's', text: { tag: 'plain_text', content: 'Send' }, form_action_type: 'submit', behaviors: [{ type: 'callback', value: { f: 1 } }] }] },
      '<form class="card-form" data-card-form="f" aria-label="Form f"><button type="submit" class="btn btn-default" data-card-action="{&quot;tag&quot;:&quot;button&quot;,&quot;value&quot;:{&quot;f&quot;:1},&quot;name&quot;:&quot;s&quot;}">Send</button></form>',
    ],
    ['collapsible panel', { tag: 'collapsible_panel', expanded: true, header: { title: { tag: 'markdown', content: '**More**' } }, elements: [{ tag: 'hr' }] }, '<details class="panel" open><summary><strong>More</strong></summary><hr class="card-hr"></details>'],
    [
      'table with people and options',
      {
        tag: 'table',
        columns: [
          { name: 'who', display_name: 'Who', data_type: 'persons' },
          { name: 'state', display_name: 'State', data_type: 'options' },
          { name: 'n', display_name: 'N', data_type: 'number' },
        ],
        rows: [{ who: ['ou_alice'], state: [{ text: 'done', color: 'green' }], n: 3 }],
      },
      '<div class="table-wrap"><table><thead><tr><th scope="col">Who</th><th scope="col">State</th><th scope="col">N</th></tr></thead><tbody><tr><td><span class="at" data-open-id="ou_alice">@Alice Chen</span></td><td><span class="tag tag-green">done</span></td><td>3</td></tr></tbody></table></div>',
    ],
    ['unknown component: the text reading', { tag: 'select_img', options: [{}, {}] }, '<p class="summary">[Choose an image: 2 options]</p>'],
  ])('component: %s', (_, element, html) => {
    expect(bodyOf(card([element]))).toBe(html);
  });

  it('Card 1.0: div with fields, action row with a value button', () => {
    const html = renderCardHtml(
      {
        header: { title: { tag: 'plain_text', content: 'Old' }, template: 'blue' },
        elements: [
          { tag: 'div', text: { tag: 'lark_md', content: '**Hi**' }, fields: [{ is_short: true, text: { tag: 'lark_md', content: 'a' } }] },
          { tag: 'action', actions: [{ tag: 'button', text: { tag: 'plain_text', content: 'Go' }, value: { k: 'v' } }] },
        ],
      },
      ctx,
    );
    expect(html).toBe(
      '<div class="card" data-schema="1.0"><header class="card-header tpl-blue"><h3 class="card-title">Old</h3></header><div class="card-body">' +
        '<div class="div"><div class="md"><strong>Hi</strong></div><div class="fields"><div class="field short">a</div></div></div>' +
        '<div class="actions"><button type="button" class="btn btn-default" data-card-action="{&quot;tag&quot;:&quot;button&quot;,&quot;value&quot;:{&quot;k&quot;:&quot;v&quot;}}">Go</button></div></div></div>',
    );
  });

  it('template references read as the text renderer reads them', () => {
    expect(renderCardHtml({ type: 'template', data: { template_id: 'AAq1' } }, ctx)).toBe('<div class="card"><div class="card-body"><p class="summary">[Card template AAq1]</p></div></div>');
  });

  const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'));
  it.each(examples)('example %s: its title and every button label render', (file) => {
    const { card: c } = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as { card: Record<string, any> };
    const html = renderCardHtml(c, ctx);
    const title = c.header?.title?.content as string | undefined;
    // A card without a header (welcome-menu) shows none.
    if (title) expect(html).toContain(`<h3 class="card-title">${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}`);
    else expect(html).not.toContain('card-header');
    const labels: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, any>;
      if (o.tag === 'button' && typeof o.text?.content === 'string') labels.push(o.text.content);
      Object.values(o).forEach(walk);
    };
    walk(c);
    for (const l of labels) expect(html).toMatch(new RegExp(`>${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</(button|a)>`));
  });
});
