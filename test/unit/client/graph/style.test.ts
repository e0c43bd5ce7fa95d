import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../../client/src/graph/elements.js';
import { FALLBACK_COLORS } from '../../../../client/src/graph/kinds.js';
import {
  HUGE_GRAPH,
  hashString,
  labelStyle,
  lightStyle,
  styleTier,
  stylesheet,
} from '../../../../client/src/graph/style.js';
import { LARGE_GRAPH } from '../../../../client/src/graph/viewport.js';
import { sample } from '../fixtures/graph.js';

describe('labelStyle', () => {
  it('gives the first unknown kind of the schema the first fallback colour', () => {
    expect(labelStyle('B', ['A', 'B']).color).toBe(FALLBACK_COLORS[1]);
  });

  it('gives a never-seen label a stable generated colour and shape', () => {
    const a = labelStyle('SomethingNew');
    expect(a).toEqual(labelStyle('SomethingNew'));
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(labelStyle('Other').color).not.toBe(a.color);
  });

  it('hashes stably', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('abc')).not.toBe(hashString('abd'));
  });
});

describe('stylesheet', () => {
  it('styles every label it is given, in both themes, and Cytoscape accepts it', () => {
    for (const theme of ['light', 'dark'] as const) {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        elements: toElements(sample, { eventLabel: 'Event' }),
        style: stylesheet({
          theme,
          labels: ['Thing', 'Happening'],
          order: ['Thing'],
          eventLabel: 'Event',
        }),
      });
      expect(cy.$id('a:1').style('background-color')).toBe('rgb(0,131,143)');
      expect(cy.$id('b:2').style('border-width')).toBe('3px');
    }
  });
});

describe('the lighter style of a large canvas', () => {
  const sheet = (elements: number) =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(sample, { eventLabel: 'Event' }),
      style: stylesheet({ theme: 'light', labels: ['Thing'], order: [], elements }),
    });

  it('starts past LARGE_GRAPH elements', () => {
    expect(lightStyle(LARGE_GRAPH)).toBe(false);
    expect(lightStyle(LARGE_GRAPH + 1)).toBe(true);
  });

  it('keeps outlined labels, curved edges and arrows up to the threshold', () => {
    const cy = sheet(LARGE_GRAPH);
    const edge = cy.edges().first();
    expect(edge.style('curve-style')).toBe('bezier');
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    expect(cy.nodes().first().style('text-outline-width')).toBe('2px');
  });

  it('draws straight edges without arrows or names, and labels without outline, past it', () => {
    const cy = sheet(LARGE_GRAPH + 1);
    const edge = cy.edges().first();
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(edge.style('label')).toBe('');
    expect(cy.nodes().first().style('text-outline-width')).toBe('0px');
    // The relationships around the selection keep their names.
    edge.addClass('near-selection');
    expect(edge.style('label')).toBe(String(edge.data('type')));
  });
});

describe('the huge graph tier', () => {
  const sheet = (elements: number) =>
    cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(sample, { eventLabel: 'Event' }),
      style: stylesheet({ theme: 'light', labels: ['Thing'], order: [], elements }),
    });

  it('is full, light and huge at the thresholds', () => {
    expect(styleTier(LARGE_GRAPH)).toBe('full');
    expect(styleTier(LARGE_GRAPH + 1)).toBe('light');
    expect(styleTier(HUGE_GRAPH)).toBe('light');
    expect(styleTier(HUGE_GRAPH + 1)).toBe('huge');
  });

  it('draws node names only past a zoom of 1 and nodes without outline, past HUGE_GRAPH', () => {
    const light = sheet(HUGE_GRAPH).nodes().first();
    const huge = sheet(HUGE_GRAPH + 1)
      .nodes()
      .first();
    expect(light.style('min-zoomed-font-size')).toBe('7px');
    expect(huge.style('min-zoomed-font-size')).toBe('13px');
    expect(huge.style('border-width')).toBe('0px');
  });

  it('still names a selected node at any zoom on a huge canvas', () => {
    const node = sheet(HUGE_GRAPH + 1)
      .nodes()
      .first();
    node.select();
    expect(node.style('min-zoomed-font-size')).toBe('0px');
  });

  it("outlines the selection's name, and no other, on a large canvas", () => {
    const nodes = sheet(LARGE_GRAPH + 1).nodes();
    nodes.first().select();
    expect(nodes.first().style('text-outline-width')).toBe('2px');
    expect(nodes.last().style('text-outline-width')).toBe('0px');
  });
});
