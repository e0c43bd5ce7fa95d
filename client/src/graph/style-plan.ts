// What the style rules make of the visible nodes: a size, a colour and a
// caption per node, and the legend that explains the colours. Pure: the
// canvas module (ui/canvas/rules.ts) gives it the metrics it computed and
// applies the answer.
import { propertyDateText } from './dates.js';
import { shorten } from './elements.js';
import type { Theme } from './style.js';
import {
  METRIC_NAMES,
  MISSING_COLOUR,
  OTHER_COLOUR,
  categories,
  numericValue,
  ramp,
  rampColour,
  ruleProperty,
  scaled,
  sizeAt,
  textValue,
  type Category,
  type Metric,
  type StyleRules,
} from './style-rules.js';

export interface PlanNode {
  id: string;
  name: string;
  properties: Record<string, unknown>;
}

/** How the colours read, for the legend. */
export type RuleLegend =
  | { kind: 'ramp'; title: string; stops: readonly string[]; low: number; high: number }
  | { kind: 'categories'; title: string; shown: Category[]; other: number; otherColour: string }
  | undefined;

export interface StylePlan {
  /** Size at zoom 1 per node; absent: the default size. */
  sizes: Map<string, number>;
  /** Fill per node; absent: the kind's colour. */
  colours: Map<string, string>;
  /** Caption per node; absent: the default caption. */
  captions: Map<string, string>;
  legend: RuleLegend;
  /** Nodes with no value for a property rule (drawn small and pale). */
  missing: number;
}

export type Metrics = Partial<Record<Metric, ReadonlyMap<string, number>>>;

/** The values a rule reads, by node id; nodes without one are left out. */
function numbers(rule: string, nodes: readonly PlanNode[], metrics: Metrics): Map<string, number> {
  const prop = ruleProperty(rule);
  const out = new Map<string, number>();
  if (prop === undefined) {
    const m = metrics[rule as Metric];
    for (const n of nodes) {
      const v = m?.get(n.id);
      if (v !== undefined) out.set(n.id, v);
    }
    return out;
  }
  for (const n of nodes) {
    const v = numericValue(n.properties[prop]);
    if (v !== undefined) out.set(n.id, v);
  }
  return out;
}

function ruleTitle(rule: string): string {
  return ruleProperty(rule) ?? METRIC_NAMES[rule as Metric];
}

function range(values: ReadonlyMap<string, number>): { low: number; high: number } {
  const all = [...values.values()];
  return { low: Math.min(...all), high: Math.max(...all) };
}

export function stylePlan(
  nodes: readonly PlanNode[],
  rules: StyleRules,
  metrics: Metrics,
  theme: Theme,
): StylePlan {
  const plan: StylePlan = {
    sizes: new Map(),
    colours: new Map(),
    captions: new Map(),
    legend: undefined,
    missing: 0,
  };
  const missing = new Set<string>();
  if (rules.sizeBy !== 'none') {
    const t = scaled(numbers(rules.sizeBy, nodes, metrics));
    for (const n of nodes) {
      const v = t.get(n.id);
      if (v === undefined) missing.add(n.id);
      plan.sizes.set(n.id, sizeAt(v ?? 0));
    }
  }
  if (rules.colourBy !== 'kind') {
    const rule = rules.colourBy;
    const prop = ruleProperty(rule);
    const values = numbers(rule, nodes, metrics);
    // A property with any text value is read as categories, numbers as a ramp.
    const categorical =
      prop !== undefined &&
      nodes.some((n) => n.properties[prop] !== undefined && !values.has(n.id));
    if (categorical) {
      const texts = new Map<string, string>();
      for (const n of nodes) {
        const v = textValue(n.properties[prop]);
        if (v !== undefined) texts.set(n.id, v);
      }
      const cats = categories(texts);
      const colourOf = new Map(cats.shown.map((c) => [c.value, c.colour]));
      for (const n of nodes) {
        const v = texts.get(n.id);
        if (v === undefined) missing.add(n.id);
        plan.colours.set(
          n.id,
          v === undefined ? MISSING_COLOUR[theme] : (colourOf.get(v) ?? OTHER_COLOUR),
        );
      }
      plan.legend = { kind: 'categories', title: prop, ...cats, otherColour: OTHER_COLOUR };
    } else {
      const t = scaled(values);
      for (const n of nodes) {
        const v = t.get(n.id);
        if (v === undefined) missing.add(n.id);
        plan.colours.set(n.id, v === undefined ? MISSING_COLOUR[theme] : rampColour(v, theme));
      }
      if (values.size)
        plan.legend = {
          kind: 'ramp',
          title: ruleTitle(rule),
          stops: ramp(theme),
          ...range(values),
        };
    }
  }
  if (rules.caption !== undefined) {
    for (const n of nodes) {
      // A date at its precision (Oct 2024), not the first of its month.
      const v =
        propertyDateText(rules.caption, n.properties) ?? textValue(n.properties[rules.caption]);
      plan.captions.set(n.id, shorten(v ?? n.name));
    }
  }
  plan.missing = missing.size;
  return plan;
}
