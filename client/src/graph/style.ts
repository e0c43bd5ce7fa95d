// The canvas' stylesheet. Each kind's colour and shape come from its role
// (graph/kinds.ts); the legend, the SVG and the offline HTML export read the
// same function, so what they show matches the screen.
import type { StylesheetJson } from 'cytoscape';
import { kindStyle, type KindStyle } from './kinds.js';
import { LARGE_GRAPH } from './viewport.js';

export { SHAPES, hashString, type Shape } from './kinds.js';

export type LabelStyle = KindStyle;

/** Colour and shape of a label (the legend's swatches use it too). */
export function labelStyle(label: string, order: readonly string[] = []): LabelStyle {
  return kindStyle(label, order);
}

/** A node's size in graph units: its size on screen at zoom 1. */
export const NODE_SIZE = 26;
/**
 * Smallest on-screen node, px: zoomed far out (a tall hierarchy) nodes
 * grow in graph units so their shape can still be told apart.
 */
export const MIN_NODE_PX = 10;

export type Theme = 'light' | 'dark';

export interface StyleOptions {
  theme: Theme;
  /** Labels known so far (schema order first, then any met on the canvas). */
  labels: readonly string[];
  /** Order used to pick colours: /api/schema's label list. */
  order: readonly string[];
  /** The dataset's event label, drawn with a thicker outline. */
  eventLabel?: string | undefined;
  /** Elements (nodes + edges) on the canvas: past LARGE_GRAPH the drawing is lighter. */
  elements?: number;
}

/**
 * Whether a canvas of this many elements gets the lighter style: text
 * outlines, curved edges and arrowheads cost a software-rendered canvas more
 * per frame than anything else in the sheet, and at thousands of elements
 * nobody reads an arrowhead anyway.
 */
export function lightStyle(elements: number): boolean {
  return elements > LARGE_GRAPH;
}

/** The rules that make the drawing lighter, after the base node and edge rules. */
function lightRules(): StylesheetJson {
  return [
    { selector: 'node', style: { 'text-outline-width': 0 } },
    {
      selector: 'edge',
      style: {
        // Straight lines Cytoscape draws without computing a curve per edge.
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        // Relationship names only around the selection (below).
        label: '',
        'text-outline-width': 0,
      },
    },
  ];
}

export function stylesheet(opts: StyleOptions): StylesheetJson {
  const dark = opts.theme === 'dark';
  const text = dark ? '#e8eaed' : '#1f2328';
  const halo = dark ? '#1e1f24' : '#ffffff';
  const edge = dark ? '#8a8f98' : '#9aa0a6';
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': halo,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-color': '#888',
        'border-width': 1,
        'border-color': dark ? '#111' : '#fff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'curve-style': 'bezier',
        'line-color': edge,
        'target-arrow-color': edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(type)',
        'font-size': 9,
        color: dark ? '#b8bcc4' : '#5f6368',
        'text-rotation': 'autorotate',
        'text-outline-color': halo,
        'text-outline-width': 2,
        // Relationship names appear once zoomed in enough to read them...
        'min-zoomed-font-size': 11,
      },
    },
    {
      // A link no report states (the analyst's reading, or outside knowledge) is dotted.
      selector: 'edge[basis = "inferred"], edge[basis = "background"]',
      style: { 'line-style': 'dotted' },
    },
    {
      // An editor's unpublished draft (ui/curation/draft-layer.ts); readers never get one.
      selector: 'node[?draft]',
      style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': edge },
    },
    { selector: 'edge[?draft]', style: { 'line-style': 'dashed' } },
    ...(lightStyle(opts.elements ?? 0) ? lightRules() : []),
    {
      // ...and always around the selection, where they matter.
      selector: 'edge.near-selection',
      style: { label: 'data(type)', 'min-zoomed-font-size': 0, 'font-size': 10, 'z-index': 5 },
    },
  ];
  for (const label of opts.labels) {
    const s = labelStyle(label, opts.order);
    sheet.push({
      selector: `node[label = ${JSON.stringify(label)}]`,
      style: { 'background-color': s.color, shape: s.shape },
    });
  }
  if (opts.eventLabel) {
    sheet.push({
      selector: `node[?isEvent]`,
      style: { 'border-width': 3, 'border-color': dark ? '#f5f5f5' : '#333' },
    });
  }
  sheet.push(
    { selector: 'node[?pinned]', style: { 'border-style': 'double', 'border-width': 4 } },
    {
      selector: 'node[omitted > 0]',
      style: {
        label: 'data(displayMore)',
      },
    },
    {
      selector: ':selected',
      style: {
        'border-width': 4,
        'border-color': '#1a73e8',
        'line-color': '#1a73e8',
        'target-arrow-color': '#1a73e8',
        'z-index': 10,
      },
    },
    {
      selector: '.highlight',
      style: {
        'border-width': 4,
        'border-color': '#d93025',
        'line-color': '#d93025',
        'target-arrow-color': '#d93025',
        width: 3,
        'z-index': 20,
      },
    },
    { selector: '.faded', style: { opacity: 0.18 } },
    // The chain view: what caused what is solid, mere order dashed, both in words.
    {
      selector: 'edge.chain-causal, edge.chain-sequence',
      style: {
        label: 'data(chainWords)',
        // Direction matters in a chain, even on a large canvas's lighter style.
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        width: 2.5,
        // The chain is read zoomed out (about 0.6): 16 draws at about 10 px.
        'font-size': 16,
        'min-zoomed-font-size': 0,
        'z-index': 15,
      },
    },
    { selector: 'edge.chain-causal', style: { 'line-style': 'solid' } },
    { selector: '.chain-off', style: { opacity: 0.07, events: 'no' } },
    {
      selector: 'edge.chain-sequence',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 5], width: 1.8 },
    },
    // Level of detail: the canvas picks which labels fit without overlapping.
    { selector: 'node.no-label', style: { label: '' } },
    // The side graph/labels.ts found room on, when not under the node.
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node.label-right',
      style: {
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 4,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node.label-left',
      style: {
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -4,
        'text-margin-y': 0,
      },
    },
    // Where the whole name has no room, the short one (graph/labels.ts SHORT_SIDES).
    { selector: 'node.label-below-short', style: { label: 'data(short)' } },
    {
      selector: 'node.label-above-short',
      style: { label: 'data(short)', 'text-valign': 'top', 'text-margin-y': -4 },
    },
    {
      selector: 'node.label-right-short',
      style: {
        label: 'data(short)',
        'text-valign': 'center',
        'text-halign': 'right',
        'text-margin-x': 4,
        'text-margin-y': 0,
      },
    },
    {
      selector: 'node.label-left-short',
      style: {
        label: 'data(short)',
        'text-valign': 'center',
        'text-halign': 'left',
        'text-margin-x': -4,
        'text-margin-y': 0,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
