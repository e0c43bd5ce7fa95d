// A small, separate graph drawn in the canvas's style, for panels (the chain
// and the query result): the root selected, links marked with their words,
// labels by the same level-of-detail rule as the main canvas, a little
// smaller, and a click on a node reported by id.
import cytoscape, { type LayoutOptions, type NodeSingular } from 'cytoscape';
import type { Graph } from '../../../../contract/index.js';
import { toElements } from '../../graph/elements.js';
import { stylesheet, type Theme } from '../../graph/style.js';
import type { LinkMarks } from './chain-view.js';
import { LabelDetail } from './labels.js';
import { registerMini } from './test-hook.js';

/** Labels in a panel's small graph: 10 px, cut at 100 px. */
const MINI_LABELS = { px: 10, maxWidth: 100 };

export interface MiniStyle {
  theme: Theme;
  labelOrder: readonly string[];
  eventLabel: string | undefined;
}

export interface MiniOptions {
  selected?: string;
  links?: LinkMarks;
  onPick?: (id: string) => void;
  /** No renderer, for tests in Node: the graph, its marks and its picks as in a page. */
  headless?: boolean;
}

export function miniView(
  container: HTMLElement,
  graph: Graph,
  layout: LayoutOptions,
  style: MiniStyle,
  opts: MiniOptions = {},
): { destroy(): void } {
  const cy = cytoscape({
    ...(opts.headless ? { headless: true, styleEnabled: true } : { container }),
    elements: toElements(graph, { labelOrder: style.labelOrder, eventLabel: style.eventLabel }),
    style: stylesheet({
      theme: style.theme,
      labels: [...new Set(graph.nodes.flatMap((n) => n.labels))],
      order: style.labelOrder,
      eventLabel: style.eventLabel,
    }),
  });
  registerMini(container, cy);
  const labels = new LabelDetail(cy, () => cy.nodes(), MINI_LABELS);
  for (const [id, mark] of opts.links ?? []) {
    const edge = cy.getElementById(id);
    if (edge.empty()) continue;
    edge.addClass(mark.kind);
    edge.data('words', mark.words);
  }
  cy.style()
    .selector('edge.sequence')
    .style({ 'line-style': 'dashed', 'line-dash-pattern': [6, 4] })
    .selector('edge[words]')
    .style({ label: 'data(words)', 'font-size': 9, 'text-rotation': 'autorotate' })
    .update();
  if (opts.selected) cy.getElementById(opts.selected).select();
  const pick = opts.onPick;
  if (pick) cy.on('tap', 'node', (e) => pick((e.target as NodeSingular).id()));
  // Laid out after the labels listen, so the first picture is labelled.
  cy.layout(layout).run();
  labels.update();
  return { destroy: () => cy.destroy() };
}
