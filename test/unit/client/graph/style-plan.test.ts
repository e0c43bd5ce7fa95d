import { describe, expect, it } from 'vitest';
import { stylePlan, type PlanNode } from '../../../../client/src/graph/style-plan.js';
import {
  CATEGORY_COLOURS,
  DEFAULT_RULES,
  MAX_RULE_SIZE,
  MIN_RULE_SIZE,
  MISSING_COLOUR,
  ramp,
} from '../../../../client/src/graph/style-rules.js';

const nodes: PlanNode[] = [
  { id: 'hub', name: 'India', properties: { population: 1400, region: 'Asia', iso: 'IN' } },
  { id: 'mid', name: 'Japan', properties: { population: 125, region: 'Asia' } },
  {
    id: 'leaf',
    name: 'A very long name that the canvas shortens',
    properties: { region: 'Europe' },
  },
];
const degree = new Map([
  ['hub', 12],
  ['mid', 3],
  ['leaf', 1],
]);

describe('the style plan', () => {
  it('changes nothing under the default rules', () => {
    const plan = stylePlan(nodes, DEFAULT_RULES, { degree }, 'light');
    expect(plan.sizes.size + plan.colours.size + plan.captions.size).toBe(0);
    expect(plan.legend).toBeUndefined();
  });

  it('sizes by a metric, the hub largest and the leaf smallest', () => {
    const plan = stylePlan(nodes, { ...DEFAULT_RULES, sizeBy: 'degree' }, { degree }, 'light');
    expect(plan.sizes.get('hub')).toBe(MAX_RULE_SIZE);
    expect(plan.sizes.get('leaf')).toBe(MIN_RULE_SIZE);
    expect(plan.sizes.get('mid')).toBeGreaterThan(MIN_RULE_SIZE);
  });

  it('sizes by a numeric property; a node without it is smallest and counted', () => {
    const plan = stylePlan(nodes, { ...DEFAULT_RULES, sizeBy: 'prop:population' }, {}, 'light');
    expect(plan.sizes.get('hub')).toBe(MAX_RULE_SIZE);
    expect(plan.sizes.get('leaf')).toBe(MIN_RULE_SIZE);
    expect(plan.missing).toBe(1);
  });

  it('colours by a metric on the ramp and says so in the legend', () => {
    const plan = stylePlan(nodes, { ...DEFAULT_RULES, colourBy: 'degree' }, { degree }, 'dark');
    expect(plan.colours.get('leaf')).toBe(ramp('dark')[0]);
    expect(plan.colours.get('hub')).toBe(ramp('dark').at(-1));
    expect(plan.legend).toEqual({
      kind: 'ramp',
      title: 'Degree',
      stops: ramp('dark'),
      low: 1,
      high: 12,
    });
  });

  it('colours a text property by category and a node without it in the neutral grey', () => {
    const plan = stylePlan(nodes, { ...DEFAULT_RULES, colourBy: 'prop:iso' }, {}, 'light');
    expect(plan.colours.get('hub')).toBe(CATEGORY_COLOURS[0]);
    expect(plan.colours.get('leaf')).toBe(MISSING_COLOUR.light);
    expect(plan.legend?.kind).toBe('categories');
    expect(plan.missing).toBe(2);
  });

  it('captions by a property, falling back to the default caption', () => {
    const plan = stylePlan(nodes, { ...DEFAULT_RULES, caption: 'iso' }, {}, 'light');
    expect(plan.captions.get('hub')).toBe('IN');
    expect(plan.captions.get('mid')).toBe('Japan');
    expect(plan.captions.get('leaf')).toBe('A very long name that the c…');
  });

  it('captions by a date at its precision, not the first of its month', () => {
    const dated: PlanNode[] = [
      { id: 'm', name: 'Kazan', properties: { date: '2024-10-01', datePrecision: 'month' } },
      { id: 'd', name: 'Briefing', properties: { date: '2025-10-30', datePrecision: 'day' } },
    ];
    const plan = stylePlan(dated, { ...DEFAULT_RULES, caption: 'date' }, {}, 'light');
    expect(plan.captions.get('m')).toBe('Oct 2024');
    expect(plan.captions.get('d')).toBe('30 Oct 2025');
  });
});
