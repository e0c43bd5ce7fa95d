// The main canvas's content: the Cytoscape instance, its stylesheet by kind,
// what is on it (adding, removing, filters, hidden and pinned nodes) and
// plain answers about it. ui/canvas.ts builds the view on top of it.
import cytoscape, {
  type Collection,
  type Core,
  type EdgeSingular,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { Graph, GraphEdge } from '../../../../contract/index.js';
import { dayNumber } from '../../graph/dates.js';
import { shorten, toElements } from '../../graph/elements.js';
import { probeGpu, rendererOptions } from '../../graph/renderer.js';
import { startsUnnamed } from '../../graph/detail.js';
import { styleTier, stylesheet, type Theme } from '../../graph/style.js';
import type { Positions } from './chain-view.js';
import { DrawCap, type CapCounts } from './draw-cap.js';
import { toGraph } from './to-graph.js';

/** Which nodes and relationships the filters leave out (the store's filter fields). */
export interface CanvasFilter {
  hiddenLabels: readonly string[];
  hiddenTypes: readonly string[];
  /** Leave out links whose basis is not stated (the analyst's reading, background knowledge). */
  statedOnly?: boolean | undefined;
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

/** True when the filter leaves this relationship out. */
export function edgeFiltered(
  f: CanvasFilter,
  hiddenTypes: ReadonlySet<string>,
  type: string,
  basis: unknown,
): boolean {
  if (hiddenTypes.has(type)) return true;
  return Boolean(f.statedOnly) && (basis === 'inferred' || basis === 'background');
}

/** True when the filter leaves nothing out. */
export function filterEmpty(f: CanvasFilter): boolean {
  return (
    f.hiddenLabels.length === 0 &&
    f.hiddenTypes.length === 0 &&
    !f.statedOnly &&
    !f.dateFrom &&
    !f.dateTo
  );
}

export type { CapCounts };

/** A relationship with the names of its two ends, for panels. */
export interface EdgeView {
  edge: GraphEdge;
  sourceName: string;
  targetName: string;
}

export class CanvasContent {
  protected readonly cy: Core;
  /** Schema labels, most common first: fixes colours. */
  labelOrder: string[] = [];
  eventLabel: string | undefined;
  theme: Theme = 'light';
  private styledLabels = new Set<string>();
  /** Elements on the canvas at the last count: the stylesheet is lighter past a threshold. */
  private elementCount = 0;
  /** What is loaded but not drawn, past the view-wide cap. */
  protected readonly capped: DrawCap;
  private filter: CanvasFilter | undefined;

  /** Without a container the canvas is headless: it draws nothing (unit tests in Node). */
  constructor(container: HTMLElement | undefined) {
    this.cy = cytoscape({
      // WebGL only where a GPU draws it (graph/renderer.ts).
      ...(container
        ? { ...rendererOptions(probeGpu()), container }
        : { headless: true, styleEnabled: true }),
      elements: [],
      style: stylesheet({ theme: this.theme, labels: [], order: [] }),
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: true,
      // A click selects one; Shift, Ctrl or Cmd-click adds (Cytoscape's rule).
      selectionType: 'single',
      // Desktop systems count two clicks within about 500 ms as a double
      // click; Cytoscape's 250 ms default misses slower hands (and busy machines).
      multiClickDebounceTime: 500,
    });
    // Held elements drawn later are filtered like the rest.
    this.capped = new DrawCap(this.cy, () => {
      // A filter that leaves nothing out has nothing to mark (a pass over every element at thousands).
      if (this.filter && (!filterEmpty(this.filter) || this.cy.elements('.filtered').nonempty()))
        this.applyFilter(this.filter);
    });
  }

  isEmpty(): boolean {
    return this.cy.nodes().empty();
  }

  setSchema(labelOrder: string[], eventLabel: string | undefined): void {
    this.labelOrder = labelOrder;
    this.eventLabel = eventLabel;
    for (const l of labelOrder) this.styledLabels.add(l);
    this.restyle();
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.restyle();
  }

  restyle(): void {
    this.cy.style(
      stylesheet({
        theme: this.theme,
        labels: [...this.styledLabels],
        order: this.labelOrder,
        eventLabel: this.eventLabel,
        elements: this.elementCount,
      }),
    );
  }

  /** The canvas holds this many elements now: restyles only when that crosses the light style's threshold. */
  protected counted(elements: number): void {
    const before = styleTier(this.elementCount);
    this.elementCount = elements;
    if (styleTier(elements) !== before) this.restyle();
  }

  /** Whether the canvas holds the element: drawn, or held back by the cap (it is drawn when selected). */
  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty() || this.capped.holds(id);
  }

  /**
   * Adds what is new in a payload; returns the ids added. New nodes start
   * near `near`. Past the view-wide cap only the most relevant are drawn
   * (ui/canvas/draw-cap.ts); the rest wait, outside Cytoscape.
   */
  add(graph: Graph, near?: string): string[] {
    const present = new Set(this.cy.elements().map((e) => e.id()));
    for (const id of this.capped.heldIds()) present.add(id);
    const els = toElements(graph, {
      present,
      labelOrder: this.labelOrder,
      eventLabel: this.eventLabel,
    }).filter((e) => !present.has(String(e.data.id)));
    if (els.length === 0) return [];
    const origin = near ? this.cy.getElementById(near) : undefined;
    const p = origin?.nonempty() ? origin.position() : undefined;
    // Every new node gets a distinct starting place (a spiral, the same on
    // every load): nodes stacked on one point make Cytoscape warn of edges
    // it cannot draw, and randomness would make each reload look different.
    let i = this.cy.nodes().length;
    for (const e of els) {
      if (e.group !== 'nodes') continue;
      i++;
      const r = (p ? 12 : 30) * Math.sqrt(i);
      const a = i * 2.399963; // the golden angle
      e.position = { x: (p?.x ?? 0) + r * Math.cos(a), y: (p?.y ?? 0) + r * Math.sin(a) };
    }
    let newLabel = false;
    for (const e of els) {
      const l: unknown = e.data['label'];
      if (e.group === 'nodes' && typeof l === 'string' && !this.styledLabels.has(l)) {
        this.styledLabels.add(l);
        newLabel = true;
      }
    }
    if (newLabel) this.restyle();
    this.beforeDrawing(this.capped.drawnAfter(els.length), els);
    this.capped.place(els);
    return els.map((e) => String(e.data.id));
  }

  /** Removes elements (drawn or held back); what is held fills the room. Returns what was drawn of them. */
  remove(ids: Iterable<string>): Graph {
    const gone = new Set(ids);
    let col = this.cy.collection();
    for (const id of gone) col = col.union(this.cy.getElementById(id));
    const removed = col.union(col.connectedEdges());
    const g = toGraph(removed);
    removed.remove();
    this.capped.forget(gone);
    this.capped.settle();
    return g;
  }

  clear(): void {
    this.cy.elements().remove();
    this.capped.clear();
  }

  /**
   * Before a large batch is drawn: the stylesheet of the size the canvas is
   * about to have (restyling after the add would style every element twice),
   * and new nodes without a drawn name (graph/detail.ts; the label placement
   * names those it picks).
   */
  private beforeDrawing(drawn: number, els: ElementDefinition[] = []): void {
    this.counted(drawn);
    if (!startsUnnamed(drawn)) return;
    for (const e of els) {
      if (e.group !== 'nodes') continue;
      const classes = typeof e.classes === 'string' ? e.classes.split(/\s+/) : (e.classes ?? []);
      e.classes = [...classes.filter(Boolean), 'no-label'];
    }
  }

  /** Draws every element, past the cap too (the store's drawAll), or only the cap's share. */
  setDrawAll(on: boolean): void {
    this.counted(this.capped.drawnAfter(0, on));
    this.capped.drawAll(on);
  }

  /** Heard whenever the counts of drawn and held-back elements change. */
  onHeldBack(fn: (counts: CapCounts) => void): void {
    this.capped.onChange(fn);
  }

  /** The nodes a person can see (without the walk over edges that `visible` makes). */
  visibleNodes(): NodeCollection {
    return this.cy.nodes().not('.hidden, .filtered');
  }

  /** What a person can see: neither hidden nor filtered out. */
  visible(): Collection {
    const nodes = this.cy.nodes().not('.hidden, .filtered');
    // An edge is visible only with both ends: a layout given an edge whose
    // end it does not hold fails ("reading 'source'") or warns.
    const edges = nodes
      .connectedEdges()
      .not('.hidden, .filtered')
      .filter((e: EdgeSingular) => nodes.contains(e.source()) && nodes.contains(e.target()));
    return nodes.union(edges);
  }

  visibleGraph(): Graph {
    return toGraph(this.visible());
  }

  allGraph(): Graph {
    return toGraph(this.cy.elements());
  }

  positions(): Positions {
    const out: Positions = new Map();
    this.cy.nodes().forEach((n) => {
      out.set(n.id(), { ...n.position() });
    });
    return out;
  }

  setPositions(p: Record<string, { x: number; y: number }>): void {
    for (const [id, pos] of Object.entries(p)) {
      const n = this.cy.getElementById(id);
      if (n.nonempty()) n.position(pos);
    }
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  /** A node's display name, or undefined when it is not on the canvas. */
  nameOf(id: string): string | undefined {
    const n = this.nodeById(id);
    return n ? String(n.data('name') ?? id) : undefined;
  }

  isEdge(id: string): boolean {
    const e = this.cy.getElementById(id);
    return e.nonempty() && e.isEdge();
  }

  isEventNode(id: string): boolean {
    return Boolean(this.nodeById(id)?.data('isEvent'));
  }

  edgeView(id: string): EdgeView | undefined {
    const e = this.cy.getElementById(id);
    if (e.empty() || !e.isEdge()) return undefined;
    const edge = toGraph(e.union(e.connectedNodes())).edges[0];
    if (!edge) return undefined;
    return {
      edge,
      sourceName: String(e.source().data('name')),
      targetName: String(e.target().data('name')),
    };
  }

  isHidden(id: string): boolean {
    return this.cy.getElementById(id).hasClass('hidden');
  }

  /** Hides or shows nodes by hand (the store's hiddenNodes). */
  setHidden(ids: readonly string[], hidden: boolean): void {
    for (const id of ids) this.cy.getElementById(id).toggleClass('hidden', hidden);
  }

  /** Shows every node hidden by hand. */
  showAllHidden(): void {
    this.cy.elements('.hidden').removeClass('hidden');
  }

  isPinned(id: string): boolean {
    return Boolean(this.nodeById(id)?.data('pinned'));
  }

  /**
   * Pinned nodes keep their place through layouts (ui/canvas/layout.ts locks
   * them while one runs); a drag by hand moves one, and it stays pinned there.
   */
  setPinned(ids: readonly string[], pinned: boolean): void {
    for (const id of ids) this.nodeById(id)?.data('pinned', pinned);
  }

  /** Nodes the person dragged keep their place through layouts too, as pinned ones do. */
  setMoved(ids: readonly string[], moved: boolean): void {
    for (const id of ids) this.nodeById(id)?.data('moved', moved);
  }

  /** How many neighbours of a node are not loaded yet (shown as "+N more"). */
  omitted(id: string): number {
    return Number(this.nodeById(id)?.data('omitted') ?? 0);
  }

  setOmitted(id: string, more: number): void {
    const node = this.nodeById(id);
    if (!node) return;
    node.data('omitted', more);
    node.data('displayMore', `${shorten(String(node.data('name')))} (+${more} more)`);
  }

  /** Marks what the filters leave out; nodes hidden by hand are a separate class. */
  applyFilter(f: CanvasFilter): void {
    this.filter = f;
    const hl = new Set(f.hiddenLabels);
    const ht = new Set(f.hiddenTypes);
    const lo = dayNumber(f.dateFrom);
    const hi = dayNumber(f.dateTo);
    // Cytoscape restyles an element on every toggleClass, changed or not:
    // at thousands of elements only the ones that change are touched.
    const flip = (e: NodeSingular | EdgeSingular, on: boolean) => {
      if (e.hasClass('filtered') !== on) e.toggleClass('filtered', on);
    };
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const labels = (n.data('labels') as string[] | undefined) ?? [];
        const d = dayNumber(n.data('date'));
        const outOfRange =
          d !== undefined && ((lo !== undefined && d < lo) || (hi !== undefined && d > hi));
        flip(n, hl.has(String(n.data('label'))) || labels.some((l) => hl.has(l)) || outOfRange);
      });
      this.cy.edges().forEach((e) => {
        flip(e, edgeFiltered(f, ht, String(e.data('type')), e.data('basis')));
      });
    });
  }

  protected nodeById(id: string): NodeSingular | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : undefined;
  }
}
