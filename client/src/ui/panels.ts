// The panels: the tabs on the right (details, paths, chain, figures, export)
// and under the canvas (timeline, workbench, list), the legend and filters,
// the header's controls and the context menu, each built once with what it
// needs. They talk through the store; main.ts wires what is left.
import type { Drawers } from './drawers.js';
import { phone, setupBottomSheet } from './bottom-sheet.js';
import { setupChain } from './chain.js';
import { setupClaims } from './claims.js';
import { setupContextMenu } from './context-menu.js';
import { setupDetails } from './details.js';
import { byId, h } from './dom.js';
import type { Expander } from './expand.js';
import type { Explorer } from './explorer.js';
import { setupExport } from './export.js';
import { setupFilters } from './filters.js';
import { setupStyleRules } from './style-rules.js';
import { setupListView } from './listview.js';
import { setupPaths } from './paths.js';
import { setupSplit } from './split.js';
import { createTabs } from './tabs.js';
import { setupTimeline } from './timeline.js';
import { setupAsOf, setupToolbar } from './toolbar.js';
import { setupWorkbench } from './workbench.js';
import { setupReports } from './reports/panel.js';
import { setupDraftLayer } from './curation/draft-layer.js';
import { setupStory } from './story/setup.js';

export interface PanelActions {
  /** Back to the overview (the toolbar's Reset). */
  reset(): void;
  /** Puts a saved view back (Export & views). */
  restoreView(name: string): void;
  /** Loads the view the store now holds (a story's step). */
  loadView(): Promise<void>;
}

export function setupPanels(
  ctx: Explorer,
  expander: Expander,
  drawers: Drawers,
  actions: PanelActions,
) {
  // Panels on the right
  const right = {
    details: h('div'),
    paths: h('div'),
    chain: h('div'),
    claims: h('div'),
    export: h('div'),
    story: h('div'),
  };
  const rightTabs = createTabs(byId('right'), 'Details and tools', [
    { id: 'details', title: 'Details', panel: right.details },
    { id: 'paths', title: 'Paths', panel: right.paths },
    { id: 'chain', title: 'Chain', panel: right.chain },
    { id: 'claims', title: 'Figures', panel: right.claims },
    { id: 'export', title: 'Export & views', panel: right.export },
    { id: 'story', title: 'Story', panel: right.story },
  ]);
  // Panels under the canvas
  const bottom = { timeline: h('div'), workbench: h('div'), list: h('div'), reports: h('div') };
  const bottomTabs = createTabs(byId('bottom'), 'Timeline, workbench and list', [
    { id: 'timeline', title: 'Timeline', panel: bottom.timeline },
    { id: 'workbench', title: 'Cypher workbench', panel: bottom.workbench },
    { id: 'list', title: 'List view', panel: bottom.list },
    { id: 'reports', title: 'Reports', panel: bottom.reports },
  ]);
  // A canvas made shorter or taller shows the whole graph again, none of it under the panels.
  const split = setupSplit(byId('bottom').parentElement ?? document.body, byId('bottom'), () =>
    ctx.canvas.fit(),
  );
  setupBottomSheet(byId('bottom'), drawers, () => ctx.canvas.fit());

  const details = setupDetails(right.details, ctx, expander);
  setupPaths(right.paths, ctx, expander);
  setupChain(right.chain, ctx, expander);
  setupClaims(right.claims, ctx, expander);
  const filters = setupFilters(byId('left'), ctx);
  setupStyleRules(byId('left'), ctx);
  const timeline = setupTimeline(bottom.timeline, ctx, expander);
  const workbench = setupWorkbench(bottom.workbench, ctx);
  const list = setupListView(bottom.list, ctx);
  const asOf = setupAsOf(ctx);
  const toolbar = setupToolbar(ctx, expander, { reset: () => actions.reset() });
  setupExport(right.export, ctx, (name) => actions.restoreView(name));
  setupContextMenu(ctx, expander);
  const story = setupStory(right.story, ctx, { loadView: () => actions.loadView() });
  rightTabs.onShow((id) => {
    if (id === 'story') story.render();
  });

  const reports = setupReports(bottom.reports, ctx, expander);
  setupDraftLayer(ctx);
  bottomTabs.onShow((id) => {
    // The workbench and a report's text want room: half the centre, until the person sets a height of their own.
    if ((id === 'workbench' || id === 'reports') && split.height() === undefined && !phone())
      split.set((byId('bottom').parentElement?.clientHeight ?? 0) * 0.55);
    if (id === 'list') list.render();
    if (id === 'reports') void reports.refresh();
    if (id === 'timeline') timeline.draw();
  });
  // Something to show opens the folded details (narrow screens start with them closed).
  ctx.store.subscribe(['selected', 'panel'], ({ selected }, changed) => {
    if (selected.length > 0 || changed.has('panel')) drawers.open('right');
  });
  // Picking a tab of a closed sheet (phone) opens it.
  byId('right')
    .querySelector('[role="tablist"]')
    ?.addEventListener('click', () => drawers.open('right'));

  return { rightTabs, bottomTabs, details, filters, timeline, workbench, asOf, toolbar };
}

export type Panels = ReturnType<typeof setupPanels>;
