// The shape of the explorer's test hook (ui/canvas/test-hook.ts): what the
// browser tests and the canvas bench may ask of the canvas. Kept apart from
// the hook so that tests import the types without Cytoscape.
//
// The hook exists only on a page opened with the test flag (TEST_FLAG set on
// `window` before the app's script runs, e.g. by Playwright's addInitScript);
// the production page sets no global. It hands out plain data, never a
// Cytoscape object, so a test cannot come to depend on Cytoscape's API.

import type { ElementGroup } from 'cytoscape';

/** Set to `true` on `window` before the page's script runs to get the hook. */
export const TEST_FLAG = '__explorerTestFlag';
/** Where the hook is put on `window` when the flag is set. */
export const TEST_HOOK = '__explorerTest';

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One element as drawn: its data, classes and place, as plain values. */
export interface ElementInfo {
  id: string;
  group: ElementGroup;
  source?: string;
  target?: string;
  /** A copy of the element's data (label, display, date, properties, basis, …). */
  data: Record<string, unknown>;
  classes: string[];
  /** Drawn and not hidden by a class or a filter (Cytoscape's `:visible`). */
  visible: boolean;
  selected: boolean;
  /** Nodes only: model position, position on the canvas' screen, rendered box, drawn width. */
  position?: Point;
  rendered?: Point;
  box?: Box;
  width?: number;
  /** The computed style values the tests read. */
  style: { backgroundColor: string; shape: string; fontSize: string; lineStyle: string };
}

export interface ElementQuery {
  group?: ElementGroup;
  /** Only visible (true) or only not visible (false) elements. */
  visible?: boolean;
  selected?: boolean;
  /** Only elements with this class (e.g. `chain`, `highlight`, `filtered`). */
  className?: string;
  /** Only these ids (in the canvas' order, missing ones left out). */
  ids?: readonly string[];
  /**
   * A CSS selector of a panel's mini view container (e.g. `.chain-cy`); the
   * main canvas when absent.
   */
  view?: string;
}

export interface ViewportInfo {
  zoom: number;
  pan: Point;
  width: number;
  height: number;
  /** The model area on screen. */
  extent: Box;
  /** Whether a viewport animation is running. */
  animated: boolean;
}

/** A contract Graph, as the API sends one (structurally; the hook checks nothing more). */
export interface HookGraph {
  nodes: { id: string; labels: string[]; name: string; properties: Record<string, unknown> }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    properties: Record<string, unknown>;
  }[];
}

export interface ExplorerTestHook {
  // Reading.
  elements(q?: ElementQuery): ElementInfo[];
  /** How many elements match (cheaper than `elements` on a large canvas). */
  count(q?: ElementQuery): number;
  /** The ids of a node's neighbours on the canvas (drawn, visible or not). */
  neighbours(id: string): string[];
  /** The main canvas' viewport, or a mini view's (the CSS selector of its container). */
  viewport(view?: string): ViewportInfo | undefined;
  /** Whether an element lies under a point of the canvas (rendered coordinates). */
  hit(x: number, y: number): boolean;
  // Gestures a person makes that a test cannot make precisely with the pointer.
  /** Pans the view (rendered offset of the model origin), as a drag would. */
  panTo(pan: Point): void;
  panBy(d: Point): void;
  /** Zooms to a level around the canvas' centre, as the wheel would. */
  zoomTo(level: number): void;
  /** Selects exactly these elements (an edge is hard to hit with the pointer), as a tap does. */
  select(ids: readonly string[]): void;
  /** Nodes cannot be dragged: every drag pans (the bench's frame counting). */
  lockNodes(): void;
  // Fixtures.
  /** Adds a graph the way the explorer adds one (the view-wide cap included); returns the ids drawn or held. */
  add(graph: HookGraph): string[];
  /** Empties the canvas. */
  clear(): void;
  /** Adds one node per shape, above the rest, drawn in that shape (the SVG export test). */
  addShapes(shapes: readonly string[]): void;
  /** Paints the visible nodes in these colours, in order; returns how many were painted. */
  paintVisible(colours: readonly string[]): number;
  /** Places nodes by hand and fits the view to them. */
  place(positions: Record<string, Point>): void;
  /** Forces a frame and resolves once it is drawn. */
  frame(): Promise<void>;
  /** Runs fcose from random places over everything drawn; resolves with the milliseconds it took. */
  timeFcose(): Promise<number>;
}
