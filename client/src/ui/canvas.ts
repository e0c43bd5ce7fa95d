// The Cytoscape instance of the main view and what panels may do with it.
import cytoscape, {
  type Collection,
  type Core,
  type EdgeSingular,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Graph, GraphEdge, GraphNode } from '../../../contract/index.js';
import { dayNumber } from '../graph/dates.js';
import type { Point } from '../graph/direction.js';
import { shorten, toElements } from '../graph/elements.js';
import { pickLabels, type LabelCandidate } from '../graph/labels.js';
import { layoutOptions, timePositions, type LayoutName } from '../graph/layouts.js';
import { OFFTHREAD_MIN_NODES, layoutOffThread } from '../graph/offthread-layout.js';
import { stylesheet, type Theme } from '../graph/style.js';
import { watchViewport } from '../graph/viewport.js';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Smallest on-screen size of a node label, px. */
const LABEL_PX = 12;
/** Widest on-screen label before it is cut with an ellipsis, px. */
const LABEL_MAX_WIDTH = 150;
/** The chain view's smallest zoom: its columns stay wide enough for their labels. */
const CHAIN_MIN_ZOOM = 0.6;

export type Positions = Map<string, { x: number; y: number }>;

/** People who ask for less motion get no animated layouts or glides. */
function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Which nodes and relationships the filters leave out (the store's filter fields). */
export interface CanvasFilter {
  hiddenLabels: readonly string[];
  hiddenTypes: readonly string[];
  dateFrom?: string | undefined;
  dateTo?: string | undefined;
}

/** A relationship with the names of its two ends, for panels. */
export interface EdgeView {
  edge: GraphEdge;
  sourceName: string;
  targetName: string;
}

/** Links of a small graph drawn apart: their class and the words on them. */
export type LinkMarks = Map<string, { kind: 'causal' | 'sequence'; words: string }>;

/**
 * The one module that touches Cytoscape. Panels get plain data (contract
 * shapes, ids, names) and plain callbacks from it, never Cytoscape objects.
 */
export class Canvas {
  private readonly cy: Core;
  /** Schema labels, most common first: fixes colours. */
  labelOrder: string[] = [];
  eventLabel: string | undefined;
  theme: Theme = 'light';
  layoutName: LayoutName = 'fcose';
  /** Counts layouts started, so a slower off-thread layout never overrides a newer one. */
  private layoutRuns = 0;
  private styledLabels = new Set<string>();

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
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
    watchViewport(this.cy);
    this.cy.on('zoom pan resize add remove select unselect layoutstop dragfree', () =>
      this.scheduleLabels(),
    );
  }

  private labelTimer: ReturnType<typeof setTimeout> | undefined;

  private scheduleLabels(): void {
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => this.updateLabels(), 50);
  }

  /**
   * Labels follow the zoom: never smaller than LABEL_PX on screen, and drawn
   * only where they do not overlap, the selection and its neighbours first,
   * then the best-connected nodes. Zooming in shows more of them.
   */
  updateLabels(): void {
    const cy = this.cy;
    const z = cy.zoom();
    const scale = z < 1 ? 1 / z : 1;
    const w = cy.width();
    const hgt = cy.height();
    const nodes = this.visible().nodes();
    const selected = nodes.filter(':selected');
    const near = new Set(
      selected
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
        radius: n.renderedHeight() / 2,
        text: String(n.data('display') ?? ''),
        rank:
          (n.selected() ? 1e6 : near.has(n.id()) ? 1e5 : n.hasClass('chain') ? 5e4 : 0) +
          n.degree(false),
      });
    });
    const shown = pickLabels(candidates, {
      fontSize: LABEL_PX * Math.max(1, z),
      maxWidth: LABEL_MAX_WIDTH * Math.max(1, z),
    });
    cy.batch(() => {
      nodes.style({
        'font-size': LABEL_PX * scale,
        'text-max-width': `${LABEL_MAX_WIDTH * scale}px`,
      });
      nodes.forEach((n) => {
        n.toggleClass('no-label', !shown.has(n.id()));
      });
    });
  }

  /**
   * Double-click on a node, only when both clicks hit that node: Cytoscape
   * counts any two quick clicks, so A then B would "double-click" B. The
   * browser's own dblclick (the system's double-click speed) and Cytoscape's
   * dbltap (touch) both count, once.
   */
  onDoubleTapNode(fn: (id: string) => void): void {
    let previous: string | undefined;
    let last: string | undefined;
    let firedAt = 0;
    const fire = () => {
      const node = last !== undefined && previous === last ? this.nodeById(last) : undefined;
      if (!node || performance.now() - firedAt < 600) return;
      firedAt = performance.now();
      fn(node.id());
    };
    this.cy.on('tap', (e) => {
      previous = last;
      const t = e.target as Core | NodeSingular;
      last = t === this.cy ? '' : (t as NodeSingular).id();
    });
    this.cy.on('dbltap', 'node', fire);
    this.cy.container()?.addEventListener('dblclick', fire);
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
      }),
    );
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds what is new in a payload; returns the ids added. New nodes start near `near`. */
  add(graph: Graph, near?: string): string[] {
    const present = new Set(this.cy.elements().map((e) => e.id()));
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
    this.cy.add(els);
    return els.map((e) => String(e.data.id));
  }

  remove(ids: Iterable<string>): Graph {
    let col = this.cy.collection();
    for (const id of ids) col = col.union(this.cy.getElementById(id));
    const removed = col.union(col.connectedEdges());
    const g = toGraph(removed);
    removed.remove();
    return g;
  }

  clear(): void {
    this.cy.elements().remove();
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

  /**
   * Runs a layout over the visible elements. `incremental` keeps the current
   * positions as the start, so an expansion does not reshuffle the picture.
   */
  layout(name: LayoutName = this.layoutName, incremental = false, fit = !incremental): void {
    this.layoutName = name;
    const run = ++this.layoutRuns;
    if (!incremental) this.clearChain();
    const eles = this.visible();
    if (eles.nodes().empty()) return;
    if (name === 'fcose' && !incremental && eles.nodes().length >= OFFTHREAD_MIN_NODES) {
      this.layoutOffPage(eles, run, fit);
      return;
    }
    const positions =
      name === 'time'
        ? timePositions(
            eles.nodes().map((n) => ({
              id: n.id(),
              label: String(n.data('label')),
              date: typeof n.data('date') === 'string' ? (n.data('date') as string) : undefined,
            })),
            { width: Math.max(1200, eles.nodes().length * 25) },
          )
        : undefined;
    const options = layoutOptions(name, { positions, animate: incremental && !reducedMotion() });
    if (incremental && name === 'fcose') Object.assign(options, { randomize: false });
    this.runLayout(eles, options, fit);
  }

  /**
   * fcose for a large graph, computed in a Web Worker so the page keeps
   * answering; the positions are then placed at once. A newer layout started
   * meanwhile wins (`run` is no longer the latest). Without a worker the
   * layout runs here, as for a small graph.
   */
  private layoutOffPage(eles: Collection, run: number, fit: boolean): void {
    document.body.dataset['layout'] = 'running';
    const input = {
      nodes: eles.nodes().map((n) => ({ id: n.id(), position: { ...n.position() } })),
      edges: eles
        .edges()
        .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
    };
    layoutOffThread(input).then(
      (placed) => {
        if (run !== this.layoutRuns) return;
        // Where the layout ran, for tests and benchmarks ('page' after a worker failure).
        document.body.dataset['layoutThread'] = 'worker';
        const options = {
          name: 'preset',
          animate: false,
          fit: false,
          positions: (n: NodeSingular) => placed[n.id()] ?? n.position(),
        } as LayoutOptions;
        this.runLayout(eles, options, fit);
      },
      () => {
        if (run !== this.layoutRuns) return;
        document.body.dataset['layoutThread'] = 'page';
        this.runLayout(eles, layoutOptions('fcose'), fit);
      },
    );
  }

  private runLayout(eles: Collection, options: LayoutOptions, fit: boolean): void {
    // Pinned nodes keep their place.
    const pinned = this.cy.nodes('[?pinned]');
    pinned.lock();
    const l = eles.layout(options);
    // Tests and scripts wait for data-layout="idle" before reading positions.
    document.body.dataset['layout'] = 'running';
    // Fit once the layout has really finished (fcose may settle after run() returns).
    l.one('layoutstop', () => {
      // fcose writes final positions past Cytoscape's bounding-box cache, so
      // clicks were hit-tested against where nodes used to be; a no-op shift
      // goes through the public position API and refreshes that cache.
      eles.nodes().shift({ x: 0, y: 0 });
      pinned.unlock();
      if (fit) this.fit();
      document.body.dataset['layout'] = 'idle';
    });
    l.run();
  }

  /** A small, separate graph drawn in the canvas's style (chain and query-result panels). */
  private miniGraph(container: HTMLElement, graph: Graph, layout: LayoutOptions): Core {
    return cytoscape({
      container,
      elements: toElements(graph, { labelOrder: this.labelOrder, eventLabel: this.eventLabel }),
      style: stylesheet({
        theme: this.theme,
        labels: [...new Set(graph.nodes.flatMap((n) => n.labels))],
        order: this.labelOrder,
        eventLabel: this.eventLabel,
      }),
      layout,
    });
  }

  fit(): void {
    this.cy.resize();
    this.cy.fit(this.visible(), 30);
  }

  /** Selects and centres the given nodes (or edges). */
  select(ids: string[], center = true): void {
    this.cy.elements(':selected').unselect();
    let col = this.cy.collection();
    for (const id of ids) col = col.union(this.cy.getElementById(id));
    col.select();
    if (center && col.nonempty()) {
      const to = { center: { eles: col }, zoom: Math.max(this.cy.zoom(), 1) };
      if (reducedMotion()) {
        this.cy.zoom(to.zoom);
        this.cy.center(col);
      } else this.cy.animate(to, { duration: 250 });
    }
  }

  selectedIds(): string[] {
    return this.cy.elements(':selected').map((e) => e.id());
  }

  selectedNodeIds(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  highlight(ids: Iterable<string>): void {
    this.cy.elements().removeClass('highlight faded');
    const set = new Set(ids);
    if (set.size === 0) return;
    this.cy.elements().forEach((e) => {
      e.addClass(set.has(e.id()) ? 'highlight' : 'faded');
    });
  }

  /** For the browser console and the end-to-end tests: `window.cy`. */
  exposeOnWindow(): void {
    (window as unknown as { cy: unknown }).cy = this.cy;
  }

  isEmpty(): boolean {
    return this.cy.nodes().empty();
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

  /** Pinned nodes keep their place through layouts and drags. */
  setPinned(ids: readonly string[], pinned: boolean): void {
    for (const id of ids) {
      const n = this.nodeById(id);
      if (!n) continue;
      n.data('pinned', pinned);
      if (pinned) n.lock();
      else n.unlock();
    }
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
    const hl = new Set(f.hiddenLabels);
    const ht = new Set(f.hiddenTypes);
    const lo = dayNumber(f.dateFrom);
    const hi = dayNumber(f.dateTo);
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        const labels = (n.data('labels') as string[] | undefined) ?? [];
        const d = dayNumber(n.data('date'));
        const outOfRange =
          d !== undefined && ((lo !== undefined && d < lo) || (hi !== undefined && d > hi));
        n.toggleClass(
          'filtered',
          hl.has(String(n.data('label'))) || labels.some((l) => hl.has(l)) || outOfRange,
        );
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('filtered', ht.has(String(e.data('type'))));
      });
    });
  }

  clearSelection(): void {
    this.cy.elements(':selected').unselect();
  }

  /** Zooms by a factor around the centre of the canvas. */
  zoomBy(k: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * k, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  png(bg: string): Blob {
    return this.cy.png({ full: true, scale: 2, bg, output: 'blob' });
  }

  svg(bg: string): string {
    return this.cy.svg({ full: true, bg });
  }

  /** Each node's fill colour as drawn, for exports that must match the screen. */
  nodeColors(): Map<string, string> {
    const colors = new Map<string, string>();
    this.cy.nodes().forEach((n) => {
      colors.set(n.id(), String(n.style('background-color')));
    });
    return colors;
  }

  /** A node's place on the canvas' screen (rendered coordinates). */
  screenPoint(id: string): { x: number; y: number } | undefined {
    const n = this.nodeById(id);
    return n ? { ...n.renderedPosition() } : undefined;
  }

  /** The visible neighbours of a node, with their places on screen (for arrow keys). */
  neighbourPoints(id: string): Point[] {
    const n = this.nodeById(id);
    if (!n) return [];
    const visible = this.visible().nodes();
    return n
      .neighborhood()
      .nodes()
      .filter((m: NodeSingular) => visible.contains(m))
      .map((m: NodeSingular) => ({ id: m.id(), ...m.renderedPosition() }));
  }

  /** The best-connected visible node: where the arrow keys start from nothing. */
  hubId(): string | undefined {
    const nodes = this.visible().nodes();
    if (nodes.empty()) return undefined;
    return nodes.max((n) => n.degree(false)).ele.id();
  }

  /** Where a node is on the page (client coordinates), e.g. to open its menu there. */
  clientPoint(id: string): { x: number; y: number } | undefined {
    const n = this.nodeById(id);
    const box = this.cy.container()?.getBoundingClientRect();
    if (!n || !box) return undefined;
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /**
   * The selection as it settles (one call per burst of select/unselect
   * events); edges next to selected nodes are marked as it changes.
   */
  onSelectionChange(fn: (ids: string[]) => void): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    this.cy.on('select unselect', () => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(this.selectedIds()), 30);
      this.cy.edges().removeClass('near-selection');
      this.cy.nodes(':selected').connectedEdges().addClass('near-selection');
    });
  }

  /** A click (tap) on a node or an edge. */
  onTapElement(fn: (id: string) => void): void {
    this.cy.on('tap', 'node, edge', (e) => fn((e.target as NodeSingular | EdgeSingular).id()));
  }

  /** A click on the background. */
  onTapBackground(fn: () => void): void {
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) fn();
    });
  }

  /** Right-click (or long press): on a node (its id) or on the background (undefined). */
  onContextMenu(fn: (id: string | undefined, x: number, y: number) => void): void {
    this.cy.on('cxttap', (e) => {
      const ev = e.originalEvent;
      const t = e.target as Core | NodeSingular | EdgeSingular;
      if (t === this.cy) fn(undefined, ev.clientX, ev.clientY);
      else if ((t as NodeSingular).isNode()) fn((t as NodeSingular).id(), ev.clientX, ev.clientY);
    });
  }

  /**
   * The chain view: the chain's events at `placement` (below whatever is on
   * the canvas, so nothing overlaps it), its links solid when causal and
   * dashed when they only say which came first, each with its words; the
   * rest a faint backdrop. A later layout or `clearChain` ends it.
   */
  showChain(placement: Positions, links: LinkMarks, focus?: string): void {
    this.clearChain();
    const cy = this.cy;
    let nodes = cy.collection();
    for (const id of placement.keys()) nodes = nodes.union(cy.getElementById(id));
    const others = this.visible().nodes().difference(nodes);
    const bb = others.nonempty() ? others.boundingBox() : { x1: 0, y2: -200 };
    const origin = { x: bb.x1, y: bb.y2 + 400 };
    cy.batch(() => {
      nodes.forEach((n) => {
        const p = placement.get(n.id());
        if (p && !n.locked()) n.position({ x: origin.x + p.x, y: origin.y + p.y });
        n.addClass('chain');
      });
      for (const [id, mark] of links) {
        const e = cy.getElementById(id);
        e.addClass(`chain-${mark.kind}`);
        e.data('chainWords', mark.words);
      }
      const inChain = nodes.union(nodes.edgesWith(nodes));
      cy.elements().difference(inChain).addClass('chain-off');
    });
    cy.resize();
    // Room for the labels at the edges and, above, for the legend line.
    cy.fit(nodes, 70);
    cy.panBy({ x: 0, y: 20 });
    // Below this zoom the labels of neighbouring dates would collide and be
    // dropped: keep them readable and centre on the event asked about.
    const focusNode = focus ? this.nodeById(focus) : undefined;
    if (cy.zoom() < CHAIN_MIN_ZOOM)
      cy.zoom({
        level: CHAIN_MIN_ZOOM,
        renderedPosition: focusNode?.renderedPosition() ?? {
          x: cy.width() / 2,
          y: cy.height() / 2,
        },
      });
    if (focusNode && cy.zoom() <= CHAIN_MIN_ZOOM) cy.center(focusNode);
  }

  clearChain(): void {
    this.cy.elements().removeClass('chain chain-causal chain-sequence chain-off');
  }

  /** Whether the chain view is on. */
  chainShown(): boolean {
    return this.cy.nodes('.chain').nonempty();
  }

  /**
   * A small separate graph in the canvas's style (the chain panel): the root
   * selected, links marked, a click on a node reported by id.
   */
  miniView(
    container: HTMLElement,
    graph: Graph,
    layout: LayoutOptions,
    opts: { selected?: string; links?: LinkMarks; onPick?: (id: string) => void } = {},
  ): { destroy(): void } {
    const cy = this.miniGraph(container, graph, layout);
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
    return { destroy: () => cy.destroy() };
  }

  private nodeById(id: string): NodeSingular | undefined {
    const n = this.cy.getElementById(id);
    return n.nonempty() && n.isNode() ? n : undefined;
  }
}

/** Cytoscape elements back to the contract's Graph shape. */
export function toGraph(col: Collection): Graph {
  const nodes: GraphNode[] = col.nodes().map((n: NodeSingular) => ({
    id: n.id(),
    labels: (n.data('labels') as string[] | undefined) ?? [],
    name: String(n.data('name') ?? n.id()),
    properties: (n.data('properties') as Record<string, unknown> | undefined) ?? {},
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = col
    .edges()
    .filter((e: EdgeSingular) => ids.has(e.source().id()) && ids.has(e.target().id()))
    .map((e: EdgeSingular) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      type: String(e.data('type')),
      properties: (e.data('properties') as Record<string, unknown> | undefined) ?? {},
    }));
  return { nodes, edges };
}
