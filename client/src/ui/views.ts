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
  move,
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
import { DRAFTS_CHANGED } from './curation/draft-layer.js';

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
  for (const [id, at] of Object.entries(spec.movedAt)) g = move(g, id, at);
  const missing = [...spec.hiddenNodes, ...spec.pinned, ...Object.keys(spec.movedAt)].filter(
    (id) => !g.nodes[id],
  );
  return { graph: { ...g, places: v.positions }, missing };
}

/** What the view functions below share: the page's parts and what the opening link could not give. */
interface ViewParts {
  ctx: Explorer;
  expander: Expander;
  filters: Panels['filters'];
  details: Panels['details'];
  states: CanvasStates;
  /** Told with the first note, then emptied. */
  unreadable: string[];
}

/** Drafts are drawn again on whatever graph is now loaded (curation/draft-layer.ts). */
const redrawDrafts = () => document.dispatchEvent(new Event(DRAFTS_CHANGED));

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
  const parts: ViewParts = { ctx, expander, ...panels, states, unreadable };
  return {
    load: () => loadView(parts),
    reset: () => resetView(parts),
    restore: (name) => restoreView(parts, name),
  };
}

async function loadView(p: ViewParts): Promise<void> {
  const { ctx, expander, states } = p;
  const { store, canvas } = ctx;
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
    const failed = await expandAll(p, spec.expanded);
    restoreMarks(p, spec, missing);
    p.filters.render();
    canvas.layout(store.get().layout);
    canvas.fit();
    restoreSelection(p, missing);
    // Loading was no step of the user's: undo starts here.
    store.update((s) => ({ loaded: resetHistory(s.loaded.present), opening: undefined }));
    states.loaded();
    document.body.dataset['ready'] = 'true';
    tellUnrestored(p, missing, failed);
    redrawDrafts();
  } catch (e) {
    states.failed(errorText(e));
    document.body.dataset['ready'] = 'true';
  }
}

/** The link's expansions, in order; returns those that failed. */
async function expandAll({ ctx, expander }: ViewParts, ids: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  for (const id of ids) {
    const node = ctx.store.get().loaded.present.nodes[id];
    if (!node) continue; // gone from the graph, or not yet as of this date
    // One layout at the end, not one per expansion running over each other.
    await expander.expand(id, { record: false, layout: false });
    if (expandedIds(ctx.store.get().loaded.present).includes(id)) continue;
    // A failed expansion (a timeout) stays asked for in the link, to be tried again.
    expander.load({ nodes: [node], edges: [] }, expansionOrigin(node.id));
    failed.push(id);
  }
  return failed;
}

/** Hidden, pinned and moved nodes the link names; ids not loaded are missing. */
function restoreMarks({ ctx, expander }: ViewParts, spec: GraphSpec, missing: string[]): void {
  const present = (id: string) => ctx.store.get().loaded.present.nodes[id] !== undefined;
  const moved = Object.keys(spec.movedAt);
  missing.push(...[...spec.hiddenNodes, ...spec.pinned, ...moved].filter((id) => !present(id)));
  expander.setHidden(spec.hiddenNodes.filter(present), true);
  expander.setPinned(spec.pinned.filter(present), spec.pinnedAt);
  expander.setMoved(spec.movedAt);
}

/** Says, once, what a link or saved view held that this graph could not show. */
function tellUnrestored(p: ViewParts, missing: string[], failed: string[] = []): void {
  const text = unrestoredText(p.unreadable, missing, failed);
  p.unreadable = [];
  if (text) showRestoreNote(text);
}

/** Selects, without moving the view, what the state selects and the canvas holds. */
function restoreSelection({ ctx, details }: ViewParts, missing: string[]): void {
  const { store, canvas } = ctx;
  const wanted = store.get().selected;
  const sel = wanted.filter((id) => canvas.has(id));
  missing.push(...wanted.filter((id) => !canvas.has(id)));
  if (sel.length) canvas.select(sel, false);
  store.update({ selected: sel });
  if (sel.length) details.show(sel.length > 1 ? undefined : sel[0]);
}

async function resetView(p: ViewParts): Promise<void> {
  const { store } = p.ctx;
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
  p.filters.render();
  await loadView(p);
}

/**
 * One store update (applyView): the view's fields and its graph together,
 * so the layout and the as-of date, changed with a graph, reload nothing.
 */
function restoreView(p: ViewParts, name: string): void {
  const { ctx, expander } = p;
  const v = savedViews().get(name);
  if (!v) return;
  const read = readState(v.state);
  p.unreadable = read.problems;
  const { graph, missing } = savedGraph(v, read.state);
  expander.reset();
  ctx.store.update({
    ...withoutSpec(read.state),
    loaded: resetHistory(graph),
    opening: undefined,
  });
  p.filters.render();
  ctx.canvas.fit();
  restoreSelection(p, missing);
  p.states.loaded();
  ctx.bus.emit('notice', { text: `Opened view “${name}”.` });
  tellUnrestored(p, missing);
  redrawDrafts();
}

/**
 * Every id the link names that the overview lacks, fetched in one request,
 * not one per id; those not in the graph are returned to be named once. The
 * Paths panel's two ends come in the same request, for their names only
 * (they are not drawn): the panel shows names, not ids, from the first look.
 */
async function fetchAbsent(ctx: Explorer, expander: Expander, spec: GraphSpec): Promise<string[]> {
  const { store } = ctx;
  const s = store.get();
  const loaded = () => store.get().loaded.present.nodes;
  const named = new Set([
    ...spec.added,
    ...spec.expanded,
    ...s.selected,
    ...spec.hiddenNodes,
    ...spec.pinned,
    ...Object.keys(spec.movedAt),
  ]);
  const absent = [...named].filter((id) => !loaded()[id]);
  const ends = [s.pathFrom, s.pathTo].filter((id): id is string => Boolean(id));
  const endsOnly = new Set(ends.filter((id) => !loaded()[id] && !named.has(id)));
  if (!absent.length && !endsOnly.size) {
    tellEndNames(ctx, ends, []);
    return [];
  }
  const ask = [...absent, ...endsOnly];
  try {
    // What panels added comes with the relationships among it and the overview.
    const links = spec.added.length > 0;
    const batch = await ctx.api.nodes(links ? [...ask, ...Object.keys(loaded())] : ask, { links });
    const wanted = new Set(spec.added);
    const byPanel = batch.nodes.filter((n) => wanted.has(n.id));
    const rest = batch.nodes.filter(
      (n) => !wanted.has(n.id) && !loaded()[n.id] && !endsOnly.has(n.id),
    );
    if (rest.length) expander.load({ nodes: rest, edges: [] }, 'link');
    if (byPanel.length || batch.edges?.length)
      expander.load({ nodes: byPanel, edges: batch.edges ?? [] }, 'canvas');
    tellEndNames(ctx, ends, batch.nodes);
    return batch.missing;
  } catch {
    return ask;
  }
}

/** Tells the Paths panel the names of the ends a link names (loaded, or just fetched). */
function tellEndNames(ctx: Explorer, ends: string[], fetched: readonly GraphNode[]): void {
  const loaded = ctx.store.get().loaded.present.nodes;
  const names: Record<string, string> = {};
  for (const id of ends) {
    const name = loaded[id]?.name ?? fetched.find((n) => n.id === id)?.name;
    if (name) names[id] = name;
  }
  if (Object.keys(names).length) ctx.bus.emit('names', names);
}
