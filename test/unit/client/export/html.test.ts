import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import { standaloneHtml } from '../../../../client/src/export/html.js';
import { kindStyle } from '../../../../client/src/graph/kinds.js';
import { LOD_ZOOMS } from '../../../../client/src/graph/labels.js';

const order = ['Source', 'Country', 'Person', 'Event', 'Meeting'];
const graph: Graph = {
  nodes: [
    { id: 'c', labels: ['Country'], name: 'India', properties: {} },
    {
      id: 'p',
      labels: ['Person'],
      name: 'A person with a rather long name indeed',
      properties: {},
    },
    { id: 'm', labels: ['Event', 'Meeting'], name: 'A meeting', properties: {} },
  ],
  edges: [
    { id: 'e1', source: 'p', target: 'm', type: 'PARTICIPATED_IN', properties: {} },
    { id: 'e2', source: 'm', target: 'c', type: 'IN', properties: {} },
  ],
};
const far = new Map([
  ['c', { x: 0, y: 0 }],
  ['p', { x: 400, y: 0 }],
  ['m', { x: 0, y: 400 }],
]);

/** The element drawn for a node: its shape's tag and attributes. */
function nodeShape(html: string, id: string): string {
  const g = new RegExp(`<g class="node[^"]*" data-id="${id}">(.*?)</g>`).exec(html)?.[1] ?? '';
  return /<(polygon|circle|rect)[^>]*>/.exec(g)?.[0] ?? '';
}

describe('standaloneHtml', () => {
  it('draws each node in its kind’s colour and shape, as the canvas does', () => {
    const html = standaloneHtml({ title: 'T', graph, positions: far, labelOrder: order });
    for (const [id, kind] of [
      ['c', 'Country'],
      ['p', 'Person'],
      ['m', 'Meeting'],
    ] as const) {
      const look = kindStyle(kind, order);
      const el = nodeShape(html, id);
      expect(el, id).toContain(`fill="${look.color}"`);
      expect(el, id).toContain(`data-shape="${look.shape}"`);
    }
    // A hexagon for the country, a circle for the person: not every node a circle.
    expect(nodeShape(html, 'c')).toMatch(/^<polygon/);
    expect(nodeShape(html, 'p')).toMatch(/^<circle/);
  });

  it('gives events the canvas’s thicker outline', () => {
    const html = standaloneHtml({
      title: 'T',
      graph,
      positions: far,
      labelOrder: order,
      eventLabel: 'Event',
    });
    expect(nodeShape(html, 'm')).toContain('class="event"');
    expect(nodeShape(html, 'c')).not.toContain('class="event"');
  });

  it('writes names shortened as on the canvas, the full name in the hover title', () => {
    const html = standaloneHtml({ title: 'T', graph, positions: far });
    expect(html).toContain('>A person with a rather long…</text>');
    expect(html).toContain('<title>A person with a rather long name indeed (Person)</title>');
  });

  it('marks every label of nodes far apart as drawn at every zoom level', () => {
    const html = standaloneHtml({ title: 'T', graph, positions: far });
    const all = LOD_ZOOMS.map((_, i) => `l${i}`).join(' ');
    expect(html).toContain(`<g class="node ${all}" data-id="c">`);
  });

  it('draws only one of two labels that would overlap, until zoomed in', () => {
    const close = new Map([
      ['c', { x: 0, y: 0 }],
      ['p', { x: 150, y: 0 }],
      ['m', { x: 0, y: 400 }],
    ]);
    const html = standaloneHtml({ title: 'T', graph, positions: close, selected: ['p'] });
    const classes = (id: string) =>
      new RegExp(`<g class="node ([^"]*)" data-id="${id}">`).exec(html)?.[1] ?? '';
    // Zoomed out to a quarter the selected node wins; at 1:1 both fit.
    const quarter = LOD_ZOOMS.indexOf(0.25);
    const one = LOD_ZOOMS.indexOf(1);
    expect(classes('p')).toContain(`l${quarter}`);
    expect(classes('c')).not.toContain(`l${quarter}`);
    expect(classes('c')).toContain(`l${one}`);
    expect(html).toContain(`svg.z${quarter} .node:not(.l${quarter}) text { display: none; }`);
  });
});
