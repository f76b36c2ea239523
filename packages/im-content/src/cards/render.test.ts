import { describe, expect, it } from 'vitest';
import { renderCard } from './render.js';
import { renderContent } from '../render.js';

const pt = (content: string) => ({ tag: 'plain_text', content });

describe('renderCard', () => {
  it.each([
    ['header with subtitle and tags', { schema: '2.0', header: { title: pt('Deploy'), subtitle: pt('prod'), text_tag_list: [{ tag: 'text_tag', text: pt('P1') }] }, body: { elements: [] } }, '# Deploy  [P1]\nprod'],
    ['markdown with <at> and <font>', { schema: '2.0', body: { elements: [{ tag: 'markdown', content: "<font color='red'>Down</font> ping <at id=ou_1></at>" }] } }, 'Down ping @Ada'],
    ['div fields', { elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'Order' }, fields: [{ is_short: true, text: { tag: 'lark_md', content: '**A** 1' } }] }] }, 'Order\n**A** 1'],
    ['columns side by side', { schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'button', text: pt('Yes') }] }, { tag: 'column', elements: [{ tag: 'button', text: pt('No') }] }] }] } }, '[Yes] | [No]'],
    ['KPI columns', { schema: '2.0', body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', elements: [{ tag: 'markdown', content: 'Revenue\n## 12k' }] }] }] } }, 'Revenue: 12k'],
    ['table cells', { schema: '2.0', body: { elements: [{ tag: 'table', columns: [{ name: 'n', display_name: 'Name' }, { name: 'p', display_name: 'People', data_type: 'persons' }], rows: [{ n: 'A', p: ['ou_1', 'ou_2'] }] }] } }, 'Name | People\nA | ou_1, ou_2'],
    ['image alt and persons', { schema: '2.0', body: { elements: [{ tag: 'img', img_key: 'img_1', alt: pt('Logo') }, { tag: 'person_list', persons: [{ id: 'ou_1' }, { id: 'ou_9' }] }] } }, '[Image: Logo]\n@Ada, @ou_9'],
    ['selects and pickers', { schema: '2.0', body: { elements: [{ tag: 'select_static', placeholder: pt('Pick'), options: [{ text: pt('A'), value: 'a' }] }, { tag: 'date_picker', initial_date: '2026-01-02' }, { tag: 'checker', checked: true, text: pt('Done') }] } }, '[Pick ▾ A]\n[Date: 2026-01-02]\n[x] Done'],
    ['collapsible panel', { schema: '2.0', body: { elements: [{ tag: 'collapsible_panel', header: { title: pt('More') }, elements: [{ tag: 'markdown', content: 'inside' }] }] } }, '▸ More\n  inside'],
    ['1.0 action and note', { header: { title: pt('Old') }, elements: [{ tag: 'action', actions: [{ tag: 'button', text: pt('Go') }] }, { tag: 'note', elements: [pt('small print')] }] }, '# Old\n[Go]\nsmall print'],
    ['1.0 i18n elements', { i18n_elements: { zh_cn: [{ tag: 'markdown', content: '你好' }], en_us: [{ tag: 'markdown', content: 'Hello' }] } }, 'Hello'],
    ['list form (title + rows)', { title: 'Build', elements: [[{ tag: 'text', text: 'passed ' }, { tag: 'at', user_id: 'ou_1' }]] }, '# Build\npassed @Ada'],
    ['template', { type: 'template', data: { template_id: 'AAq1', template_version_name: '1.0.0', template_variable: { name: 'Ada', n: 3 } } }, '[Card template AAq1 v1.0.0]\n  name: Ada\n  n: 3'],
    ['card entity', { type: 'card', data: { card_id: '7355' } }, '[Card 7355]'],
  ])('%s', (_, card, text) => {
    expect(renderCard(card, { names: { ou_1: 'Ada' } })).toBe(text);
  });

  it('is used for interactive messages and never throws on junk', () => {
    expect(renderContent('interactive', JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'hr' }, { tag: 'nope' }, 5] } }))).toBe('---');
    expect(renderCard('not json')).toBe('not json');
    expect(renderCard(null)).toBe('[Card]');
  });
});

describe('cardPersonIds', () => {
  it('finds the people a card shows, for name lookup', async () => {
    const { cardPersonIds } = await import('./render.js');
    const card = { schema: '2.0', body: { elements: [{ tag: 'markdown', content: 'hi <at id=ou_a></at> <at id=all></at>' }, { tag: 'person', user_id: 'ou_b' }, { tag: 'person_list', persons: [{ id: 'ou_c' }, { id: 'ou_b' }] }, { tag: 'select_person', options: [{ value: 'ou_d' }] }] } };
    expect(cardPersonIds(JSON.stringify(card))).toEqual(['ou_a', 'ou_b', 'ou_c', 'ou_d']);
    expect(cardPersonIds('not json')).toEqual([]);
  });
});
