// The Cytoscape instance of the main view and what panels may do with it.
// The concerns live in ui/canvas/: the content and its style (content.ts),
// label level of detail, layouts and the time layout's date axis, the chain
// view, interaction, and the panels' mini views.
import cytoscape, { type LayoutOptions, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Graph } from '../../../contract/index.js';
import type { LabelledNode } from '../export/view-frame.js';
import type { Point } from '../graph/direction.js';
import type { NodeMove } from '../state/graph-model.js';
import { LABEL_FIT, centreView, fitView, type Box } from '../graph/fit.js';
import type { LayoutName } from '../graph/layouts.js';
import type { Theme } from '../graph/style.js';
import type { StyleRules } from '../graph/style-rules.js';
import { watchViewport } from '../graph/viewport.js';
import { AreaSelect } from './canvas/area-select.js';
import { ChainView, type LinkMarks, type Positions } from './canvas/chain-view.js';
import { CanvasContent } from './canvas/content.js';
import { glideCamera } from './canvas/camera.js';
import { labelledNodes, labelledSvg } from './canvas/export-image.js';
import * as events from './canvas/events.js';
import { LabelDetail } from './canvas/labels.js';
import { LayoutRunner, reducedMotion } from './canvas/layout.js';
import { miniView, type MiniOptions } from './canvas/mini-view.js';
import { SheetClearance } from './canvas/sheet.js';
import { RuleStyler, type RulesOutcome } from './canvas/rules.js';
import { installTestHook } from './canvas/test-hook.js';
import { TimeAxis } from './canvas/time-axis.js';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

export type { CanvasFilter, CapCounts, EdgeView } from './canvas/content.js';
export { toGraph } from './canvas/to-graph.js';
export type { LinkMarks, Positions, RulesOutcome };

/**
 * The one module that touches Cytoscape. Panels get plain data (contract
 * shapes, ids, names) and plain callbacks from it, never Cytoscape objects.
 */
export class Canvas extends CanvasContent {
  layoutName: LayoutName = 'fcose';
  private readonly labels: LabelDetail;
  private readonly layouts: LayoutRunner;
  private readonly axis: TimeAxis;
  private readonly chain: ChainView;
  private readonly sheet: SheetClearance;
  private readonly area: AreaSelect;
  private readonly areaListeners: (() => void)[] = [];
  private readonly rules: RuleStyler;

  constructor(container: HTMLElement | undefined) {
    super(container);
    watchViewport(this.cy, (n) => this.counted(n));
    events.showFullNameOnHover(this.cy);
    this.labels = new LabelDetail(this.cy, () => this.visibleNodes());
    this.axis = new TimeAxis(this.cy);
    this.chain = new ChainView(this.cy, (id) => this.nodeById(id));
    this.sheet = new SheetClearance(this.cy);
    this.area = new AreaSelect(this.cy, () => this.areaListeners.forEach((fn) => fn()));
    this.rules = new RuleStyler(
      this.cy,
      () => this.visible(),
      () => this.theme,
      () => this.labels.update(),
    );
    this.layouts = new LayoutRunner(this.cy, {
      visible: () => this.visible(),
      fit: () => this.fit(),
      placed: (name, scale) => {
        if (name === 'time' && scale) this.axis.show(scale);
        else this.axis.hide();
      },
    });
    // Only on a page opened with the test flag (ui/canvas/test-hook-types.ts).
    installTestHook(this.cy, this);
  }

  /** Empties the canvas; the date axis goes with the time layout's places. */
  override clear(): void {
    super.clear();
    this.axis.hide();
  }

  /** Places nodes by hand (a saved view): no layout's date axis describes them. */
  override setPositions(p: Record<string, { x: number; y: number }>): void {
    super.setPositions(p);
    this.axis.hide();
  }

  /** The ramp of a colour rule is the theme's. */
  override setTheme(theme: Theme): void {
    super.setTheme(theme);
    this.rules.refresh();
  }

  /** Style rules (ui/canvas/rules.ts): sizes, colours and captions from metrics or properties. */
  setStyleRules(rules: StyleRules): void {
    this.rules.set(rules);
  }

  /** Applies the style rules again: what is visible changed (filters, hiding). */
  refreshStyleRules(): void {
    this.rules.schedule();
  }

  /** Told after each application: the legend of the colours and what to say about it. */
  onStyleRulesApplied(fn: (o: RulesOutcome) => void): void {
    this.rules.onApplied(fn);
  }

  /** Picks the labels to draw now (they also follow every move of the view). */
  updateLabels(): void {
    this.labels.update();
  }

  onDoubleTapNode(fn: (id: string) => void): void {
    events.onDoubleTapNode(this.cy, fn);
  }

  onSelectionChange(fn: (ids: string[]) => void): void {
    events.onSelectionChange(this.cy, fn);
  }

  onTapElement(fn: (id: string) => void): void {
    events.onTapElement(this.cy, fn);
  }

