// The canvas' stylesheet. Each kind's colour and shape come from its role
// (graph/kinds.ts); the legend, the SVG and the offline HTML export read the
// same function, so what they show matches the screen.
import type { StylesheetJson } from 'cytoscape';
import { kindStyle, type KindStyle } from './kinds.js';
import { LABEL_PX } from './labels.js';
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

/**
 * Elements past which the canvas draws at its lightest: node names only once
 * zoomed in past 1 (a 20k-element canvas zoomed out to fit is a cloud where
 * few names can be read, and each costs a text draw per frame), except the
 * selection's and a path's; nodes without their outline.
 */
export const HUGE_GRAPH = 10_000;

/**
 * ui/canvas/labels.ts keeps a name LABEL_PX on screen while zoomed out, and
 * LABEL_PX × zoom past 1: one pixel more hides it until the zoom passes
 * (LABEL_PX + 1) / LABEL_PX.
 */
export const HUGE_MIN_LABEL_PX = LABEL_PX + 1;

/** How light the drawing of this many elements is: the stylesheet changes when this does. */
export function styleTier(elements: number): 'full' | 'light' | 'huge' {
  if (elements > HUGE_GRAPH) return 'huge';
  return lightStyle(elements) ? 'light' : 'full';
}

/** The rules that make the drawing lighter, after the base node and edge rules. */
function lightRules(elements: number): StylesheetJson {
  const rules: StylesheetJson = [
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
  // The selection's and a path's names stay legible over a crowd of nodes.
  rules.push({ selector: 'node:selected, node.highlight', style: { 'text-outline-width': 2 } });
  if (elements > HUGE_GRAPH)
    rules.push(
      { selector: 'node', style: { 'min-zoomed-font-size': HUGE_MIN_LABEL_PX, 'border-width': 0 } },
      // What a person picked or asked a path for is named at any zoom.
      { selector: 'node:selected, node.highlight', style: { 'min-zoomed-font-size': 0 } },
    );
  return rules;
}

interface Palette {
  dark: boolean;
  text: string;
  halo: string;
  edge: string;
}

const paletteOf = (theme: Theme): Palette => {
  const dark = theme === 'dark';
  return {
    dark,
    text: dark ? '#e8eaed' : '#1f2328',
    halo: dark ? '#1e1f24' : '#ffffff',
    edge: dark ? '#8a8f98' : '#9aa0a6',
  };
};

/** Every node and every edge, before any kind or state. */
function baseRules(p: Palette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: p.text,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': p.halo,
        'text-outline-width': 2,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'min-zoomed-font-size': 7,
        width: NODE_SIZE,
        height: NODE_SIZE,
        'background-color': '#888',
        'border-width': 1,
        'border-color': p.dark ? '#111' : '#fff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'curve-style': 'bezier',
        'line-color': p.edge,
        'target-arrow-color': p.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(type)',
        'font-size': 9,
        color: p.dark ? '#b8bcc4' : '#5f6368',
        'text-rotation': 'autorotate',
        'text-outline-color': p.halo,
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
      style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': p.edge },
    },
    { selector: 'edge[?draft]', style: { 'line-style': 'dashed' } },
  ];
}

/** Each label's colour and shape, and the event label's thicker outline. */
function kindRules(opts: StyleOptions, p: Palette): StylesheetJson {
  const rules: StylesheetJson = opts.labels.map((label) => {
    const s = labelStyle(label, opts.order);
    return {
      selector: `node[label = ${JSON.stringify(label)}]`,
      style: { 'background-color': s.color, shape: s.shape },
    };
  });
  if (opts.eventLabel)
    rules.push({
      selector: `node[?isEvent]`,
      style: { 'border-width': 3, 'border-color': p.dark ? '#f5f5f5' : '#333' },
    });
  return rules;
}

/** Pinned, summarised, selected, highlighted and faded elements. */
function stateRules(): StylesheetJson {
  return [
    { selector: 'node[?pinned]', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node[omitted > 0]', style: { label: 'data(displayMore)' } },
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
  ];
}

/** The chain view: what caused what is solid, mere order dashed, both in words. */
function chainRules(): StylesheetJson {
  return [
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
  ];
}

/** Where a label sits beside its node, for a side other than under it. */
const SIDE_STYLE = {
  above: { 'text-valign': 'top', 'text-margin-y': -4 },
  right: {
    'text-valign': 'center',
    'text-halign': 'right',
    'text-margin-x': 4,
    'text-margin-y': 0,
  },
  left: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 },
} as const;

/**
 * Level of detail: the canvas picks which labels fit without overlapping and
 * on which side (graph/labels.ts); where the whole name has no room, the
 * short one (SHORT_SIDES).
 */
function labelPlacementRules(): StylesheetJson {
  return [
    { selector: 'node.no-label', style: { label: '' } },
    { selector: 'node.label-above', style: SIDE_STYLE.above },
    { selector: 'node.label-right', style: SIDE_STYLE.right },
    { selector: 'node.label-left', style: SIDE_STYLE.left },
    { selector: 'node.label-below-short', style: { label: 'data(short)' } },
    { selector: 'node.label-above-short', style: { label: 'data(short)', ...SIDE_STYLE.above } },
    { selector: 'node.label-right-short', style: { label: 'data(short)', ...SIDE_STYLE.right } },
    { selector: 'node.label-left-short', style: { label: 'data(short)', ...SIDE_STYLE.left } },
  ];
}

export function stylesheet(opts: StyleOptions): StylesheetJson {
  const p = paletteOf(opts.theme);
  const elements = opts.elements ?? 0;
  return [
    ...baseRules(p),
    ...(lightStyle(elements) ? lightRules(elements) : []),
    {
      // ...and always around the selection, where they matter.
      selector: 'edge.near-selection',
      style: { label: 'data(type)', 'min-zoomed-font-size': 0, 'font-size': 10, 'z-index': 5 },
    },
    ...kindRules(opts, p),
    ...stateRules(),
    ...chainRules(),
    ...labelPlacementRules(),
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
