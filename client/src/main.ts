// Boots the explorer: builds the panels, wires canvas events to the bus,
// restores the state in the URL and keeps the URL up to date.
import type { NodeSingular } from 'cytoscape';
import './styles.css';
import { ApiClient } from './api/client.js';
import { applyBrand, SEARCH_PLACEHOLDER } from './brand.js';
import { emptyState, encodeState, readState } from './state/url-state.js';
import { SavedViews, browserStore } from './state/storage.js';
import { Bus } from './ui/bus.js';
import { Canvas } from './ui/canvas.js';
import { setupChain } from './ui/chain.js';
import { setupClaims } from './ui/claims.js';
import { setupContextMenu } from './ui/context-menu.js';
import type { Ctx } from './ui/context.js';
import { setupDetails } from './ui/details.js';
import { setupDrawers } from './ui/drawers.js';
import { byId, errorText, h } from './ui/dom.js';
import { Expander } from './ui/expand.js';
import { setupExport } from './ui/export.js';
import { setupFilters } from './ui/filters.js';
import { setupKeyboard } from './ui/keyboard.js';
import { setupListView } from './ui/listview.js';
import { setupPaths } from './ui/paths.js';
import { createSuggest } from './ui/search.js';
import { setupStatus } from './ui/status.js';
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
const ctx: Ctx = {
  api: new ApiClient(),
  bus: new Bus(),
  canvas,
  state: opened.state,
  schema: undefined,
  saveUrl: () => history.replaceState(null, '', location.pathname + encodeState(ctx.state)),
  asOf: () => ({ asOf: ctx.state.asOf, clock: ctx.state.clock }),
};
const expander = new Expander(ctx);
// For the browser console and the end-to-end tests: the canvas' Cytoscape core.
(window as unknown as { cy: unknown }).cy = canvas.cy;

