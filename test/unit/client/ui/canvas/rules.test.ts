import cytoscape, { type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../../../../client/src/graph/style-rules.js';
import {
  BETWEENNESS_LIMIT,
  RuleStyler,
  ruleSize,
  type RulesOutcome,
} from '../../../../../client/src/ui/canvas/rules.js';

/** A star: one hub joined to `leaves` nodes, each with a name and a `weight`. */
function star(leaves: number): ElementDefinition[] {
  const node = (id: string, weight?: number): ElementDefinition => ({
    data: {
      id,
      name: `Node ${id}`,
      display: id,
      properties: weight === undefined ? {} : { weight },
    },
  });
  const els = [node('hub', 100)];
  for (let i = 0; i < leaves; i++) {
    els.push(node(`n${i}`, i % 2 ? i : undefined));
    els.push({ data: { id: `e${i}`, source: 'hub', target: `n${i}` } });
  }
  return els;
}

function styler(leaves: number): {
  cy: cytoscape.Core;
  rules: RuleStyler;
  last: () => RulesOutcome;
} {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: star(leaves) });
  let outcome: RulesOutcome | undefined;
  const rules = new RuleStyler(
    cy,
    () => cy.elements(),
    () => 'light',
    () => undefined,
  );
  rules.onApplied((o) => (outcome = o));
  return {
    cy,
    rules,
    last: () => {
      if (!outcome) throw new Error('never applied');
      return outcome;
    },
  };
}

describe('style rules on the canvas', () => {
  it('sizes the hub of a star largest by betweenness and says nothing more', () => {
    const { cy, rules, last } = styler(6);
    rules.set({ ...DEFAULT_RULES, sizeBy: 'betweenness' });
    expect(ruleSize(cy.getElementById('hub'))).toBe(60);
    expect(ruleSize(cy.getElementById('n0'))).toBe(20);
    expect(last().notes).toEqual([]);
  });

  it('falls back to degree past the betweenness limit and says so', () => {
    const { cy, rules, last } = styler(BETWEENNESS_LIMIT);
    rules.set({ ...DEFAULT_RULES, colourBy: 'betweenness' });
    expect(last().notes.join(' ')).toMatch(/Betweenness is not computed.*coloured by degree/);
    expect(last().legend).toMatchObject({ kind: 'ramp', title: 'Degree', low: 1 });
    expect(cy.getElementById('hub').style('background-color')).not.toBe(
      cy.getElementById('n0').style('background-color'),
    );
  });

  it('captions by a property, names nodes without it, and goes back to names', () => {
    const { cy, rules, last } = styler(4);
    rules.set({ ...DEFAULT_RULES, sizeBy: 'prop:weight', caption: 'weight' });
    expect(cy.getElementById('hub').data('display')).toBe('100');
    expect(cy.getElementById('n0').data('display')).toBe('Node n0');
    expect(last().notes).toEqual(['2 visible nodes have no weight: drawn smallest.']);
    expect(last().properties.numeric).toEqual(['weight']);
    rules.set(DEFAULT_RULES);
    expect(cy.getElementById('hub').data('display')).toBe('Node hub');
    expect(ruleSize(cy.getElementById('hub'))).toBeUndefined();
  });
});
