// Rule-based styling (as in Bloom and Linkurious): a node's size and colour
// from a metric (degree, PageRank, betweenness) or one of its properties, and
// its caption from a property. Pure: the canvas module computes the metrics
// (ui/canvas/rules.ts) and applies what these functions give.
import type { Theme } from './style.js';

export const METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type Metric = (typeof METRICS)[number];
/** A property rule is written `prop:<name>`, so a rule is one string in the store and the URL. */
export type PropertyRule = `prop:${string}`;
export type SizeRule = 'none' | Metric | PropertyRule;
export type ColourRule = 'kind' | Metric | PropertyRule;

export interface StyleRules {
  sizeBy: SizeRule;
  colourBy: ColourRule;
  /** The property shown as the caption; undefined keeps the default caption. */
  caption?: string | undefined;
}

export const DEFAULT_RULES: StyleRules = { sizeBy: 'none', colourBy: 'kind' };

export const METRIC_NAMES: Readonly<Record<Metric, string>> = {
  degree: 'Degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};

function isMetric(v: string): v is Metric {
  return (METRICS as readonly string[]).includes(v);
}

/** The property a rule reads, or undefined for a metric or the default. */
export function ruleProperty(rule: string): string | undefined {
  return rule.startsWith('prop:') && rule.length > 5 ? rule.slice(5) : undefined;
}

export function propertyRule(name: string): PropertyRule {
  return `prop:${name}`;
}

export function parseSizeRule(v: string): SizeRule | undefined {
  if (v === 'none' || isMetric(v)) return v;
  return ruleProperty(v) === undefined ? undefined : (v as PropertyRule);
}

export function parseColourRule(v: string): ColourRule | undefined {
  if (v === 'kind' || isMetric(v)) return v;
  return ruleProperty(v) === undefined ? undefined : (v as PropertyRule);
}

/** Node sizes at zoom 1, px: big enough apart to read, small enough that a hub does not cover its neighbours. */
export const MIN_RULE_SIZE = 20;
export const MAX_RULE_SIZE = 60;

/**
 * Each value's place on 0..1. Half its rank among the distinct values, half
 * the square root of its share of the range: the rank keeps one hub from
 * squashing everyone else to the bottom, the root keeps a real gap visible.
 * Equal values get equal places; when all are equal, all sit in the middle.
 */
export function scaled(values: ReadonlyMap<string, number>): Map<string, number> {
  const distinct = [...new Set(values.values())].sort((a, b) => a - b);
  const rank = new Map(distinct.map((v, i) => [v, i]));
  const lo = distinct[0] ?? 0;
  const hi = distinct[distinct.length - 1] ?? 0;
  const out = new Map<string, number>();
  for (const [id, v] of values) {
    if (hi === lo) out.set(id, 0.5);
    else
      out.set(
        id,
        0.5 * ((rank.get(v) ?? 0) / (distinct.length - 1)) + 0.5 * Math.sqrt((v - lo) / (hi - lo)),
      );
  }
  return out;
}

export function sizeAt(t: number): number {
  return Math.round(MIN_RULE_SIZE + (MAX_RULE_SIZE - MIN_RULE_SIZE) * Math.min(1, Math.max(0, t)));
}

// Viridis (perceptually even and readable with every common colour-vision
// deficiency), the half of it that keeps a 3:1 contrast with the theme's
// canvas: from its teal middle darker on the light theme, lighter on the
// dark one. So in both themes the higher the value, the more it stands out.
const RAMPS: Readonly<Record<Theme, readonly string[]>> = {
  light: ['#21918c', '#2a788e', '#355f8d', '#414487', '#482475', '#440154'],
  dark: ['#21918c', '#22a884', '#44bf70', '#7ad151', '#bddf26', '#fde725'],
};

/** The ramp's stops, low to high (the legend draws them). */
export function ramp(theme: Theme): readonly string[] {
  return RAMPS[theme];
}

function hex2(n: number): string {
  return Math.round(n).toString(16).padStart(2, '0');
}

/** A place on 0..1 as a colour of the theme's ramp (linear between its stops). */
export function rampColour(t: number, theme: Theme): string {
  const stops = RAMPS[theme];
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const a = stops[i] ?? '#000000';
  const b = stops[i + 1] ?? a;
  const f = x - i;
  const ch = (s: string, k: number) => parseInt(s.slice(1 + 2 * k, 3 + 2 * k), 16);
  return `#${[0, 1, 2].map((k) => hex2(ch(a, k) + (ch(b, k) - ch(a, k)) * f)).join('')}`;
}

// Eight hues in Okabe and Ito's spirit, each 3:1 against both canvases and
// at least 30 ΔE from each other (test/unit/client/graph/style-rules.test.ts).
export const CATEGORY_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#b5558e',
  '#8a6d00',
  '#6a5acd',
  '#4d8a1c',
  '#a8582f',
] as const;
/** Values past the eighth most common. */
export const OTHER_COLOUR = '#7a7f87';
/** No value at all: a pale grey that recedes, so the nodes the rule speaks of stand out. */
export const MISSING_COLOUR: Readonly<Record<Theme, string>> = {
  light: '#c9ccd1',
  dark: '#4a4d55',
};

export interface Category {
  value: string;
  colour: string;
  count: number;
}

/** The most common values first (ties by name), the first eight with a colour each. */
export function categories(values: ReadonlyMap<string, string>): {
  shown: Category[];
  other: number;
} {
  const counts = new Map<string, number>();
  for (const v of values.values()) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = sorted
    .slice(0, CATEGORY_COLOURS.length)
    .map(([value, count], i) => ({ value, count, colour: CATEGORY_COLOURS[i] ?? OTHER_COLOUR }));
  const other = sorted.slice(CATEGORY_COLOURS.length).reduce((n, [, c]) => n + c, 0);
  return { shown, other };
}

/** A property value as a number a rule can scale, or undefined. */
export function numericValue(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A property value as a category or caption, or undefined. */
export function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export interface PropertyKinds {
  /** Properties whose values are all numbers: for size and colour by ramp. */
  numeric: string[];
  /** Properties with text values: for captions. */
  text: string[];
  /** Every property with a value a rule can read: for colour. */
  all: string[];
}

/** The properties present on the given nodes, sorted by name, sorted into what each rule can use. */
export function propertyKinds(
  nodes: readonly { properties: Record<string, unknown> }[],
): PropertyKinds {
  const seen = new Map<string, { num: boolean; text: boolean }>();
  for (const n of nodes)
    for (const [k, v] of Object.entries(n.properties)) {
      if (textValue(v) === undefined) continue;
      const s = seen.get(k) ?? { num: true, text: false };
      if (numericValue(v) === undefined) s.num = false;
      if (typeof v === 'string') s.text = true;
      seen.set(k, s);
    }
  const names = [...seen.keys()].sort((a, b) => a.localeCompare(b));
  return {
    numeric: names.filter((k) => seen.get(k)?.num),
    text: names.filter((k) => seen.get(k)?.text),
    all: names,
  };
}
