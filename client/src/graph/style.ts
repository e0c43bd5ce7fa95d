// Styles per label. Nothing here knows the dataset's labels: a label gets a
// colour and a shape from its position in /api/schema's list when known,
// otherwise from a hash of its name, so a label never seen before still
// gets a stable, distinct look.
import type { StylesheetJson } from 'cytoscape';

/** Twelve colours that stay apart from each other on light and dark backgrounds. */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#6b8e23',
  '#17becf',
  '#bcbd22',
  '#8c6bb1',
  '#d4a373',
  '#2a9d8f',
  '#e76f51',
  '#5e60ce',
  '#a7c957',
  '#c9184a',
  '#6c757d',
] as const;

export const SHAPES = [
  'ellipse',
  'round-rectangle',
  'diamond',
  'hexagon',
  'triangle',
  // Not 'round-tag': the SVG export (cytoscape-svg) cannot draw it.
  'tag',
  'barrel',
  'pentagon',
  'star',
  'vee',
  'octagon',
  'rhomboid',
] as const;
export type Shape = (typeof SHAPES)[number];

/** FNV-1a: small, stable across runs and browsers. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l - a * Math.max(Math.min(k - 3, 9 - k, 1), -1);
    return Math.round(255 * c)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

export interface LabelStyle {
  color: string;
  shape: Shape;
}

/** Colour and shape of a label: by schema position first, by name hash after that. */
export function labelStyle(label: string, order: readonly string[] = []): LabelStyle {
  const i = order.indexOf(label);
  if (i >= 0 && i < PALETTE.length) {
    return { color: PALETTE[i] ?? PALETTE[0], shape: SHAPES[i % SHAPES.length] ?? 'ellipse' };
  }
  const h = hashString(label);
  // Hue from the hash; saturation and lightness fixed so text stays legible on it.
  return {
    color: hslToHex(h % 360, 0.55, 0.5),
    shape: SHAPES[(h >>> 9) % SHAPES.length] ?? 'ellipse',
  };
}

export type Theme = 'light' | 'dark';

export interface StyleOptions {
  theme: Theme;
  /** Labels known so far (schema order first, then any met on the canvas). */
  labels: readonly string[];
  /** Order used to pick colours: /api/schema's label list. */
  order: readonly string[];
  /** The dataset's event label, drawn with a thicker outline. */
  eventLabel?: string | undefined;
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
        width: 26,
        height: 26,
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
      // ...and always around the selection, where they matter.
      selector: 'edge.near-selection',
      style: { 'min-zoomed-font-size': 0, 'font-size': 10, 'z-index': 5 },
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
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
