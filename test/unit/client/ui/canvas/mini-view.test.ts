// @vitest-environment happy-dom
// A panel's small graph without a renderer: the root selected, a chain's
// links marked with their words, a click reported by id, the test hook able
// to find it by its container, and destroy letting it go.
import { describe, expect, it } from 'vitest';
import { miniView } from '../../../../../client/src/ui/canvas/mini-view.js';
import { miniOf } from '../../../../../client/src/ui/canvas/test-hook.js';
import { smallGraph } from '../graph-fixture.js';

const style = { theme: 'light' as const, labelOrder: ['Event', 'Country'], eventLabel: 'Event' };

function show(opts: Parameters<typeof miniView>[4] = {}) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const view = miniView(host, smallGraph, { name: 'grid' }, style, { headless: true, ...opts });
  const cy = miniOf(host);
  if (!cy) throw new Error('the small graph was not registered by its container');
  return { view, cy };
}

describe('miniView', () => {
  it('draws every node and link of the graph it is given', () => {
    const { cy } = show();
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['c:cn', 'c:in', 'e:talks']);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['r1', 'r2']);
  });

  it('selects the root it names and nothing else', () => {
    const { cy } = show({ selected: 'e:talks' });
    expect(cy.$(':selected').map((n) => n.id())).toEqual(['e:talks']);
  });

  it('marks a chain link with its kind and words, and skips a link it does not draw', () => {
    const links = new Map([
      ['r1', { kind: 'sequence' as const, words: 'then' }],
      ['absent', { kind: 'causal' as const, words: 'led to' }],
    ]);
    const { cy } = show({ links });
    const r1 = cy.getElementById('r1');
    expect(r1.hasClass('sequence')).toBe(true);
    expect(r1.data('words')).toBe('then');
    expect(cy.getElementById('r2').data('words')).toBeUndefined();
  });

  it('reports a tapped node by its id', () => {
    const picked: string[] = [];
    const { cy } = show({ onPick: (id) => picked.push(id) });
    cy.getElementById('c:in').emit('tap');
    expect(picked).toEqual(['c:in']);
  });

  it('lays the nodes out apart from each other', () => {
    const { cy } = show();
    const places = cy.nodes().map((n) => `${n.position('x')},${n.position('y')}`);
    expect(new Set(places).size).toBe(3);
  });

  it('is destroyed by the handle it returns', () => {
    const { view, cy } = show();
    view.destroy();
    expect(cy.destroyed()).toBe(true);
  });
});
