import { describe, expect, it } from 'vitest';
import { formatCardProblem, renderCard, validateCard, type CardV2 } from './cards.js';

describe('@larkgen/sdk/cards', () => {
  it('types a Card 2.0 and validates it with the shared checker', () => {
    const card: CardV2 = {
      schema: '2.0',
      config: { update_multi: true },
      header: { title: { tag: 'plain_text', content: 'Build' }, template: 'green' },
      body: { elements: [{ tag: 'markdown', content: 'passed' }, { tag: 'button', text: { tag: 'plain_text', content: 'Logs' }, type: 'primary', behaviors: [{ type: 'open_url', default_url: 'https://ci.example.com' }] }] },
    };
    expect(validateCard(card)).toMatchObject({ ok: true, kind: '2.0', elements: 2 });
    expect(renderCard(card)).toBe('# Build\npassed\n[Logs]');
  });

  it('refuses what the types refuse', () => {
    const bad: CardV2 = {
      schema: '2.0',
      // @ts-expect-error a column has no corner_radius
      body: { elements: [{ tag: 'column_set', columns: [{ tag: 'column', corner_radius: '8px' }] }] },
    };
    expect(validateCard(bad).problems.map(formatCardProblem)).toEqual([
      'card.body.elements[0].columns[0]: unknown property "corner_radius" (fix: a column has no rounded corners; put the content in an interactive_container with corner_radius inside the column)',
    ]);
  });
});
