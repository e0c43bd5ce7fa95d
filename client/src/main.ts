// Boots the explorer: builds the store, the canvas and the panels, wires
// canvas events to the store, restores the state in the URL and keeps the
// URL up to date. The panels are built in ui/panels.ts, the view loaded and
// put back in ui/views.ts.
import './styles.css';
import { busyText } from './api/busy.js';
import { ApiClient } from './api/client.js';
import { applyBrand, SEARCH_PLACEHOLDER } from './brand.js';
import { StepHistory } from './state/history.js';
import { readLink, writeLink } from './state/link.js';
import { graphSpec, withoutSpec } from './state/url-state.js';
import { initialState, isPanelName, specOfState, Store, viewOf } from './state/store.js';
import { Bus } from './ui/bus.js';
import { Canvas } from './ui/canvas.js';
import { ModelBinding } from './ui/canvas/model-binding.js';
import { setupCanvasStates } from './ui/canvas-states.js';
import { setupCapNotice } from './ui/cap-notice.js';
import { setupDrawers } from './ui/drawers.js';
import { byId, errorText } from './ui/dom.js';
import { Expander } from './ui/expand.js';
import type { Explorer } from './ui/explorer.js';
import { setupKeyboard } from './ui/keyboard.js';
import { setupPanels } from './ui/panels.js';
import { createSuggest } from './ui/search.js';
import { watchSheetCover } from './ui/sheet-cover.js';
import { setupNotices, setupStatus } from './ui/status.js';
import { setupViews } from './ui/views.js';

applyBrand();
const drawers = setupDrawers(byId('drawer-toggles'));
const canvas = new Canvas(byId('cy'));
// What the link could not give (bad values, a newer version), told once loaded.
const opened = readLink(location.search, location.hash);
const store = new Store(initialState(opened.state));
const bus = new Bus();
const ctx: Explorer = {
  // A read the server turns away as busy is tried again; the notice line says so meanwhile.
  api: new ApiClient(undefined, '', {
    onWait: (wait) => bus.emit('notice', { text: busyText(wait) }),
  }),
  store,
  bus,
  canvas,
  schema: undefined,
  asOf: () => ({ asOf: store.get().asOf, clock: store.get().clock }),
};
// The URL is the store serialised: every change rewrites it (no page load),
// each step of the user's a new history entry (state/history.ts), so Back
// and Forward walk the steps; popstate (below) puts a step back.
const steps = new StepHistory({
  push: (url) => history.pushState(null, '', url),
  replace: (url) => history.replaceState(null, '', url),
  current: () => location.pathname + location.search + location.hash,
});
store.subscribe('*', (s) => steps.write(location.pathname + writeLink(viewOf(s))));
// The loaded graph is state (ExplorerState.loaded), changed only by named
// actions; the binding is the one writer of the canvas' content and draws
// each new graph there. The filters then mark it (and tell who counts).
const binding = new ModelBinding(canvas);
store.subscribe(['loaded'], (s) => {
  binding.draw(s.loaded.present);
  filters.apply();
  filters.render();
});
const expander = new Expander(ctx);

// The toolbar's Reset and Export's saved views act on the views, built below.
const panels = setupPanels(ctx, expander, drawers, {
  reset: () => void views.reset(),
  restoreView: (name) => views.restore(name),
  loadView: () => views.load(),
});
const { rightTabs, bottomTabs, filters, timeline, workbench, asOf, toolbar } = panels;

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
// The page, the search box and exports are named after the dataset (its
// manifest): asked on each start, so a first load that met the server down
// names it once the server is back.
async function loadBrand(): Promise<void> {
  try {
    const info = await ctx.api.dataset();
    applyBrand(document, info.title);
    search.input.placeholder = `${info.searchPlaceholder}  ( / )`;
  } catch {
    // The neutral title stays; the next start asks again.
  }
}

setupNotices(ctx);
setupCapNotice(ctx);
const states = setupCanvasStates(ctx, expander, { focusSearch: () => search.input.focus() });
const views = setupViews(ctx, expander, panels, states, opened.problems);

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
// A pinned node dragged elsewhere is pinned there: the link keeps the place.
canvas.onNodesDragged((moves) => expander.moved(moves));
// "Select area" is a mode in the store; a box drawn in it opens the selection's details.
store.subscribe(['selectArea'], ({ selectArea }) => canvas.setAreaSelect(selectArea));
canvas.onAreaSelected(() => {
  store.update({ selected: canvas.selectedIds(), panel: 'details' });
  drawers.open('right');
});
// The phone's details sheet rises over the canvas: the selected node stays above it.
watchSheetCover(byId('right'), byId('cy'), (px) => canvas.coverBottom(px));
// The open panel is state too: tabs write it, the store shows it.
rightTabs.onShow((id) => {
  if (isPanelName(id)) store.update({ panel: id });
});
store.subscribe(['panel'], ({ panel }) => {
  if (rightTabs.current() !== panel) rightTabs.show(panel);
});
// A layout or an as-of date that comes with a graph of its own (a saved view
// applied in one update) brings its positions: nothing is laid out or reloaded.
store.subscribe(['layout'], ({ layout }, changed) => {
  if (changed.has('loaded')) canvas.layoutName = layout;
  else canvas.layout(layout);
  toolbar.syncLayout();
  asOf.sync();
});
// A new as-of date (or clock, when a date is set) reloads everything.
store.subscribe(['asOf', 'clock'], (s, changed) => {
  if (changed.has('loaded')) return asOf.sync();
  if (!changed.has('asOf') && !s.asOf) return;
  // The new date was the step; what the reload writes is part of it.
  void steps.quietly(() => views.load());
  void timeline.load();
});

// Back and Forward: the address is a step the user made; the store takes it
// back. A step that names another graph (expansions, hidden, pinned, added)
// loads it (a new as-of date reloads by itself).
window.addEventListener('popstate', () => {
  const next = readLink(location.search, location.hash).state;
  const before = store.get();
  const content =
    JSON.stringify(graphSpec(next)) !== JSON.stringify(graphSpec(specOfState(before)));
  const reloads =
    before.asOf !== next.asOf || (next.asOf !== undefined && before.clock !== next.clock);
  void steps.quietly(async () => {
    store.update({ ...withoutSpec(next), ...(content ? { opening: graphSpec(next) } : {}) });
    if (content && !reloads) await views.load();
    asOf.sync();
    toolbar.syncLayout();
    filters.render();
  });
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
  void loadBrand();
  await loadSchema();
  asOf.sync();
  toolbar.syncLayout();
  if (store.get().query) bottomTabs.show('workbench');
  // A link opens on the panel it was copied from.
  rightTabs.show(store.get().panel);
  // What the first load writes (the link read back) is no step of the user's.
  await steps.quietly(() => Promise.all([views.load(), timeline.load(), workbench.loadLibrary()]));
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