// Panels on the right
const right = byId('right');
const panels = {
  details: h('div'),
  paths: h('div'),
  chain: h('div'),
  claims: h('div'),
  export: h('div'),
};
const rightTabs = createTabs(right, 'Details and tools', [
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
const paths = setupPaths(panels.paths, ctx);
const chain = setupChain(panels.chain, ctx, expander);
const claims = setupClaims(panels.claims, ctx, expander);
const filters = setupFilters(byId('left'), ctx);
const timeline = setupTimeline(bottomPanels.timeline, ctx, expander);
const workbench = setupWorkbench(bottomPanels.workbench, ctx);
const list = setupListView(bottomPanels.list, ctx);
const asOf = setupAsOf(ctx);
const toolbar = setupToolbar(ctx, expander, { reset: () => void resetView() });
setupExport(panels.export, ctx, (name) => restoreView(name));
setupContextMenu(ctx, expander, {
  chain: (id) => {
    rightTabs.show('chain');
    void chain.show(id);
  },
  pathFrom: (id) => {
    paths.setFrom(id);
    rightTabs.show('paths');
  },
  pathTo: (id) => {
    paths.setTo(id);
    rightTabs.show('paths');
  },
});

const search = createSuggest(ctx.api, {
  label: 'Search the graph',
  placeholder: SEARCH_PLACEHOLDER,
  onPick: (hit) => {
    expander
      .reveal(hit.id)
      .then(() => rightTabs.show('details'))
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

// Notices
const notice = byId('notice');
let noticeTimer: ReturnType<typeof setTimeout> | undefined;
ctx.bus.on('notice', ({ text, kind }) => {
  notice.textContent = text;
  notice.classList.toggle('error', kind === 'error');
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => (notice.textContent = ''), kind === 'error' ? 9000 : 5000);
});

// Selection: canvas → everyone; other panels → canvas (they call canvas.select first).
let selTimer: ReturnType<typeof setTimeout> | undefined;
canvas.cy.on('select unselect', () => {
  clearTimeout(selTimer);
  selTimer = setTimeout(
    () => ctx.bus.emit('select', { ids: canvas.selectedIds(), from: 'canvas' }),
    30,
  );
  canvas.cy.edges().removeClass('near-selection');
  canvas.cy.nodes(':selected').connectedEdges().addClass('near-selection');
});
ctx.bus.on('select', ({ ids }) => {
  ctx.state.selected = ids;
  ctx.saveUrl();
  if (ids.length) details.show(ids.length > 1 ? undefined : ids[0]);
  timeline.markSelection(ids);
  if (bottomTabs.current() === 'list') list.render();
});
canvas.cy.on('tap', 'node, edge', () => {
  if (rightTabs.current() !== 'details' && rightTabs.current() !== 'paths')
    rightTabs.show('details');
  drawers.open('right');
});
canvas.onDoubleTapNode((node: NodeSingular) => void expander.expand(node.id()));
ctx.bus.on('graph', () => {
  filters.apply(true);
  filters.render();
  if (bottomTabs.current() === 'list') list.render();
});
bottomTabs.onShow((id) => {
  if (id === 'list') list.render();
  if (id === 'timeline') timeline.draw();
});
rightTabs.onShow((id) => {
  if (id === 'claims') void claims.load();
});
// Picking a tab of a closed sheet (phone) opens it.
byId('right')
  .querySelector('[role="tablist"]')
  ?.addEventListener('click', () => drawers.open('right'));
ctx.bus.on('asof', () => {
  void loadView();
  void timeline.load();
});

setupKeyboard(ctx, expander, { search: search.input, clearSearch: () => search.clear() });

/** The overview, then every expansion in the state, then hidden, pins, selection and layout. */
async function loadView(): Promise<void> {
  const state = ctx.state;
  canvas.clear();
  expander.reset();
  try {
    canvas.add(await ctx.api.overview(OVERVIEW_SIZE, ctx.asOf()));
    const missing: string[] = [];
    const failed: string[] = [];
    const expanded = [...state.expanded];
    state.expanded = [];
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
      if (!state.expanded.includes(id)) {
        state.expanded.push(id);
        failed.push(id);
      }
    }
    restoreMarks(missing);
    filters.apply(true);
    filters.render();
    canvas.layout(state.layout);
    canvas.fit();
    const sel = state.selected.filter((id) => canvas.has(id));
    missing.push(...state.selected.filter((id) => !canvas.has(id)));
    state.selected = sel;
    if (sel.length) {
      canvas.select(sel, false);
      details.show(sel.length > 1 ? undefined : sel[0]);
    }
    document.body.dataset['ready'] = 'true';
    if (canvas.cy.nodes().empty()) {
      ctx.bus.emit('notice', {
        text: 'Nothing to show for this date: move “As of” later or press Now.',
      });
    }
    ctx.saveUrl();
    tellUnrestored(missing, failed);
  } catch (e) {
    document.body.dataset['ready'] = 'true';
    ctx.bus.emit('notice', {
      text: `The graph could not be loaded: ${errorText(e)}`,
      kind: 'error',
    });
  }
}

/** Hidden and pinned nodes from the state onto the canvas; ids not there are missing. */
function restoreMarks(missing: string[]): void {
  const { hiddenNodes, pinned } = ctx.state;
  const present = (id: string) => canvas.has(id);
  missing.push(...hiddenNodes.filter((id) => !present(id)), ...pinned.filter((id) => !present(id)));
  expander.setHidden(hiddenNodes.filter(present), true);
  expander.setPinned(pinned.filter(present), true);
}

/** Says, once, what a link or saved view held that this graph could not show. */
function tellUnrestored(missing: string[], failed: string[] = []): void {
  const parts = [...unreadable];
  if (failed.length) parts.push(`expanding ${failed.join(', ')} failed (reload to try again)`);
  unreadable = [];
  const ids = [...new Set(missing)];
  if (ids.length)
    parts.push(
      `${ids.length} node${ids.length === 1 ? '' : 's'} not in the graph (${ids.join(', ')})`,
    );
  if (!parts.length) return;
  const text = `Some of this link could not be restored: ${parts.join('; ')}.`;
  byId('banner').textContent = text;
  byId('banner').hidden = false;
}

async function resetView(): Promise<void> {
  const layout = ctx.state.layout;
  ctx.state = { ...emptyState(), layout, asOf: ctx.state.asOf, clock: ctx.state.clock };
  filters.render();
  await loadView();
}

function restoreView(name: string): void {
  const v = new SavedViews(browserStore()).get(name);
  if (!v) return;
  const read = readState(v.state);
  ctx.state = read.state;
  unreadable = read.problems;
  ctx.saveUrl();
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
  const sel = ctx.state.selected.filter((id) => canvas.has(id));
  if (sel.length) canvas.select(sel, false);
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
  if (ctx.state.query) bottomTabs.show('workbench');
  await Promise.all([loadView(), timeline.load(), workbench.loadLibrary()]);
}

const status = setupStatus(ctx, () => {
  // Back after an outage: load what failed, or everything if nothing loaded.
  if (!started || canvas.cy.nodes().empty()) {
    started = false;
    void start();
  }
});
void status.check().then((ok) => {
  if (ok) void start();
});
