// What the canvas binding must do to go from one loaded graph to the next:
// add, remove, hide, show, pin (with a place) and unpin. Pure, so the one
// place that draws the state into Cytoscape applies a plan it did not compute.
import type { Graph } from '../../../contract/index.js';
import type { LoadedGraph, Point } from './graph-model.js';

export interface GraphDiff {
  /** New nodes and edges, edges only with both ends present after the change. */
  add: Graph;
  /** Element ids to take off (a node's edges go with it). */
  remove: string[];
  hide: string[];
  show: string[];
  /** Nodes to pin, each at its place. */
  pin: Record<string, Point>;
  unpin: string[];
  /** Places to put nodes to (an undone step's layout, a node dragged), when the state names them. */
  move: Record<string, Point>;
  /** Nodes now moved by hand (layouts leave them be), and those no longer. */
  moved: string[];
  unmoved: string[];
}

export function isEmptyDiff(d: GraphDiff): boolean {
  return (
    d.add.nodes.length + d.add.edges.length + d.remove.length + d.hide.length + d.show.length ===
      0 &&
    Object.keys(d.pin).length === 0 &&
    d.unpin.length === 0 &&
    d.moved.length + d.unmoved.length === 0 &&
    Object.keys(d.move).length === 0
  );
}

export function diffGraph(prev: LoadedGraph, next: LoadedGraph): GraphDiff {
  const d: GraphDiff = {
    add: { nodes: [], edges: [] },
    remove: [],
    hide: [],
    show: [],
    pin: {},
    unpin: [],
    move: {},
    moved: [],
    unmoved: [],
  };
  if (prev === next) return d;
  if (next.places && next.places !== prev.places)
    for (const [id, p] of Object.entries(next.places)) if (next.nodes[id]) d.move[id] = p;
  for (const [id, n] of Object.entries(next.nodes)) if (!prev.nodes[id]) d.add.nodes.push(n);
  for (const [id, e] of Object.entries(next.edges)) if (!prev.edges[id]) d.add.edges.push(e);
  for (const id of Object.keys(prev.nodes)) if (!next.nodes[id]) d.remove.push(id);
  for (const id of Object.keys(prev.edges)) if (!next.edges[id]) d.remove.push(id);
  const wasHidden = new Set(prev.hidden);
  const isHidden = new Set(next.hidden);
  d.hide = next.hidden.filter((id) => !wasHidden.has(id));
  d.show = prev.hidden.filter((id) => !isHidden.has(id) && next.nodes[id] !== undefined);
  for (const [id, p] of Object.entries(next.pins)) {
    const was = prev.pins[id];
    if (!was || was.x !== p.x || was.y !== p.y) d.pin[id] = p;
  }
  d.unpin = Object.keys(prev.pins).filter((id) => !next.pins[id] && next.nodes[id] !== undefined);
  for (const [id, p] of Object.entries(next.moved)) {
    const was = prev.moved[id];
    if (!was || was.x !== p.x || was.y !== p.y) d.move[id] = p;
    if (!was) d.moved.push(id);
  }
  d.unmoved = Object.keys(prev.moved).filter(
    (id) => !next.moved[id] && next.nodes[id] !== undefined,
  );
  return d;
}
