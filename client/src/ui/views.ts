// The view as a whole: loading the overview with the graph a link or the
// state names, putting back a saved view (its own graph and positions), and
// Reset. What could not be restored is told once, under the header. The
// graph goes into the store's model (state/graph-model.ts); the canvas
// binding draws it.
import type { GraphNode } from '../../../contract/index.js';
import { reset as resetHistory } from '../state/action-history.js';
import {
  EMPTY_GRAPH,
  addGraph,
  expandedIds,
  expansionOrigin,
  hide,
  pin,
  type LoadedGraph,
} from '../state/graph-model.js';
import { savedViews, type SavedView } from '../state/storage.js';
import { specOfState } from '../state/store.js';
import {
  emptySpec,
  emptyState,
  readState,
  unrestoredText,
  withoutSpec,
  type GraphSpec,
} from '../state/url-state.js';
import type { CanvasStates } from './canvas-states.js';
import { errorText } from './dom.js';
import type { Expander } from './expand.js';
import type { Explorer } from './explorer.js';
import type { Panels } from './panels.js';
import { showRestoreNote } from './status.js';

const OVERVIEW_SIZE = 40;

export interface Views {
  /**
   * The overview, then the graph the state names (the link's while it opens,
   * else the one loaded: a new as-of date loads it again), then the selection.
   */
  load(): Promise<void>;
  /** Back to the overview, keeping the layout, the as-of date and the open panel. */
  reset(): Promise<void>;
  /** Puts a saved view back, by name. */
  restore(name: string): void;
}

/**
 * A saved view's graph as a model state: its elements under `view:<name>`
 * (its additions under `canvas`), its expansions noted, its hidden nodes, its pins (where the link put them, else where they
 * stood) and every node's place. Pure.
 */
export function savedGraph(v: Pick<SavedView, 'name' | 'graph' | 'positions'>, spec: GraphSpec) {
  // Its link's additions and expansions noted as such, so the link written from it names them again.
  const added = new Set(spec.added);
  const nodes = (keep: (id: string) => boolean) => v.graph.nodes.filter((n) => keep(n.id));
  const origin = `view:${v.name}`;
  let g: LoadedGraph = addGraph(
    EMPTY_GRAPH,
    { nodes: nodes((id) => !added.has(id)), edges: [] },
    origin,
  );
  g = addGraph(g, { nodes: nodes((id) => added.has(id)), edges: [] }, 'canvas');
  for (const n of nodes((id) => spec.expanded.includes(id)))
    g = addGraph(g, { nodes: [n], edges: [] }, expansionOrigin(n.id));
  g = addGraph(g, { nodes: [], edges: v.graph.edges }, origin);
  g = hide(g, spec.hiddenNodes);
  for (const id of spec.pinned) {
    const at = spec.pinnedAt[id] ?? v.positions[id];
    if (at) g = pin(g, id, at);
  }
  const missing = [...spec.hiddenNodes, ...spec.pinned].filter((id) => !g.nodes[id]);
  return { graph: { ...g, places: v.positions }, missing };
}

/**
 * `unreadable` is what the opening link held that could not be read; it is
 * told with the first load's note.
 */
