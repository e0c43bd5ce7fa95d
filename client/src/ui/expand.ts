// Growing and pruning the canvas: expand (with paging when the API caps the
// neighbours), hide, pin and focus — each recorded for undo/redo.
import type { Graph } from '../../../contract/index.js';
import { toggled } from '../state/store.js';
import { UndoStack } from '../state/undo.js';
import type { Explorer } from './explorer.js';
import { errorText } from './dom.js';

type Action =
  | { kind: 'add'; graph: Graph; positions: Record<string, { x: number; y: number }> }
  | { kind: 'hide'; ids: string[] };

/** Neighbours fetched per expansion; the rest are offered as "N more". */
export const PAGE = 25;

export class Expander {
  readonly undo = new UndoStack<Action>();
  /** How many neighbours of a node have been fetched, to page with skip. */
  private fetched = new Map<string, number>();
  private listeners: (() => void)[] = [];

  constructor(private readonly ctx: Explorer) {}

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
    this.ctx.bus.emit('graph');
  }

  /** Forgets paging, e.g. after "as of" reloads everything. */
  reset(): void {
    this.fetched.clear();
    this.undo.clear();
    this.changed();
  }

  /**
   * Brings in a node's neighbours. Expanding again after a capped expansion
   * fetches the next page. `types` limits it to some relationship types.
   */
  async expand(
    id: string,
    opts: { types?: string[]; record?: boolean; layout?: boolean } = {},
  ): Promise<number> {
    const { canvas, api, bus, store } = this.ctx;
    const key = `${id}|${(opts.types ?? []).join(',')}`;
    try {
      const before = canvas.positions();
      let skip = this.fetched.get(key) ?? 0;
      let added: string[] = [];
      let more = 0;
      // A page may hold only neighbours already on the canvas: keep paging
      // (a few pages at most) until something new arrives.
      for (let page = 0; page < 5; page++) {
        const n = await api.neighbors(id, {
          limit: PAGE,
          skip,
          types: opts.types,
          ...this.ctx.asOf(),
        });
        skip += n.returned;
        this.fetched.set(key, skip);
        added = added.concat(canvas.add(n.graph, id));
        more = Math.max(0, n.total - skip);
        if (added.length > 0 || more === 0 || n.returned === 0) break;
      }
      canvas.setOmitted(id, more);
      store.update((s) => (s.expanded.includes(id) ? {} : { expanded: [...s.expanded, id] }));
      if (opts.record !== false && added.length) {
        const addedSet = new Set(added);
        const graph = canvas.allGraph();
        this.undo.push({
          kind: 'add',
          graph: {
            nodes: graph.nodes.filter((x) => addedSet.has(x.id)),
            edges: graph.edges.filter((x) => addedSet.has(x.id)),
          },
          positions: Object.fromEntries(before),
        });
      }
      if (added.length && opts.layout !== false) canvas.layout(canvas.layoutName, true);
      const name = canvas.nameOf(id) ?? id;
      bus.emit('notice', {
        text:
          (added.length
            ? `${added.length} new element${added.length === 1 ? '' : 's'} around ${name}.`
            : `Nothing new around ${name}.`) +
          (more > 0 ? ` ${more} more — double-click again or use the menu to load them.` : ''),
      });
      this.changed();
      return added.length;
    } catch (e) {
      bus.emit('notice', { text: `Could not expand: ${errorText(e)}`, kind: 'error' });
      return 0;
    }
  }

  hide(ids: string[]): void {
    const { canvas } = this.ctx;
    const shown = ids.filter((id) => canvas.has(id) && !canvas.isHidden(id));
    if (!shown.length) return;
    this.setHidden(shown, true);
    this.undo.push({ kind: 'hide', ids: shown });
    this.changed();
  }

  /** Hides or shows nodes by hand, in the store (and so the URL) and on the canvas. */
  setHidden(ids: string[], hidden: boolean): void {
    this.ctx.canvas.setHidden(ids, hidden);
    this.ctx.store.update((s) => ({ hiddenNodes: toggled(s.hiddenNodes, ids, hidden) }));
  }

  showHidden(): void {
    this.ctx.canvas.showAllHidden();
    this.ctx.store.update({ hiddenNodes: [] });
    this.changed();
  }

  /** Shows only the selection, its neighbourhood kept out of view (undoable like hide). */
  focus(ids: string[]): void {
    const { canvas } = this.ctx;
    const keep = new Set(ids);
    this.hide(canvas.nodeIds().filter((id) => !keep.has(id) && !canvas.isHidden(id)));
    canvas.fit();
  }

  togglePin(id: string): void {
    if (!this.ctx.canvas.has(id)) return;
    this.setPinned([id], !this.ctx.canvas.isPinned(id));
    this.changed();
  }

  /** Pins or unpins nodes, in the store (and so the URL) and on the canvas. */
  setPinned(ids: string[], pinned: boolean): void {
    const present = ids.filter((id) => this.ctx.canvas.has(id));
    this.ctx.canvas.setPinned(present, pinned);
    this.ctx.store.update((s) => ({ pinned: toggled(s.pinned, present, pinned) }));
  }

  doUndo(): void {
    const a = this.undo.undo();
    if (!a) return;
    const { canvas, store } = this.ctx;
    if (a.kind === 'add') {
      canvas.remove([...a.graph.nodes.map((n) => n.id), ...a.graph.edges.map((e) => e.id)]);
      canvas.setPositions(a.positions);
      store.update((s) => ({ expanded: s.expanded.filter((id) => canvas.has(id)) }));
    } else {
      this.setHidden(a.ids, false);
    }
    this.changed();
  }

  doRedo(): void {
    const a = this.undo.redo();
    if (!a) return;
    const { canvas } = this.ctx;
    if (a.kind === 'add') {
      canvas.add(a.graph);
      canvas.layout(canvas.layoutName, true);
    } else {
      this.setHidden(a.ids, true);
    }
    this.changed();
  }

  /** Puts a node on the canvas (fetching it) and selects it. */
  async reveal(id: string): Promise<void> {
    const { canvas, api, store } = this.ctx;
    if (!canvas.has(id)) {
      const d = await api.node(id);
      canvas.add({ nodes: [d.node], edges: [] });
      await this.expand(id);
    } else if (canvas.isHidden(id)) {
      this.setHidden([id], false);
    }
    // Centred here too: a node already selected is not a store change.
    canvas.select([id]);
    store.update({ selected: [id] });
  }
}
