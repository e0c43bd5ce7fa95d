// The canvas binding's half that draws the state: the loaded graph
// (state/graph-model.ts) put onto the canvas by applying the diff from the
// last graph drawn (state/graph-diff.ts). It is the only writer of the
// canvas' content: panels dispatch named actions (ui/expand.ts) instead.
import type { Graph } from '../../../../contract/index.js';
import { diffGraph, isEmptyDiff } from '../../state/graph-diff.js';
import { EMPTY_GRAPH, type LoadedGraph, type Point } from '../../state/graph-model.js';

/** What the binding needs of the canvas (ui/canvas.ts). */
export interface DrawTarget {
  add(graph: Graph, near?: string): string[];
  remove(ids: Iterable<string>): Graph;
  setHidden(ids: readonly string[], hidden: boolean): void;
  setPinned(ids: readonly string[], pinned: boolean): void;
  setPositions(p: Record<string, Point>): void;
  /** Marks nodes as placed by hand: layouts leave them where they are. */
  setMoved(ids: readonly string[], moved: boolean): void;
}

/** The node whose expansion brought `id`, where its new neighbours start. */
function nearOf(g: LoadedGraph, id: string): string | undefined {
  const o = g.origins[id]?.find((x) => x.startsWith('expand:'));
  return o?.slice('expand:'.length);
}

export class ModelBinding {
  private drawn: LoadedGraph = EMPTY_GRAPH;

  constructor(private readonly canvas: DrawTarget) {}

  /** The graph last drawn. */
  get current(): LoadedGraph {
    return this.drawn;
  }

  /** Draws `next`; returns the ids it put on the canvas. */
  draw(next: LoadedGraph): string[] {
    const prev = this.drawn;
    const d = diffGraph(prev, next);
    this.drawn = next;
    if (isEmptyDiff(d)) return [];
    if (d.remove.length) this.canvas.remove(d.remove);
    const added = this.addNear(prev, next, d.add);
    if (d.show.length) this.canvas.setHidden(d.show, false);
    if (d.hide.length) this.canvas.setHidden(d.hide, true);
    if (d.unpin.length) this.canvas.setPinned(d.unpin, false);
    const pins = Object.keys(d.pin);
    if (Object.keys(d.move).length) this.canvas.setPositions(d.move);
    if (d.unmoved.length) this.canvas.setMoved(d.unmoved, false);
    if (d.moved.length) this.canvas.setMoved(d.moved, true);
    if (pins.length) {
      this.canvas.setPositions(d.pin);
      this.canvas.setPinned(pins, true);
    }
    return added;
  }

  /**
   * New nodes go near the node whose expansion brought them, else beside a
   * neighbour already drawn (not in the crowded middle); edges after all nodes.
   */
  private addNear(prev: LoadedGraph, next: LoadedGraph, add: Graph): string[] {
    const drawnNeighbour = new Map<string, string>();
    for (const e of add.edges) {
      if (prev.nodes[e.target] && !drawnNeighbour.has(e.source))
        drawnNeighbour.set(e.source, e.target);
      if (prev.nodes[e.source] && !drawnNeighbour.has(e.target))
        drawnNeighbour.set(e.target, e.source);
    }
    const groups = new Map<string | undefined, Graph['nodes']>();
    for (const n of add.nodes) {
      const near = nearOf(next, n.id) ?? drawnNeighbour.get(n.id);
      groups.set(near, [...(groups.get(near) ?? []), n]);
    }
    const out: string[] = [];
    for (const [near, nodes] of groups) out.push(...this.canvas.add({ nodes, edges: [] }, near));
    if (add.edges.length) out.push(...this.canvas.add({ nodes: [], edges: add.edges }));
    return out;
  }
}