  onTapBackground(fn: () => void): void {
    events.onTapBackground(this.cy, fn);
  }

  /** Nodes dragged by hand and let go (a group together), each with its new place and where it was picked up. */
  onNodesDragged(fn: (moves: NodeMove[]) => void): void {
    events.onNodesDragged(this.cy, fn);
  }

  onContextMenu(fn: (id: string | undefined, x: number, y: number) => void): void {
    events.onContextMenu(this.cy, fn);
  }

  /** "Select area" on or off: a drag on the background boxes nodes instead of panning. */
  setAreaSelect(on: boolean): void {
    this.area.set(on);
  }

  /** A box (drawn in "Select area") has selected what it held. */
  onAreaSelected(fn: () => void): void {
    this.areaListeners.push(fn);
  }

  /**
   * Runs a layout over the visible elements. `incremental` keeps the current
   * positions as the start, so an expansion does not reshuffle the picture.
   */
  layout(name: LayoutName = this.layoutName, incremental = false, fit = !incremental): void {
    this.layoutName = name;
    if (!incremental) this.chain.clear();
    this.layouts.run(name, incremental, fit);
  }

  /** Shows everything visible, with room at the edges for the labels (graph/fit.ts). */
  fit(): void {
    const cy = this.cy;
    cy.resize();
    const nodes = this.visibleNodes();
    if (nodes.empty()) return;
    const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
    const view = fitView(box, cy.width(), cy.height(), LABEL_FIT, {
      min: cy.minZoom(),
      max: cy.maxZoom(),
    });
    cy.viewport({ zoom: view.zoom, pan: view.pan });
  }

  /** Glides the view to show `box` (model coordinates) over `ms`; a jump under reduced motion. */
  glideViewTo(box: Box, ms: number): Promise<void> {
    return glideCamera(this.cy, box, ms);
  }

  /** Selects and centres the given nodes (or edges). */
  select(ids: string[], center = true): void {
    // Held back by the cap: drawn first, with its neighbours.
    this.capped.show(ids);
    this.cy.elements(':selected').unselect();
    let col = this.cy.collection();
    for (const id of ids) col = col.union(this.cy.getElementById(id));
    col.select();
    if (center && col.nonempty()) {
      const box = col.boundingBox({ includeLabels: false, includeOverlays: false });
      const zoom = Math.max(this.cy.zoom(), 1);
      const to = centreView(box, zoom, this.cy.width(), this.cy.height());
      // Centred on the canvas may be under the phone's sheet: cleared after.
      if (reducedMotion()) {
        this.cy.viewport(to);
        this.sheet.apply();
      } else this.cy.animate(to, { duration: 250, complete: () => this.sheet.apply() });
    }
  }

  /**
   * The bottom `px` of the canvas are covered by a sheet (the phone's
   * details; 0 when none): the selected node is kept above it by panning.
   */
  coverBottom(px: number): void {
    this.sheet.cover(px);
  }

  selectedIds(): string[] {
    return this.cy.elements(':selected').map((e) => e.id());
  }

  selectedNodeIds(): string[] {
    return this.cy.nodes(':selected').map((n) => n.id());
  }

  clearSelection(): void {
    this.cy.elements(':selected').unselect();
  }

  highlight(ids: Iterable<string>): void {
    this.cy.elements().removeClass('highlight faded');
    const set = new Set(ids);
    if (set.size === 0) return;
    this.cy.elements().forEach((e) => {
      e.addClass(set.has(e.id()) ? 'highlight' : 'faded');
    });
    // A highlighted path is named, node by node.
    this.labels.update();
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

  /** The visible nodes' whole labels, and whether the view shows each now (for an export). */
  labelledNodes(): LabelledNode[] {
    return labelledNodes(this.visible().nodes());
  }

  /** The drawing as SVG with exactly these labels, each in full (ui/canvas/export-image.ts). */
  svgWithLabels(bg: string, labels: ReadonlyMap<string, string>): string {
    return labelledSvg(this.cy, labels, bg);
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
   * The chain view (ui/canvas/chain-view.ts), with its legend line over the
   * canvas; the date axis goes, as the chain's places are not the time
   * layout's. A later layout or `clearChain` ends it.
   */
  showChain(placement: Positions, links: LinkMarks, focus?: string): void {
    this.axis.hide();
    this.chain.show(placement, links, focus);
  }

  clearChain(): void {
    this.chain.clear();
  }

  /** Whether the chain view is on. */
  chainShown(): boolean {
    return this.chain.shown();
  }

  /** A small separate graph in the canvas's style (the chain and query-result panels). */
  miniView(
    container: HTMLElement,
    graph: Graph,
    layout: LayoutOptions,
    opts: MiniOptions = {},
  ): { destroy(): void } {
    const style = { theme: this.theme, labelOrder: this.labelOrder, eventLabel: this.eventLabel };
    return miniView(container, graph, layout, style, opts);
  }
}
