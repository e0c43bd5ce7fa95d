// Label level of detail on the main canvas: after each move of the view (or
// change of the graph) it measures where the visible nodes are on screen and
// lets graph/labels.ts decide which labels fit without overlapping.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import {
  LABEL_MAX_WIDTH,
  LABEL_PX,
  labelMetrics,
  labelRank,
  pickLabels,
  type LabelCandidate,
} from '../../graph/labels.js';
import { MIN_NODE_PX, NODE_SIZE } from '../../graph/style.js';
import { ruleSize } from './rules.js';

/** Label size on screen: the main canvas's by default, smaller in a panel's mini view. */
export interface LabelSize {
  px: number;
  maxWidth: number;
}

export class LabelDetail {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly cy: Core,
    private readonly visibleNodes: () => NodeCollection,
    private readonly size: LabelSize = { px: LABEL_PX, maxWidth: LABEL_MAX_WIDTH },
  ) {
    cy.on('zoom pan resize add remove select unselect layoutstop dragfree', () => this.schedule());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.cy.destroyed()) this.update();
    }, 50);
  }

  /**
   * Nodes never smaller than MIN_NODE_PX on screen, so shapes stay apart.
   * Labels follow the zoom: never smaller than `size.px` on screen, and drawn
   * only where they do not overlap, the selection and its neighbours first,
   * then the best-connected nodes. Zooming in shows more of them.
   */
  update(): void {
    const cy = this.cy;
    const z = cy.zoom();
    const scale = z < 1 ? 1 / z : 1;
    const w = cy.width();
    const hgt = cy.height();
    const nodes = this.visibleNodes();
    const node = Math.max(NODE_SIZE, MIN_NODE_PX / z);
    // A style rule's size grows with the default one, so zoomed out the sizes keep their ratios.
    const sizeOf = (n: NodeSingular) => ((ruleSize(n) ?? NODE_SIZE) * node) / NODE_SIZE;
    const near = new Set(
      nodes
        .filter(':selected')
        .neighborhood()
        .nodes()
        .map((n) => n.id()),
    );
    const candidates: LabelCandidate[] = [];
    nodes.forEach((n) => {
      // Behind the chain view the rest is a faint backdrop, never labelled.
      if (n.hasClass('chain-off')) return;
      const p = n.renderedPosition();
      if (p.x < -100 || p.y < -50 || p.x > w + 100 || p.y > hgt + 50) return;
      candidates.push({
        id: n.id(),
        x: p.x,
        y: p.y,
        // The size this update gives the node, not the one it had.
        radius: (sizeOf(n) * z) / 2,
        text: String(n.data('display') ?? ''),
        rank: labelRank({
          selected: n.selected(),
          nearSelection: near.has(n.id()),
          inChain: n.hasClass('chain'),
          degree: n.degree(false),
        }),
      });
    });
    const shown = pickLabels(candidates, labelMetrics(z, this.size));
    cy.batch(() => {
      nodes.style({
        width: node,
        height: node,
        'font-size': this.size.px * scale,
        'text-max-width': `${this.size.maxWidth * scale}px`,
      });
      nodes.forEach((n) => {
        n.toggleClass('no-label', !shown.has(n.id()));
      });
      nodes.filter('[ruleSize]').forEach((n) => {
        n.style({ width: sizeOf(n), height: sizeOf(n) });
      });
    });
  }
}
