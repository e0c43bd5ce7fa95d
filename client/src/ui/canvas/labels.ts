// Label level of detail on the main canvas: once a move of the view has ended
// (or the graph changed) it measures where the visible nodes are on screen and
// lets graph/labels.ts decide which labels fit without overlapping. Measuring
// and restyling thousands of nodes takes longer than a frame, so it never runs
// while a pan or zoom is still going on.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import {
  LABEL_MAX_WIDTH,
  LABEL_PX,
  LABEL_SIDES,
  labelMetrics,
  labelRank,
  pickLabels,
  type LabelCandidate,
} from '../../graph/labels.js';
import { commonSizes, onlyPickedNames } from '../../graph/detail.js';
import { NODE_SIZE } from '../../graph/style.js';
import { ruleSize } from './rules.js';

/** Sides other than under the node, each drawn by a class of the stylesheet (graph/style.ts). */
const MOVED_SIDES = LABEL_SIDES.filter((s) => s !== 'below');

/** Label size on screen: the main canvas's by default, smaller in a panel's mini view. */
export interface LabelSize {
  px: number;
  maxWidth: number;
}

/** Quiet time after the last pan or zoom event before a gesture counts as ended, ms (a wheel has no end event). */
export const GESTURE_QUIET_MS = 200;
/** Quiet time after a change of the graph or the selection, ms: one placement per burst. */
const CHANGE_QUIET_MS = 50;

/** The sizes last written to every node: written again only when they change. */
export interface Written {
  node: number;
  font: number;
  maxWidth: number;
}

export class LabelDetail {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A pointer is down on the canvas: a drag may be panning. */
  private pressed = false;
  private written: Written | undefined;
  /** Nodes a style rule sized at the last update: one that loses its rule gets the common size back. */
  private ruleSized = new Set<string>();

  constructor(
    private readonly cy: Core,
    private readonly visibleNodes: () => NodeCollection,
    private readonly size: LabelSize = { px: LABEL_PX, maxWidth: LABEL_MAX_WIDTH },
    /** Elements on the canvas, which sets the level of detail (a test may stand in a count). */
    private readonly count: () => number = () => cy.elements().length,
  ) {
    cy.on('zoom pan', () => this.schedule(GESTURE_QUIET_MS));
    cy.on('resize remove select unselect layoutstop dragfree', () =>
      this.schedule(CHANGE_QUIET_MS),
    );
    // New nodes have none of the sizes yet.
    cy.on('add', () => {
      this.written = undefined;
      this.schedule(CHANGE_QUIET_MS);
    });
    cy.on('tapstart', () => {
      this.pressed = true;
    });
    cy.on('tapend', () => {
      this.pressed = false;
      this.schedule(GESTURE_QUIET_MS);
    });
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // tapend schedules again when the pointer is let go.
      if (!this.cy.destroyed() && !this.pressed) this.update();
    }, ms);
  }

  /**
   * Nodes never smaller than MIN_NODE_PX on screen, so shapes stay apart.
   * Labels follow the zoom: never smaller than `size.px` on screen, and drawn
   * only where they do not overlap, the selection and its neighbours first,
   * then the best-connected nodes. Zooming in shows more of them. On a huge
   * canvas zoomed out only the selection's and a path's names are placed and
   * drawn (graph/detail.ts): the others would be too many to read.
   */
  update(): void {
    const cy = this.cy;
    const z = cy.zoom();
    const elements = this.count();
    const visible = this.visibleNodes();
    // Every other node's name is taken off (placeLabels below), which restyles only those that had one.
    const nodes = onlyPickedNames(elements, z) ? visible.filter(':selected, .highlight') : visible;
    const sizes = commonSizes(z, elements, this.size);
    // A style rule's size grows with the default one, so zoomed out the sizes keep their ratios.
    const sizeOf = (n: NodeSingular) => ((ruleSize(n) ?? NODE_SIZE) * sizes.node) / NODE_SIZE;
    const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const candidates = labelCandidates(nodes, view, (n) => (sizeOf(n) * z) / 2);
    const shown = pickLabels(candidates, labelMetrics(z, this.size), LABEL_SIDES, view);
    cy.batch(() => {
      const resize = this.writeSizes(sizes);
      placeLabels(visible, shown);
      this.sizeByRules(sizeOf, sizes.node, resize);
    });
  }

  /** Writes the common sizes to every node when they changed; true when it did. */
  private writeSizes(sizes: Written): boolean {
    if (!sizesChanged(this.written, sizes)) return false;
    // Every node, hidden ones too: showing one again is no 'add' and would keep stale sizes.
    this.cy.nodes().style({
      width: sizes.node,
      height: sizes.node,
      'font-size': sizes.font,
      'text-max-width': `${sizes.maxWidth}px`,
    });
    this.written = sizes;
    return true;
  }

  /** Nodes a style rule sizes get their own size; one that lost its rule gets the common one back. */
  private sizeByRules(sizeOf: (n: NodeSingular) => number, node: number, resized: boolean): void {
    const sized = new Set<string>();
    this.cy.nodes('[ruleSize]').forEach((n) => {
      n.style({ width: sizeOf(n), height: sizeOf(n) });
      sized.add(n.id());
    });
    if (!resized) {
      for (const id of this.ruleSized) {
        if (!sized.has(id)) this.cy.getElementById(id).style({ width: node, height: node });
      }
    }
    this.ruleSized = sized;
  }
}

/** Pure: whether the common sizes differ from those last written (none written: they do). */
export function sizesChanged(before: Written | undefined, now: Written): boolean {
  return (
    !before ||
    before.node !== now.node ||
    before.font !== now.font ||
    before.maxWidth !== now.maxWidth
  );
}

/** The visible nodes near the view, as graph/labels.ts weighs them; `radius` is the size this update gives. */
export function labelCandidates(
  nodes: NodeCollection,
  view: { x2: number; y2: number },
  radius: (n: NodeSingular) => number,
): LabelCandidate[] {
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
    if (p.x < -100 || p.y < -50 || p.x > view.x2 + 100 || p.y > view.y2 + 50) return;
    candidates.push({
      id: n.id(),
      x: p.x,
      y: p.y,
      radius: radius(n),
      text: String(n.data('display') ?? ''),
      short: typeof n.data('short') === 'string' ? String(n.data('short')) : undefined,
      rank: labelRank({
        selected: n.selected(),
        highlighted: n.hasClass('highlight'),
        nearSelection: near.has(n.id()),
        inChain: n.hasClass('chain'),
        degree: n.degree(false),
      }),
      // What a person picked or asked a path for is named, crowded or not.
      always: n.selected() || n.hasClass('highlight'),
    });
  });
  return candidates;
}

/** Gives each node the class of the side its label was placed on, or no-label; touches only what changes. */
export function placeLabels(nodes: NodeCollection, shown: ReadonlyMap<string, string>): void {
  // Cytoscape restyles a node on every toggleClass, changed or not.
  nodes.forEach((n) => {
    const side = shown.get(n.id());
    const hide = side === undefined;
    if (n.hasClass('no-label') !== hide) n.toggleClass('no-label', hide);
    for (const other of MOVED_SIDES) {
      const on = side === other;
      if (n.hasClass(`label-${other}`) !== on) n.toggleClass(`label-${other}`, on);
    }
  });
}
