// The explorer's test hook (types and rules in test-hook-types.ts): installed
// on `window` only when the page was opened with the test flag, so the
// production page sets no global and nothing but tests can lean on it.
import type { Core, LayoutOptions, SingularElementArgument } from 'cytoscape';
import type { Graph } from '../../../../contract/index.js';
import {
  TEST_FLAG,
  TEST_HOOK,
  type ElementInfo,
  type ElementQuery,
  type ExplorerTestHook,
  type Point,
} from './test-hook-types.js';

/** What the hook needs of the canvas besides its Cytoscape instance. */
export interface HookedCanvas {
  add(graph: Graph): string[];
  clear(): void;
  setPositions(p: Record<string, Point>): void;
  fit(): void;
}

// Mini views (chain, query result) by container, so tests can read them too.
const minis = new WeakMap<Element, Core>();

/** A panel's mini view registers here; it is forgotten with its container. */
export function registerMini(container: Element, cy: Core): void {
  minis.set(container, cy);
}

export function testFlagSet(): boolean {
  return (window as unknown as Record<string, unknown>)[TEST_FLAG] === true;
}

function info(e: SingularElementArgument): ElementInfo {
  const node = e.isNode();
  const out: ElementInfo = {
    id: e.id(),
    group: node ? 'nodes' : 'edges',
    data: { ...(e.data() as Record<string, unknown>) },
    classes: e.classes(),
    visible: e.visible(),
    selected: e.selected(),
    style: {
      backgroundColor: node ? String(e.style('background-color')) : '',
      shape: node ? String(e.style('shape')) : '',
      fontSize: String(e.style('font-size')),
      lineStyle: node ? '' : String(e.style('line-style')),
    },
  };
  if (node) {
    const n = e;
    out.position = { ...n.position() };
    out.rendered = { ...n.renderedPosition() };
    const b = n.renderedBoundingBox({});
    out.box = { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    out.width = n.width();
  } else {
    const d = e;
    out.source = d.source().id();
    out.target = d.target().id();
  }
  return out;
}

/** A panel's small graph by its container, as the hook's queries find it. */
export const miniOf = (container: Element): Core | undefined => minis.get(container);

function viewOf(main: Core, selector: string | undefined): Core | undefined {
  if (!selector) return main;
  const el = document.querySelector(selector);
  return el ? miniOf(el) : undefined;
}

function select(cy: Core, q: ElementQuery): SingularElementArgument[] {
  const els: SingularElementArgument[] = q.ids
    ? q.ids.map((id) => cy.getElementById(id)).filter((e) => e.nonempty())
    : cy.elements().toArray();
  return els.filter(
    (e) =>
      (!q.group || (q.group === 'nodes') === e.isNode()) &&
      (q.visible === undefined || e.visible() === q.visible) &&
      (q.selected === undefined || e.selected() === q.selected) &&
      (!q.className || e.hasClass(q.className)),
  );
}

function frame(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    cy.one('render', () => resolve());
    cy.forceRender();
  });
}

function fixtures(cy: Core, canvas: HookedCanvas) {
  return {
    add: (g: Parameters<ExplorerTestHook['add']>[0]) => canvas.add(g),
    clear: () => canvas.clear(),
    addShapes(shapes: readonly string[]): void {
      cy.add(
        shapes.map((shape, i) => ({
          group: 'nodes' as const,
          data: { id: `shape-test:${shape}`, display: shape },
          position: { x: i * 60, y: -400 },
          style: { shape },
        })),
      );
    },
    paintVisible(colours: readonly string[]): number {
      const nodes = cy.nodes(':visible');
      nodes.forEach((n, i) => {
        n.style('background-color', colours[i] ?? 'black');
      });
      return nodes.length;
    },
    place(positions: Record<string, Point>): void {
      cy.batch(() => canvas.setPositions(positions));
      canvas.fit();
    },
    frame: () => frame(cy),
    async timeFcose(): Promise<number> {
      const t0 = performance.now();
      await new Promise<void>((resolve) => {
        const options = { name: 'fcose', animate: false, randomize: true } as LayoutOptions;
        const l = cy.elements().layout(options);
        l.one('layoutstop', () => resolve());
        l.run();
      });
      return performance.now() - t0;
    },
  };
}

function makeHook(cy: Core, canvas: HookedCanvas): ExplorerTestHook {
  return {
    elements: (q = {}) => {
      const view = viewOf(cy, q.view);
      return view ? select(view, q).map(info) : [];
    },
    count: (q = {}) => {
      const view = viewOf(cy, q.view);
      return view ? select(view, q).length : 0;
    },
    neighbours: (id) =>
      cy
        .getElementById(id)
        .neighborhood('node')
        .map((n) => n.id()),
    viewport: (selector) => {
      const view = viewOf(cy, selector);
      if (!view) return undefined;
      const e = view.extent();
      return {
        zoom: view.zoom(),
        pan: { ...view.pan() },
        width: view.width(),
        height: view.height(),
        extent: { x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2 },
        animated: view.animated(),
      };
    },
    hit: (x, y) => {
      // The renderer's own hit test: what a click at that point would meet.
      const r = (
        cy as unknown as {
          renderer(): { findNearestElement(x: number, y: number, i: boolean, t: boolean): unknown };
        }
      ).renderer();
      return Boolean(r.findNearestElement(x, y, true, false));
    },
    panTo: (p) => void cy.pan(p),
    panBy: (d) => void cy.panBy(d),
    zoomTo: (level) =>
      void cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    select: (ids) => {
      cy.elements(':selected').unselect();
      for (const id of ids) cy.getElementById(id).select();
    },
    lockNodes: () => void cy.autoungrabify(true),
    ...fixtures(cy, canvas),
  };
}

/** Puts the hook on `window` when the page was opened with the test flag; else does nothing. */
export function installTestHook(cy: Core, canvas: HookedCanvas): void {
  if (!testFlagSet()) return;
  (window as unknown as Record<string, unknown>)[TEST_HOOK] = makeHook(cy, canvas);
}
