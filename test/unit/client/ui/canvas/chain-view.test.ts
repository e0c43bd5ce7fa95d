// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { ChainView, type LinkMarks } from '../../../../../client/src/ui/canvas/chain-view.js';

/** Two chain events linked, a third node linked to one of them, on a headless canvas in a page. */
function setup() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset', fit: false },
    elements: [
      { data: { id: 'e1' }, position: { x: 0, y: 0 } },
      { data: { id: 'e2' }, position: { x: 0, y: 0 } },
      { data: { id: 'x' }, position: { x: 500, y: 500 } },
      { data: { id: 'l', source: 'e1', target: 'e2' } },
      { data: { id: 'o', source: 'x', target: 'e1' } },
    ],
  });
  Object.assign(cy, { container: () => host, width: () => 800, height: () => 600 });
  const view = new ChainView(cy, (id) => cy.getElementById(id));
  const links: LinkMarks = new Map([['l', { kind: 'causal', words: 'led to' }]]);
  const placement = new Map([
    ['e1', { x: 0, y: 0 }],
    ['e2', { x: 200, y: 0 }],
  ]);
  return { cy, view, links, placement };
}

const legend = () => document.querySelector<HTMLElement>('.chain-legend')!;

describe('ChainView', () => {
  it('places the events by the placement, below what is already there, left to right', () => {
    const { cy, view, links, placement } = setup();
    view.show(placement, links);
    const [a, b] = [cy.getElementById('e1').position(), cy.getElementById('e2').position()];
    expect(b.x - a.x).toBe(200);
    expect(a.y).toBeGreaterThan(500);
  });

  it("marks the chain's links with their kind and words and dims everything else", () => {
    const { cy, view, links, placement } = setup();
    view.show(placement, links);
    expect(cy.getElementById('l').hasClass('chain-causal')).toBe(true);
    expect(cy.getElementById('l').data('chainWords')).toBe('led to');
    expect(
      cy
        .$('.chain-off')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['o', 'x']);
    expect(legend().hidden).toBe(false);
  });

  it("the legend's Close ends the view and hides the legend", () => {
    const { cy, view, links, placement } = setup();
    view.show(placement, links);
    legend().querySelector('button')!.click();
    expect(view.shown()).toBe(false);
    expect(cy.$('.chain-off').length).toBe(0);
    expect(legend().hidden).toBe(true);
  });

  it('never zooms out below the readable floor for a long chain', () => {
    const { cy, view, links } = setup();
    view.show(
      new Map([
        ['e1', { x: 0, y: 0 }],
        ['e2', { x: 20000, y: 0 }],
      ]),
      links,
      'e1',
    );
    expect(cy.zoom()).toBeGreaterThanOrEqual(0.6);
  });
});
