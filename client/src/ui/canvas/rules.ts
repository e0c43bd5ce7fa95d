// The style rules on the main canvas: computes the metrics a rule needs with
// Cytoscape's own algorithms over the visible graph, asks graph/style-plan.ts
// what they make of each node and applies it (a size the label level of
// detail reads, a fill, a caption). Recomputed when the graph changes, never
// on a pan or zoom.
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { shorten } from '../../graph/elements.js';
import { stylePlan, type Metrics, type RuleLegend } from '../../graph/style-plan.js';
import type { Theme } from '../../graph/style.js';
import {
  DEFAULT_RULES,
  propertyKinds,
  ruleProperty,
  type PropertyKinds,
  type Metric,
  type StyleRules,
} from '../../graph/style-rules.js';

/**
 * Betweenness costs O(n·m) (Brandes): at 1,500 nodes and their edges it
 * already takes seconds on a laptop, in the page's one thread.
 */
export const BETWEENNESS_LIMIT = 1_500;

export interface RulesOutcome {
  legend: RuleLegend;
  /** What the person should know: a metric not computed, nodes without the property. */
  notes: string[];
  /** The properties on the visible nodes, for the rule pickers. */
  properties: PropertyKinds;
}

/** The size a rule gave a node at zoom 1, if any (ui/canvas/labels.ts scales it with the zoom). */
export function ruleSize(n: NodeSingular): number | undefined {
  const v: unknown = n.data('ruleSize');
  return typeof v === 'number' ? v : undefined;
}

export class RuleStyler {
  private rules: StyleRules = DEFAULT_RULES;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private listener: ((o: RulesOutcome) => void) | undefined;

  constructor(
    private readonly cy: Core,
    private readonly visible: () => Collection,
    private readonly theme: () => Theme,
    /** Called after sizes or captions changed: the labels are picked again. */
    private readonly applied: () => void,
  ) {
    // Only a change of content; filters and hiding come through `refresh`.
    cy.on('add remove', () => this.schedule());
  }

  onApplied(fn: (o: RulesOutcome) => void): void {
    this.listener = fn;
  }

  set(rules: StyleRules): void {
    this.rules = rules;
    this.refresh();
  }

  /** Computes and applies again, once, after a burst of changes. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.cy.destroyed()) this.refresh();
    }, 80);
  }

  refresh(): void {
    clearTimeout(this.timer);
    const eles = this.visible();
    const nodes = eles.nodes();
    const notes: string[] = [];
    const rules = { ...this.rules };
    // Past the limit betweenness falls back to degree, and the page says so.
    if (nodes.length > BETWEENNESS_LIMIT) {
      const fallback = (which: string) =>
        notes.push(
          `Betweenness is not computed above ${BETWEENNESS_LIMIT.toLocaleString('en')} visible nodes (${nodes.length.toLocaleString('en')} now): ${which} by degree instead.`,
        );
      if (rules.sizeBy === 'betweenness') {
        rules.sizeBy = 'degree';
        fallback('sized');
      }
      if (rules.colourBy === 'betweenness') {
        rules.colourBy = 'degree';
        fallback('coloured');
      }
    }
    const planNodes = nodes.map((n) => ({
      id: n.id(),
      name: String(n.data('name')),
      properties: (n.data('properties') as Record<string, unknown> | undefined) ?? {},
    }));
    const plan = stylePlan(planNodes, rules, this.metrics(eles, rules), this.theme());
    if (plan.missing > 0) {
      const size = ruleProperty(rules.sizeBy);
      const colour = ruleProperty(rules.colourBy);
      const props = [...new Set([size, colour].filter((p) => p !== undefined))];
      const looks = [size && 'smallest', colour && 'in pale grey'].filter(Boolean);
      const one = plan.missing === 1;
      notes.push(
        `${plan.missing} visible node${one ? ' has' : 's have'} no ${props.join(' or ')}: drawn ${looks.join(' and ')}.`,
      );
    }
    // Only what changes is written: each write restyles a node, and with the
    // default rules on a large canvas nothing at all should be.
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const size = plan.sizes.get(n.id());
        if (size !== ruleSize(n)) {
          if (size === undefined) n.removeData('ruleSize');
          else n.data('ruleSize', size);
        }
        const colour = plan.colours.get(n.id());
        if (colour !== n.data('ruleColour')) {
          if (colour === undefined) {
            n.removeData('ruleColour');
            n.removeStyle('background-color');
          } else {
            n.data('ruleColour', colour);
            n.style('background-color', colour);
          }
        }
        const caption = plan.captions.get(n.id()) ?? shorten(String(n.data('name')));
        if (caption !== n.data('display')) n.data('display', caption);
      });
    });
    this.applied();
    this.listener?.({ legend: plan.legend, notes, properties: propertyKinds(planNodes) });
  }

  /** The metrics the rules read, over the visible nodes and the edges between them. */
  private metrics(eles: Collection, rules: StyleRules): Metrics {
    const wanted = new Set<string>([rules.sizeBy, rules.colourBy]);
    const out: Metrics = {};
    const has = (m: Metric) => wanted.has(m);
    if (has('degree')) {
      const degree = new Map<string, number>(eles.nodes().map((n) => [n.id(), 0]));
      eles.edges().forEach((e: EdgeSingular) => {
        for (const id of [e.source().id(), e.target().id()])
          degree.set(id, (degree.get(id) ?? 0) + 1);
      });
      out.degree = degree;
    }
    if (has('pagerank')) {
      const pr = eles.pageRank({});
      out.pagerank = new Map(eles.nodes().map((n) => [n.id(), pr.rank(n)]));
    }
    if (has('betweenness')) {
      // Undirected: a relationship's direction is how it was said, not a way it can be walked.
      const bc = eles.betweennessCentrality({ directed: false });
      out.betweenness = new Map(eles.nodes().map((n) => [n.id(), bc.betweenness(n)]));
    }
    return out;
  }
}
