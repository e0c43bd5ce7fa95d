// Growing and pruning the canvas as named actions on the store's loaded
// graph (state/graph-model.ts): expand (with paging when the API caps the
// neighbours), hide, show, pin, focus. Each user step is one entry of the
// store's history, so undo and redo walk every kind of step on one stack;
// the canvas binding (ui/canvas/model-binding.ts) draws whatever results.
import type { Graph } from '../../../contract/index.js';
import {
  canRedo,
  canUndo,
  record,
  redo as redoStep,
  startHistory,
  undo as undoStep,
} from '../state/action-history.js';
import {
  EMPTY_GRAPH,
  addGraph,
  expand as expandGraph,
  hide as hideNodes,
  move,
  pin,
  placed,
  show,
  unpin,
  type LoadedGraph,
  type NodeMove,
  type Origin,
} from '../state/graph-model.js';
import type { Explorer } from './explorer.js';
import { errorText } from './dom.js';
import { dispatch } from './graph-actions.js';

/** Neighbours fetched per expansion; the rest are offered as "N more". */
export const PAGE = 25;

/**
 * Said when the server's per-hop caps cut a neighbourhood (a node with more
 * links than one request reads): the count may understate it.
 */
export const CAPPED_NOTE =
  ' The server cut this neighbourhood at its per-request caps, so the count may be low: load more, or expand from a nearer node.';

/** Element ids in `next` that `prev` lacks. */
function newIds(prev: LoadedGraph, next: LoadedGraph): string[] {
  return [
    ...Object.keys(next.nodes).filter((id) => !prev.nodes[id]),
    ...Object.keys(next.edges).filter((id) => !prev.edges[id]),
  ];
}

export class Expander {
  /** How many neighbours of a node have been fetched, to page with skip. */
  private fetched = new Map<string, number>();

  constructor(private readonly ctx: Explorer) {}

  private get graph(): LoadedGraph {
    return this.ctx.store.get().loaded.present;
  }

  /** Whether there is a step to undo and one to redo (the toolbar's buttons). */
  get undo(): { canUndo: boolean; canRedo: boolean } {
    const h = this.ctx.store.get().loaded;
    return { canUndo: canUndo(h), canRedo: canRedo(h) };
  }

  onChange(fn: () => void): void {
    this.ctx.store.subscribe(['loaded'], () => fn());
  }

  private apply(name: string, action: (g: LoadedGraph) => LoadedGraph, step = true): void {
    dispatch(this.ctx.store, name, action, step);
  }

  /** Forgets paging and empties the loaded graph, e.g. before the view loads again. */
  reset(): void {
    this.fetched.clear();
    this.ctx.store.update({ loaded: startHistory(EMPTY_GRAPH) });
  }

  /** What was loaded so far is where undo starts (a view finished loading). */
  settle(): void {
    this.ctx.store.update((s) => ({ loaded: startHistory(s.loaded.present) }));
  }

  /** Elements a view brings while it loads: no step (loading is none of the user's). */
  load(graph: Graph, origin: Origin): void {
    this.apply('load', (g) => addGraph(g, graph, origin), false);
  }

  /**
   * A panel's elements put on the canvas (a path, a chain, a query's result)
   * as one named step; new ones are laid out among the rest. Returns how
   * many elements were new.
   */
  add(name: string, origin: Origin, graph: Graph, layout = true): number {
    const before = this.graph;
    this.apply(name, (g) => addGraph(g, graph, origin));
    const added = newIds(before, this.graph).length;
    const { canvas } = this.ctx;
    if (added && layout) canvas.layout(canvas.layoutName, true);
    return added;
  }

  /**
   * Brings in a node's neighbours. Expanding again after a capped expansion
   * fetches the next page. `types` limits it to some relationship types.
   */
  async expand(
    id: string,
    opts: { types?: string[]; record?: boolean; layout?: boolean } = {},
  ): Promise<number> {
    const { canvas, bus } = this.ctx;
    try {
      const { pages, more, capped } = await this.fetchNeighbours(id, opts.types);
      const places = Object.fromEntries(canvas.positions());
      let added = 0;
      this.ctx.store.update((s) => {
        const before = placed(s.loaded.present, places);
        let next = before;
        for (const g of pages) next = expandGraph(next, id, g);
        next = { ...next, places: undefined };
        added = newIds(before, next).length;
        const loaded =
          opts.record !== false && added > 0
            ? record({ ...s.loaded, present: before }, 'expand', next)
            : { ...s.loaded, present: next };
        return { loaded };
      });
      canvas.setOmitted(id, more);
      if (added && opts.layout !== false) canvas.layout(canvas.layoutName, true);
      const name = canvas.nameOf(id) ?? id;
      bus.emit('notice', {
        text:
          (added
            ? `${added} new element${added === 1 ? '' : 's'} around ${name}.`
            : `Nothing new around ${name}.`) +
          (more > 0 ? ` ${more} more — double-click again or use the menu to load them.` : '') +
          (capped ? CAPPED_NOTE : ''),
      });
      return added;
    } catch (e) {
      bus.emit('notice', { text: `Could not expand: ${errorText(e)}`, kind: 'error' });
      return 0;
    }
  }

