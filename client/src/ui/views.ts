// The view as a whole: loading the overview with every expansion a link or
// the state holds, putting back a saved view (its own graph and positions),
// and Reset. What could not be restored is told once, under the header.
import { unrestoredText, emptyState, readState } from '../state/url-state.js';
import { savedViews } from '../state/storage.js';
import type { CanvasStates } from './canvas-states.js';
import { errorText } from './dom.js';
import type { Expander } from './expand.js';
import type { Explorer } from './explorer.js';
import type { Panels } from './panels.js';
import { showRestoreNote } from './status.js';

const OVERVIEW_SIZE = 40;

export interface Views {
  /** The overview, then every expansion in the state, then hidden, pins, selection and layout. */
  load(): Promise<void>;
  /** Back to the overview, keeping the layout, the as-of date and the open panel. */
  reset(): Promise<void>;
  /** Puts a saved view back, by name. */
  restore(name: string): void;
  /** True while a saved view is put back: it brings its own graph, so nothing reloads. */
  restoring(): boolean;
}

/**
 * `unreadable` is what the opening link held that could not be read; it is
 * told with the first load's note.
 */
export function setupViews(
  ctx: Explorer,
  expander: Expander,
  panels: Pick<Panels, 'filters' | 'details' | 'asOf' | 'toolbar'>,
  states: CanvasStates,
  unreadable: string[],
): Views {
  const { store, canvas } = ctx;
  const { filters, details, asOf, toolbar } = panels;
  let restoring = false;

  /** The overview, then every expansion in the state, then hidden, pins, selection and layout. */
  async function loadView(): Promise<void> {
    const expanded = [...store.get().expanded];
    // What panels had added: the overview's adoption below rewrites the field.
    const added = [...store.get().added];
    states.loading();
    canvas.clear();
    expander.reset();
    try {
      expander.adopt(await ctx.api.overview(OVERVIEW_SIZE, ctx.asOf()), 'overview');
      const failed: string[] = [];
      // Every id the state names that the overview lacks, fetched at once:
      // one request, not one per id; those not in the graph are named once.
      const missing = await fetchAbsent(ctx, expander, added);
      store.update({ expanded: [] });
      for (const id of expanded) {
        if (!canvas.has(id)) continue; // gone from the graph, or not yet as of this date
        // One layout at the end, not one per expansion running over each other.
        await expander.expand(id, { record: false, layout: false });
        // A failed expansion (a timeout) stays in the link, to be tried again.
        if (!store.get().expanded.includes(id)) {
          store.update((s) => ({ expanded: [...s.expanded, id] }));
          failed.push(id);
        }
      }
      restoreMarks(missing);
      filters.apply(true);
      filters.render();
      canvas.layout(store.get().layout);
      canvas.fit();
      restoreSelection(missing);
      // Loading was no step of the user's: undo starts here.
      expander.settle();
      states.loaded();
      document.body.dataset['ready'] = 'true';
      tellUnrestored(missing, failed);
    } catch (e) {
      states.failed(errorText(e));
      document.body.dataset['ready'] = 'true';
    }
  }

  /** Hidden and pinned nodes from the state onto the canvas; ids not there are missing. */
  function restoreMarks(missing: string[]): void {
    const { hiddenNodes, pinned } = store.get();
    const present = (id: string) => canvas.has(id);
    missing.push(
      ...hiddenNodes.filter((id) => !present(id)),
      ...pinned.filter((id) => !present(id)),
    );
    expander.setHidden(hiddenNodes.filter(present), true);
    expander.setPinned(pinned.filter(present), true);
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
    store.update({ ...emptyState(), layout, asOf, clock, panel, drawAll: false });
    filters.render();
    await loadView();
  }

  function restoreView(name: string): void {
    const v = savedViews().get(name);
    if (!v) return;
    const read = readState(v.state);
    unreadable = read.problems;
    // The view brings its own graph and positions: no reload, no new layout.
    restoring = true;
    store.update(read.state);
    restoring = false;
    canvas.layoutName = read.state.layout;
    asOf.sync();
    toolbar.syncLayout();
    canvas.clear();
    expander.reset();
    expander.adopt(v.graph, `view:${name}`);
    canvas.setPositions(v.positions);
    const missing: string[] = [];
    restoreMarks(missing);
    filters.apply(true);
    filters.render();
    canvas.fit();
    restoreSelection(missing);
    expander.settle();
    states.loaded();
    ctx.bus.emit('notice', { text: `Opened view “${name}”.` });
    tellUnrestored(missing);
  }

  return {
    load: loadView,
    reset: resetView,
    restore: restoreView,
    restoring: () => restoring,
  };
}

/**
 * The nodes the state names (added by panels, expanded, selected, hidden,
 * pinned) that are not on the canvas, put there from one batch read; returns the ids the
 * graph does not have. A failed read leaves them all missing.
 */
async function fetchAbsent(
  ctx: Explorer,
  expander: Expander,
  added: readonly string[],
): Promise<string[]> {
  const { store, canvas } = ctx;
  const s = store.get();
  const absent = [
    ...new Set([...added, ...s.expanded, ...s.selected, ...s.hiddenNodes, ...s.pinned]),
  ].filter((id) => !canvas.has(id));
  if (!absent.length) return [];
  try {
    // What panels added comes with the relationships among it and the overview.
    const links = added.length > 0;
    const batch = await ctx.api.nodes(links ? [...absent, ...canvas.nodeIds()] : absent, {
      links,
    });
    const wanted = new Set(added);
    const byPanel = batch.nodes.filter((n) => wanted.has(n.id));
    const rest = batch.nodes.filter((n) => !wanted.has(n.id) && !canvas.has(n.id));
    if (rest.length) expander.adopt({ nodes: rest, edges: [] }, 'link');
    if (byPanel.length || batch.edges?.length)
      expander.adopt({ nodes: byPanel, edges: batch.edges ?? [] }, 'canvas');
    return batch.missing;
  } catch {
    return absent;
  }
}
