// What a person does on the canvas, turned into plain callbacks with ids:
// clicks, double-clicks, right-clicks and the settled selection.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { NodeMove } from '../../state/graph-model.js';

/**
 * Double-click on a node, only when both clicks hit that node: Cytoscape
 * counts any two quick clicks, so A then B would "double-click" B. The
 * browser's own dblclick (the system's double-click speed) and Cytoscape's
 * dbltap (touch) both count, once.
 */
export function onDoubleTapNode(cy: Core, fn: (id: string) => void): void {
  let previous: string | undefined;
  let last: string | undefined;
  let firedAt = 0;
  const fire = () => {
    const node = last !== undefined && previous === last ? cy.getElementById(last) : undefined;
    if (!node?.nonempty() || !node.isNode() || performance.now() - firedAt < 600) return;
    firedAt = performance.now();
    fn(node.id());
  };
  cy.on('tap', (e) => {
    previous = last;
    const t = e.target as Core | NodeSingular;
    last = t === cy ? '' : (t as NodeSingular).id();
  });
  cy.on('dbltap', 'node', fire);
  cy.container()?.addEventListener('dblclick', fire);
}

/**
 * The selection as it settles (one call per burst of select/unselect
 * events); edges next to selected nodes are marked as it changes.
 */
export function onSelectionChange(cy: Core, fn: (ids: string[]) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  cy.on('select unselect', () => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(cy.elements(':selected').map((e) => e.id())), 30);
    cy.edges().removeClass('near-selection');
    cy.nodes(':selected').connectedEdges().addClass('near-selection');
  });
}

/** A click (tap) on a node or an edge. */
export function onTapElement(cy: Core, fn: (id: string) => void): void {
  cy.on('tap', 'node, edge', (e) => fn((e.target as NodeSingular | EdgeSingular).id()));
}

/** A click on the background. */
export function onTapBackground(cy: Core, fn: () => void): void {
  cy.on('tap', (e) => {
    if (e.target === cy) fn();
  });
}

/** Right-click (or long press): on a node (its id) or on the background (undefined). */
export function onContextMenu(
  cy: Core,
  fn: (id: string | undefined, x: number, y: number) => void,
): void {
  cy.on('cxttap', (e) => {
    const ev = e.originalEvent;
    const t = e.target as Core | NodeSingular | EdgeSingular;
    if (t === cy) fn(undefined, ev.clientX, ev.clientY);
    else if ((t as NodeSingular).isNode()) fn((t as NodeSingular).id(), ev.clientX, ev.clientY);
  });
}

/**
 * Nodes let go after a drag by hand (model coordinates). Cytoscape lets go
 * of every node of a dragged selection in one go, one event each; they are
 * reported together, so that a group drag is one step to undo.
 */
export function onNodesDragged(cy: Core, fn: (moves: NodeMove[]) => void): void {
  // Where each node was picked up, so undoing the move puts it back there.
  const from = new Map<string, { x: number; y: number }>();
  let batch: NodeMove[] = [];
  cy.on('grab', 'node', (e) => {
    const n = e.target as NodeSingular;
    from.set(n.id(), { ...n.position() });
  });
  cy.on('dragfree', 'node', (e) => {
    const n = e.target as NodeSingular;
    if (batch.length === 0)
      queueMicrotask(() => {
        const moves = batch;
        batch = [];
        fn(moves);
      });
    batch.push({ id: n.id(), at: { ...n.position() }, from: from.get(n.id()) });
    from.delete(n.id());
  });
}

/** What hovering a node says: its full name when the canvas draws it shortened, else nothing. */
export function hoverTitle(d: { name?: unknown; display?: unknown; short?: unknown }) {
  if (typeof d.name !== 'string') return undefined;
  return d.display !== d.name || d.short !== d.name ? d.name : undefined;
}

/** Hovering a node whose label is shortened shows its full name (the canvas' title). */
export function showFullNameOnHover(cy: Core): void {
  const box = cy.container();
  if (!box) return;
  cy.on('mouseover', 'node', (e) => {
    const title = hoverTitle((e.target as NodeSingular).data() as Record<string, unknown>);
    if (title) box.title = title;
    else box.removeAttribute('title');
  });
  cy.on('mouseout', 'node', () => box.removeAttribute('title'));
}
