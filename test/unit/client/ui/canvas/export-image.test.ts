import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../../../client/src/graph/elements.js';
import { labelledNodes, labelledSvg } from '../../../../../client/src/ui/canvas/export-image.js';

const LONG = 'Ministry of External Affairs of the Republic of India';

function cy() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: 'a', name: LONG, display: shorten(LONG) } },
      { data: { id: 'b', name: 'China', display: 'China' }, classes: 'no-label' },
    ],
  });
}

describe('labelledNodes', () => {
  it('gives the whole name, not the shortened one, and whether the view shows the label', () => {
    expect(labelledNodes(cy().nodes())).toEqual([
      { id: 'a', text: LONG, shown: true },
      { id: 'b', text: 'China', shown: false },
    ]);
  });
});

describe('labelledSvg', () => {
  it('draws with exactly the chosen labels and then takes them off the nodes', () => {
    const c = cy();
    let drawn: (string | undefined)[] = [];
    // cytoscape-svg is a browser plugin: a stand-in reads the labels set for the drawing.
    Object.assign(c, {
      svg: () => {
        drawn = c.nodes().map((n) => n.style('label') as string | undefined);
        return '<svg/>';
      },
    });
    expect(labelledSvg(c, new Map([['a', LONG]]), '#fff')).toBe('<svg/>');
    expect(drawn).toEqual([LONG, '']);
    expect(c.getElementById('a').style('label')).toBe('');
  });
});
