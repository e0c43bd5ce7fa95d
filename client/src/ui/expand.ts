// Growing and pruning the canvas: expand (with paging when the API caps the
// neighbours), hide, pin and focus — each recorded for undo/redo.
import type { Graph } from '../../../contract/index.js';
import { shorten } from '../graph/elements.js';
import { UndoStack } from '../state/undo.js';
import type { Ctx } from './context.js';
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

  constructor(private readonly ctx: Ctx) {}

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
    const { canvas, api, bus, state } = this.ctx;
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
      const node = canvas.nodeById(id);
      if (node) {
        node.data('omitted', more);
        node.data('displayMore', `${shorten(String(node.data('name')))} (+${more} more)`);
      }
      if (!state.expanded.includes(id)) state.expanded.push(id);
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
      this.ctx.saveUrl();
      const name = String(node?.data('name') ?? id);
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
    const shown = ids.filter(
      (id) => canvas.has(id) && !canvas.cy.getElementById(id).hasClass('hidden'),
    );
    if (!shown.length) return;
    this.setHidden(shown, true);
    this.undo.push({ kind: 'hide', ids: shown });
    this.changed();
  }

  /** Hides or shows nodes by hand, in the state (and so the URL) and on the canvas. */
  setHidden(ids: string[], hidden: boolean): void {
    const { canvas, state } = this.ctx;
    const set = new Set(state.hiddenNodes);
    for (const id of ids) {
      canvas.cy.getElementById(id).toggleClass('hidden', hidden);
      if (hidden) set.add(id);
      else set.delete(id);
    }
    state.hiddenNodes = [...set];
    this.ctx.saveUrl();
  }

  showHidden(): void {
    const hidden = this.ctx.canvas.cy.elements('.hidden');
    hidden.removeClass('hidden');
    this.ctx.state.hiddenNodes = [];
    this.ctx.saveUrl();
    this.changed();
  }

  /** Shows only the selection, its neighbourhood kept out of view (undoable like hide). */
  focus(ids: string[]): void {
    const { cy } = this.ctx.canvas;
    const keep = new Set(ids);
    const others = cy
      .nodes()
      .filter((n) => !keep.has(n.id()) && !n.hasClass('hidden'))
      .map((n) => n.id());
    this.hide(others);
    this.ctx.canvas.fit();
  }

  togglePin(id: string): void {
    const n = this.ctx.canvas.nodeById(id);
    if (!n) return;
    this.setPinned([id], !n.data('pinned'));
    this.changed();
  }

  /** Pins or unpins nodes, in the state (and so the URL) and on the canvas. */
  setPinned(ids: string[], pinned: boolean): void {
    const { canvas, state } = this.ctx;
    const set = new Set(state.pinned);
    for (const id of ids) {
      const n = canvas.nodeById(id);
      if (!n) continue;
      n.data('pinned', pinned);
      if (pinned) n.lock();
      else n.unlock();
      if (pinned) set.add(id);
      else set.delete(id);
    }
    state.pinned = [...set];
    this.ctx.saveUrl();
  }

  doUndo(): void {
    const a = this.undo.undo();
    if (!a) return;
    const { canvas, state } = this.ctx;
    if (a.kind === 'add') {
      canvas.remove([...a.graph.nodes.map((n) => n.id), ...a.graph.edges.map((e) => e.id)]);
      canvas.setPositions(a.positions);
      const present = new Set(canvas.cy.nodes().map((n) => n.id()));
      state.expanded = state.expanded.filter((id) => present.has(id));
    } else {
      this.setHidden(a.ids, false);
    }
    this.ctx.saveUrl();
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
    this.ctx.saveUrl();
    this.changed();
  }

  /** Puts a node on the canvas (fetching it) and selects it. */
  async reveal(id: string): Promise<void> {
    const { canvas, api, bus } = this.ctx;
    if (!canvas.has(id)) {
      const d = await api.node(id);
      canvas.add({ nodes: [d.node], edges: [] });
      await this.expand(id);
    } else if (canvas.cy.getElementById(id).hasClass('hidden')) {
      this.setHidden([id], false);
    }
    canvas.select([id]);
    bus.emit('select', { ids: [id], from: 'reveal' });
  }
}
