// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../../contract/index.js';
import {
  defaultTitle,
  pictureControls,
  pictureSvg,
} from '../../../../client/src/ui/export-picture.js';
import { actionButton } from '../../../../client/src/ui/export-button.js';
import { fakeDataExplorer } from './fake-explorer.js';

const graph: Graph = {
  nodes: [
    { id: 'a', labels: ['Country'], name: 'India', properties: {} },
    { id: 'b', labels: ['Country'], name: 'China', properties: {} },
  ],
  edges: [{ id: 'a|X|b', source: 'a', target: 'b', type: 'X', properties: {} }],
};
const opts = {
  title: 'Two countries',
  labels: 'shown' as const,
  bg: '#ffffff',
  today: '2026-12-06',
};

describe('the picture export', () => {
  it('draws only the labels the view shows unless every label is asked for', () => {
    const f = fakeDataExplorer({ graph, labelled: ['a'] });
    expect(pictureSvg(f.ctx, opts)).toContain('<text>India</text>');
    expect(pictureSvg(f.ctx, opts)).not.toContain('<text>China</text>');
    expect(pictureSvg(f.ctx, { ...opts, labels: 'all' })).toContain('<text>China</text>');
  });

  it('frames the drawing with the title, the legend and the view’s caption', () => {
    const f = fakeDataExplorer({ graph, state: { asOf: '2025-06-12', clock: 'reported' } });
    const svg = pictureSvg(f.ctx, opts);
    expect(svg).toContain('Two countries</text>');
    expect(svg).toContain('Country (2)</text>');
    expect(svg).toContain('As of 12 Jun 2025, on the clock of when things were reported.');
  });

  it('titles a picture by the selected nodes’ names, else by the page', () => {
    expect(
      defaultTitle(fakeDataExplorer({ graph, state: { selected: ['b'] } }).ctx, 'Explorer'),
    ).toBe('China — Explorer');
    expect(defaultTitle(fakeDataExplorer({ graph }).ctx, 'Explorer')).toBe('Explorer');
  });

  it('offers a title, the choice of every label, PNG and SVG', () => {
    const f = fakeDataExplorer({ graph });
    const els = pictureControls(f.ctx, actionButton(f.ctx));
    document.body.replaceChildren(...els);
    expect(document.querySelector('[aria-label="Title of the picture"]')).not.toBeNull();
    expect(document.querySelector('label[for="export-all-labels"]')?.textContent).toBe(
      'Every label, not only those shown',
    );
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'PNG',
      'SVG',
    ]);
  });
});