  /**
   * The next pages of a node's neighbours: a page may hold only neighbours
   * already loaded, so it keeps paging (a few pages at most) until something
   * new arrives.
   */
  private async fetchNeighbours(
    id: string,
    types: string[] | undefined,
  ): Promise<{ pages: Graph[]; more: number; capped: boolean }> {
    const key = `${id}|${(types ?? []).join(',')}`;
    let skip = this.fetched.get(key) ?? 0;
    let g = this.graph;
    const pages: Graph[] = [];
    let more = 0;
    let capped = false;
    for (let page = 0; page < 5; page++) {
      const n = await this.ctx.api.neighbors(id, { limit: PAGE, skip, types, ...this.ctx.asOf() });
      skip += n.returned;
      this.fetched.set(key, skip);
      pages.push(n.graph);
      const next = expandGraph(g, id, n.graph);
      const fresh = newIds(g, next).length;
      g = next;
      more = Math.max(0, n.total - skip);
      capped ||= n.capped;
      if (fresh > 0 || more === 0 || n.returned === 0) break;
    }
    return { pages, more, capped };
  }

  hide(ids: string[]): void {
    this.apply('hide', (g) => hideNodes(g, ids));
  }

  /** Hides or shows nodes by hand without a step (a view being restored). */
  setHidden(ids: string[], hidden: boolean): void {
    this.apply('hide', (g) => (hidden ? hideNodes(g, ids) : show(g, ids)), false);
  }

  showHidden(): void {
    this.apply('show', (g) => show(g));
  }

  /** Shows only the selection, its neighbourhood kept out of view (undoable like hide). */
  focus(ids: string[]): void {
    const keep = new Set(ids);
    this.hide(Object.keys(this.graph.nodes).filter((id) => !keep.has(id)));
    this.ctx.canvas.fit();
  }

  togglePin(id: string): void {
    const g = this.graph;
    if (!g.nodes[id]) return;
    if (g.pins[id]) this.apply('unpin', (s) => unpin(s, id));
    else {
      const at = this.ctx.canvas.positions().get(id);
      if (at) this.apply('pin', (s) => pin(s, id, at));
    }
  }

  /**
   * Nodes dragged by hand and let go, each at its `at` (one step, a group
   * drag too; a pinned one stays pinned there). Undo puts them back where
   * they were picked up (`from`).
   */
  moved(moves: readonly NodeMove[]): void {
    this.ctx.store.update((s) => {
      const present = s.loaded.present;
      const next = moves.reduce((g, m) => move(g, m.id, m.at), present);
      if (next === present) return {};
      const from = Object.fromEntries(moves.flatMap((m) => (m.from ? [[m.id, m.from]] : [])));
      const before = Object.keys(from).length ? placed(present, from) : present;
      const step = record({ ...s.loaded, present: before }, 'move', { ...next, places: undefined });
      return { loaded: step };
    });
  }

  /** Puts nodes where a link or saved view says they were dragged, without a step. */
  setMoved(at: Readonly<Record<string, { x: number; y: number }>>): void {
    this.apply('move', (g) => Object.entries(at).reduce((s, [id, p]) => move(s, id, p), g), false);
  }

  /**
   * Pins nodes without a step (a view being loaded): each where the link put
   * it (`at`), else where it stands.
   */
  setPinned(ids: string[], at: Readonly<Record<string, { x: number; y: number }>>): void {
    const where = this.ctx.canvas.positions();
    for (const [id, p] of Object.entries(at)) where.set(id, p);
    this.apply(
      'pin',
      (g) =>
        ids.reduce((s, id) => {
          const p = where.get(id);
          return p ? pin(s, id, p) : s;
        }, g),
      false,
    );
  }

  doUndo(): void {
    this.ctx.store.update((s) => {
      const loaded = undoStep(s.loaded);
      return loaded === s.loaded ? {} : { loaded };
    });
  }

  doRedo(): void {
    const before = this.graph;
    this.ctx.store.update((s) => {
      const loaded = redoStep(s.loaded);
      return loaded === s.loaded ? {} : { loaded };
    });
    const { canvas } = this.ctx;
    if (newIds(before, this.graph).length) canvas.layout(canvas.layoutName, true);
  }

  /** Puts a node on the canvas (fetching it) and selects it. */
  async reveal(id: string): Promise<void> {
    const { canvas, api, store } = this.ctx;
    if (!this.graph.nodes[id] && !canvas.has(id)) {
      const d = await api.node(id);
      this.apply('reveal', (g) => addGraph(g, { nodes: [d.node], edges: [] }, 'search'), false);
      await this.expand(id);
    } else if (this.graph.hidden.includes(id)) {
      this.setHidden([id], false);
    }
    // Centred here too: a node already selected is not a store change.
    canvas.select([id]);
    store.update({ selected: [id] });
  }
}
