// Boots the explorer: builds the panels, wires canvas events to the store,
// restores the state in the URL and keeps the URL up to date.
import './styles.css';
import { ApiClient } from './api/client.js';
import { applyBrand, SEARCH_PLACEHOLDER } from './brand.js';
import { emptyState, encodeState, readState, unrestoredText } from './state/url-state.js';
import { SavedViews, browserStore } from './state/storage.js';
import { initialState, isPanelName, Store } from './state/store.js';
import { Bus } from './ui/bus.js';
import { Canvas } from './ui/canvas.js';
import { setupCanvasStates } from './ui/canvas-states.js';
import { setupChain } from './ui/chain.js';
import { setupClaims } from './ui/claims.js';
import { setupContextMenu } from './ui/context-menu.js';
import { setupDetails } from './ui/details.js';
import { setupDrawers } from './ui/drawers.js';
import { byId, errorText, h } from './ui/dom.js';
import { Expander } from './ui/expand.js';
import { setupExport } from './ui/export.js';
import type { Explorer } from './ui/explorer.js';
import { setupFilters } from './ui/filters.js';
import { setupKeyboard } from './ui/keyboard.js';
import { setupListView } from './ui/listview.js';
import { setupPaths } from './ui/paths.js';
import { createSuggest } from './ui/search.js';
import { setupNotices, setupStatus, showRestoreNote } from './ui/status.js';
import { setupStyleRules } from './ui/style-rules.js';
import { createTabs } from './ui/tabs.js';
import { setupTimeline } from './ui/timeline.js';
import { setupAsOf, setupToolbar } from './ui/toolbar.js';
import { setupWorkbench } from './ui/workbench.js';

const OVERVIEW_SIZE = 40;

applyBrand();
const drawers = setupDrawers(byId('drawer-toggles'));
const canvas = new Canvas(byId('cy'));
// What the link could not give (bad values, a newer version), told once loaded.
const opened = readState(location.search);
let unreadable = opened.problems;
const store = new Store(initialState(opened.state));
const ctx: Explorer = {
  api: new ApiClient(),
  store,
  bus: new Bus(),
  canvas,
  schema: undefined,
  asOf: () => ({ asOf: store.get().asOf, clock: store.get().clock }),
};
// The URL is the store serialised: every change rewrites it (no page load).
store.subscribe('*', (s) => history.replaceState(null, '', location.pathname + encodeState(s)));
const expander = new Expander(ctx);
canvas.exposeOnWindow();
/** True while a saved view is put back: it brings its own graph, so nothing reloads. */
let restoring = false;

// Panels on the right
const panels = {
  details: h('div'),
  paths: h('div'),
  chain: h('div'),
  claims: h('div'),
  export: h('div'),
};
const rightTabs = createTabs(byId('right'), 'Details and tools', [
  { id: 'details', title: 'Details', panel: panels.details },
  { id: 'paths', title: 'Paths', panel: panels.paths },
  { id: 'chain', title: 'Chain', panel: panels.chain },
  { id: 'claims', title: 'Figures', panel: panels.claims },
  { id: 'export', title: 'Export & views', panel: panels.export },
]);
// Panels under the canvas
const bottomPanels = { timeline: h('div'), workbench: h('div'), list: h('div') };
const bottomTabs = createTabs(byId('bottom'), 'Timeline, workbench and list', [
  { id: 'timeline', title: 'Timeline', panel: bottomPanels.timeline },
  { id: 'workbench', title: 'Cypher workbench', panel: bottomPanels.workbench },
  { id: 'list', title: 'List view', panel: bottomPanels.list },
]);
bottomPanels.workbench.style.height = '380px';

const details = setupDetails(panels.details, ctx, expander);
setupPaths(panels.paths, ctx);
setupChain(panels.chain, ctx, expander);
setupClaims(panels.claims, ctx, expander);
const filters = setupFilters(byId('left'), ctx);
setupStyleRules(byId('left'), ctx);
const timeline = setupTimeline(bottomPanels.timeline, ctx, expander);
const workbench = setupWorkbench(bottomPanels.workbench, ctx);
const list = setupListView(bottomPanels.list, ctx);
const asOf = setupAsOf(ctx);
const toolbar = setupToolbar(ctx, expander, { reset: () => void resetView() });
setupExport(panels.export, ctx, (name) => restoreView(name));
setupContextMenu(ctx, expander);

const search = createSuggest(ctx.api, {
  label: 'Search the graph',
  placeholder: SEARCH_PLACEHOLDER,
  onPick: (hit) => {
    expander
      .reveal(hit.id)
      .then(() => store.update({ panel: 'details' }))
      .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
  },
});
search.input.id = 'search-input';
byId('search').replaceWith(search.element);
// The page, the search box and exports are named after the dataset (its manifest).
void ctx.api.dataset().then(
  (info) => {
    applyBrand(document, info.title);
    search.input.placeholder = `${info.searchPlaceholder}  ( / )`;
  },
  () => undefined,
);