export function setupViews(
  ctx: Explorer,
  expander: Expander,
  panels: Pick<Panels, 'filters' | 'details'>,
  states: CanvasStates,
  unreadable: string[],
): Views {
  const { store, canvas } = ctx;
  const { filters, details } = panels;

  async function loadView(): Promise<void> {
    const spec = specOfState(store.get());
    // Until it is loaded the link keeps naming this graph.
    store.update({ opening: spec });
    states.loading();
    expander.reset();
    try {
      expander.load(await ctx.api.overview(OVERVIEW_SIZE, ctx.asOf()), 'overview');
      // Every id the link names that the overview lacks, fetched at once:
      // one request, not one per id; those not in the graph are named once.
      const missing = await fetchAbsent(ctx, expander, spec);
      const failed = await expandAll(spec.expanded);
      restoreMarks(spec, missing);
      filters.render();
      canvas.layout(store.get().layout);
      canvas.fit();
      restoreSelection(missing);
      // Loading was no step of the user's: undo starts here.
      store.update((s) => ({ loaded: resetHistory(s.loaded.present), opening: undefined }));
      states.loaded();
      document.body.dataset['ready'] = 'true';
      tellUnrestored(missing, failed);
    } catch (e) {
      states.failed(errorText(e));
      document.body.dataset['ready'] = 'true';
    }
  }

  /** The link's expansions, in order; returns those that failed. */
  async function expandAll(ids: readonly string[]): Promise<string[]> {
    const failed: string[] = [];
    for (const id of ids) {
      const node = store.get().loaded.present.nodes[id];
      if (!node) continue; // gone from the graph, or not yet as of this date
      // One layout at the end, not one per expansion running over each other.
      await expander.expand(id, { record: false, layout: false });
      if (expandedIds(store.get().loaded.present).includes(id)) continue;
      // A failed expansion (a timeout) stays asked for in the link, to be tried again.
      keepAsked(node);
      failed.push(id);
    }
    return failed;
  }

  function keepAsked(node: GraphNode): void {
    expander.load({ nodes: [node], edges: [] }, expansionOrigin(node.id));
  }

  /** Hidden and pinned nodes the link names; ids not loaded are missing. */
  function restoreMarks(spec: GraphSpec, missing: string[]): void {
    const present = (id: string) => store.get().loaded.present.nodes[id] !== undefined;
    missing.push(...[...spec.hiddenNodes, ...spec.pinned].filter((id) => !present(id)));
    expander.setHidden(spec.hiddenNodes.filter(present), true);
    expander.setPinned(spec.pinned.filter(present), spec.pinnedAt);
  }

  /** Says, once, what a link or saved view held that this graph could not show. */
  function tellUnrestored(missing: string[], failed: string[] = []): void {
    const text = unrestoredText(unreadable, missing, failed);
    unreadable = [];
    if (text) showRestoreNote(text);
  }

  /** Selects, without moving the view, what the state selects and the canvas holds. */
  function restoreSelection(missing: string[]): void {
    const wanted = store.get().selected;
    const sel = wanted.filter((id) => canvas.has(id));
    missing.push(...wanted.filter((id) => !canvas.has(id)));
    if (sel.length) canvas.select(sel, false);
    store.update({ selected: sel });
    if (sel.length) details.show(sel.length > 1 ? undefined : sel[0]);
  }

  async function resetView(): Promise<void> {
    const { layout, asOf, clock, panel } = store.get();
    store.update({
      ...withoutSpec(emptyState()),
      layout,
      asOf,
      clock,
      panel,
      drawAll: false,
      opening: emptySpec(),
    });
    filters.render();
    await loadView();
  }

  /**
   * One store update (applyView): the view's fields and its graph together,
   * so the layout and the as-of date, changed with a graph, reload nothing.
   */
  function restoreView(name: string): void {
    const v = savedViews().get(name);
    if (!v) return;
    const read = readState(v.state);
    unreadable = read.problems;
    const { graph, missing } = savedGraph(v, read.state);
    expander.reset();
    store.update({
      ...withoutSpec(read.state),
      loaded: resetHistory(graph),
      opening: undefined,
    });
    filters.render();
    canvas.fit();
    restoreSelection(missing);
    states.loaded();
    ctx.bus.emit('notice', { text: `Opened view “${name}”.` });
    tellUnrestored(missing);
  }

  return { load: loadView, reset: resetView, restore: restoreView };
}

/**
 * The nodes the link names (added by panels, expanded, selected, hidden,
 * pinned) that the overview lacks, loaded from one batch read; returns the
 * ids the graph does not have. A failed read leaves them all missing.
 */
async function fetchAbsent(ctx: Explorer, expander: Expander, spec: GraphSpec): Promise<string[]> {
  const { store } = ctx;
  const s = store.get();
  const loaded = () => store.get().loaded.present.nodes;
  const absent = [
    ...new Set([
      ...spec.added,
      ...spec.expanded,
      ...s.selected,
      ...spec.hiddenNodes,
      ...spec.pinned,
    ]),
  ].filter((id) => !loaded()[id]);
  if (!absent.length) return [];
  try {
    // What panels added comes with the relationships among it and the overview.
    const links = spec.added.length > 0;
    const batch = await ctx.api.nodes(links ? [...absent, ...Object.keys(loaded())] : absent, {
      links,
    });
    const wanted = new Set(spec.added);
    const byPanel = batch.nodes.filter((n) => wanted.has(n.id));
    const rest = batch.nodes.filter((n) => !wanted.has(n.id) && !loaded()[n.id]);
    if (rest.length) expander.load({ nodes: rest, edges: [] }, 'link');
    if (byPanel.length || batch.edges?.length)
      expander.load({ nodes: byPanel, edges: batch.edges ?? [] }, 'canvas');
    return batch.missing;
  } catch {
    return absent;
  }
}
