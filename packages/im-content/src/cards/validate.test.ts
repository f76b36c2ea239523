import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCardProblem, validateCard } from './validate.js';

const EXAMPLES = path.resolve(__dirname, '../../../../specs/cards/examples');
const pt = (content: string) => ({ tag: 'plain_text', content });
const v2 = (elements: unknown[], extra: Record<string, unknown> = {}) => ({ schema: '2.0', body: { elements }, ...extra });
const problems = (card: unknown) => validateCard(card).problems.map(formatCardProblem);

describe('validateCard', () => {
  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')))('accepts the example %s', (f) => {
    const { card } = JSON.parse(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
    expect(validateCard(card)).toMatchObject({ ok: true, kind: '2.0', problems: [] });
  });

  it.each([
    ['column corner_radius', v2([{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '8px' }] }]), ['card.body.elements[0].columns[0]: unknown property "corner_radius" (fix: a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column)']],
    ['table nested in a column', v2([{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'table', columns: [{ name: 'a' }] }] }] }]), ['card.body.elements[0].columns[0].elements[0]: component "table" is not allowed here (fix: a table can only be a direct child of body.elements; move it out of the container)']],
    ['form in an interactive_container', v2([{ tag: 'interactive_container', elements: [{ tag: 'form', name: 'f', elements: [] }] }]), ['card.body.elements[0].elements[0]: component "form" is not allowed here (fix: an interactive_container cannot hold a form; put the form at the body level and the container inside it or next to it)']],
    ['four header tags', v2([], { header: { title: pt('t'), text_tag_list: [1, 2, 3, 4].map(() => ({ tag: 'text_tag', text: pt('x') })) } }), ['card.header.text_tag_list: has 4 items; at most 3 allowed (fix: remove 1)']],
    ['unknown tag', v2([{ tag: 'buton' }]), [expect.stringMatching(/^card\.body\.elements\[0\]: unknown component tag "buton" \(fix: use one of: markdown, div, hr,/)]],
    ['unknown top-level key', v2([], { elements: [] }), ['card: unknown property "elements" (fix: remove it; allowed here: schema, config, card_link, header, body)']],
    ['missing body', { schema: '2.0' }, ['card: missing required property "body" (fix: add "body")']],
    ['wrong schema value', { schema: '3.0', body: { elements: [] } }, ['card.schema: must be "2.0", not "3.0" (fix: set it to "2.0")']],
    ['bad enum', v2([{ tag: 'button', text: pt('Go'), type: 'huge' }]), ['card.body.elements[0].type: "huge" is not allowed (fix: use one of: default, primary, danger, text, primary_text, danger_text, primary_filled, danger_filled, laser)']],
    ['wrong type', v2([{ tag: 'markdown', content: 5 }]), ['card.body.elements[0].content: must be a string, not a number (5) (fix: give a string)']],
    ['missing tag', v2([{ content: 'x' }]), ['card.body.elements[0]: needs a "tag" naming the component (fix: add "tag": "markdown" (or another component))']],
    ['column weight out of range', v2([{ tag: 'column_set', columns: [{ tag: 'column', weight: 9 }] }]), ['card.body.elements[0].columns[0].weight: 9 is above the maximum 5 (fix: use 5 or less)']],
    ['bad element_id', v2([{ tag: 'hr', element_id: '1bad' }]), [expect.stringMatching(/^card\.body\.elements\[0\]\.element_id: "1bad" is not in the expected form/)]],
    ['1.0 without elements', { header: { title: pt('x') } }, ['card: needs "elements" or "i18n_elements" (fix: add the card content)']],
    ['template without id', { type: 'template', data: { template_variable: {} } }, ['card.data.template_id: must be a non-empty string (fix: copy the template id (AAq…) from the card builder)']],
    ['not JSON', '{"schema":', [expect.stringMatching(/^card: is not valid JSON/)]],
    ['not an object', [1], ['card: must be a JSON object, not an array (fix: wrap the card in { … } with schema, header and body)']],
  ])('%s', (_, card, expected) => {
    expect(problems(card)).toEqual(expected);
  });

  it('reports every problem at once, in document order', () => {
    const card = v2([{ tag: 'markdown' }, { tag: 'hr', x: 1 }, { tag: 'img' }]);
    expect(problems(card)).toEqual([
      'card.body.elements[0]: missing required property "content" (fix: add "content")',
      'card.body.elements[1]: unknown property "x" (fix: remove it; allowed here: tag, element_id, margin)',
      'card.body.elements[2]: missing required property "img_key" (fix: add "img_key": image_key returned by the image upload.)',
    ]);
  });

  it('refuses more than 200 components and counts them', () => {
    const card = v2(Array.from({ length: 201 }, () => ({ tag: 'hr' })));
    expect(validateCard(card)).toMatchObject({ ok: false, elements: 201, problems: [{ path: 'card', message: 'has 201 components; a card can hold at most 200' }] });
    expect(validateCard(v2(Array.from({ length: 200 }, () => ({ tag: 'hr' }))))).toMatchObject({ ok: true, elements: 200 });
  });

  it('refuses a card over 30 KB with its size and the limit', () => {
    const card = v2([{ tag: 'markdown', content: 'x'.repeat(31_000) }]);
    const r = validateCard(card);
    expect(r.bytes).toBe(JSON.stringify(card).length);
    expect(r.problems).toEqual([{ path: 'card', message: `is ${r.bytes} bytes serialized; a card can be at most 30720 bytes (30 KB)`, fix: 'shorten texts, split the content over several cards, or move long lists behind a link' }]);
  });

  it('is loose for 1.0 cards and accepts references', () => {
    expect(validateCard({ config: { wide_screen_mode: true, anything: 1 }, elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'hi' }, custom: true }] }).ok).toBe(true);
    expect(validateCard({ type: 'template', data: { template_id: 'AAqk1', template_version_name: '1.0.2', template_variable: { a: 1 } } })).toMatchObject({ ok: true, kind: 'template' });
    expect(validateCard({ type: 'card', data: { card_id: '7355372766134157313' } })).toMatchObject({ ok: true, kind: 'card_id' });
  });
});