setupNotices(ctx);
const states = setupCanvasStates(ctx, expander, { focusSearch: () => search.input.focus() });

// Selection: a click on the canvas and a pick in any panel both only write
// `selected`; the canvas follows here (centring on what it did not select
// itself), the details, the timeline and the list by their own subscriptions.
canvas.onSelectionChange((ids) => store.update({ selected: ids }));
store.subscribe(['selected'], ({ selected: ids }) => {
  const onCanvas = canvas.selectedIds();
  if (ids.length !== onCanvas.length || ids.some((id) => !onCanvas.includes(id)))
    canvas.select(ids);
});
canvas.onTapElement(() => {
  const panel = store.get().panel;
  if (panel !== 'details' && panel !== 'paths') store.update({ panel: 'details' });
  drawers.open('right');
});
canvas.onDoubleTapNode((id) => void expander.expand(id));
// The open panel is state too: tabs write it, the store shows it.
rightTabs.onShow((id) => {
  if (isPanelName(id)) store.update({ panel: id });
});
store.subscribe(['panel'], ({ panel }) => {
  if (rightTabs.current() !== panel) rightTabs.show(panel);
});
store.subscribe(['layout'], ({ layout }) => {
  if (restoring) return;
  canvas.layout(layout);
  toolbar.syncLayout();
});
ctx.bus.on('graph', () => {
  filters.apply(true);
  filters.render();
});
bottomTabs.onShow((id) => {
  if (id === 'list') list.render();
  if (id === 'timeline') timeline.draw();
});
// Picking a tab of a closed sheet (phone) opens it.
byId('right')
  .querySelector('[role="tablist"]')
  ?.addEventListener('click', () => drawers.open('right'));
// A new as-of date (or clock, when a date is set) reloads everything.
store.subscribe(['asOf', 'clock'], (s, changed) => {
  if (restoring || (!changed.has('asOf') && !s.asOf)) return;
  void loadView();
  void timeline.load();
});

setupKeyboard(ctx, expander, {
  search: search.input,
  clearSearch: () => search.clear(),
  canvas: byId('cy'),
  openDetails: () => {
    store.update({ panel: 'details' });
    drawers.open('right');
  },
});

/** The overview, then every expansion in the state, then hidden, pins, selection and layout. */
async function loadView(): Promise<void> {
  const expanded = [...store.get().expanded];
  states.loading();
  canvas.clear();
  expander.reset();
  try {
    canvas.add(await ctx.api.overview(OVERVIEW_SIZE, ctx.asOf()));
    const missing: string[] = [];
    const failed: string[] = [];
    store.update({ expanded: [] });
    for (const id of expanded) {
      if (!canvas.has(id)) {
        try {
          canvas.add({ nodes: [(await ctx.api.node(id)).node], edges: [] });
        } catch {
          missing.push(id); // gone from the graph, or not yet as of this date
          continue;
        }
      }
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
  missing.push(...hiddenNodes.filter((id) => !present(id)), ...pinned.filter((id) => !present(id)));
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
  store.update({ ...emptyState(), layout, asOf, clock, panel });
  filters.render();
  await loadView();
}

function restoreView(name: string): void {
  const v = new SavedViews(browserStore()).get(name);
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
  canvas.add(v.graph);
  canvas.setPositions(v.positions);
  const missing: string[] = [];
  restoreMarks(missing);
  filters.apply(true);
  filters.render();
  canvas.fit();
  restoreSelection(missing);
  states.loaded();
  ctx.bus.emit('notice', { text: `Opened view “${name}”.` });
  tellUnrestored(missing);
}

async function loadSchema(): Promise<void> {
  try {
    const schema = await ctx.api.schema();
    ctx.schema = schema;
    const order = [...schema.labels].sort((a, b) => b.count - a.count).map((l) => l.name);
    canvas.setSchema(order, schema.profile.eventLabel);
  } catch (e) {
    ctx.bus.emit('notice', { text: `Schema unavailable: ${errorText(e)}`, kind: 'error' });
  }
}

let started = false;
async function start(): Promise<void> {
  if (started) return;
  started = true;
  await loadSchema();
  asOf.sync();
  toolbar.syncLayout();
  if (store.get().query) bottomTabs.show('workbench');
  await Promise.all([loadView(), timeline.load(), workbench.loadLibrary()]);
}

const status = setupStatus(ctx, () => {
  // Back after an outage: load what failed, or everything if nothing loaded.
  if (!started || canvas.isEmpty()) {
    started = false;
    void start();
  }
});
void status.check().then((ok) => {
  if (ok) void start();
});
