// The canvas' own states, drawn over it: a loading sketch (and aria-busy on
// the canvas) while a graph is being fetched, and, whenever nothing is
// visible, an empty state that says why and what to do. The empty state stays
// for as long as it is true, not for a few seconds like a notice.
import type { Explorer } from './explorer.js';
import type { Expander } from './expand.js';
import { byId, h } from './dom.js';

/** Why the canvas shows nothing, or undefined when it shows something. */
export type EmptyReason = 'no-graph' | 'no-graph-as-of' | 'all-hidden';

export function emptyReason(
  onCanvas: number,
  visible: number,
  asOf: string | undefined,
): EmptyReason | undefined {
  if (visible > 0) return undefined;
  if (onCanvas > 0) return 'all-hidden';
  return asOf ? 'no-graph-as-of' : 'no-graph';
}

export function emptyMessage(reason: EmptyReason): string {
  switch (reason) {
    case 'all-hidden':
      return 'Nothing to show: every node on the canvas is filtered out or hidden. Reset the filters, show the hidden nodes, or search for a name.';
    case 'no-graph-as-of':
      return 'Nothing to show for this date: pick a later As of date, or press Now to see everything.';
    case 'no-graph':
      return 'Nothing to show: the graph holds no nodes yet. Load a dataset, or search for a name.';
  }
}

export interface CanvasStates {
  /** A graph is being fetched: show the sketch until `loaded` or `failed`. */
  loading(): void;
  /** The graph is drawn: the sketch goes, and the empty state shows if nothing is visible. */
  loaded(): void;
  /** The graph could not be loaded: say so where the graph would be. */
  failed(why: string): void;
}

/** The loading box: a sketch of a graph and "Loading the graph…". */
function loadingState(): HTMLElement {
  const sketch = h(
    'div',
    { class: 'skeleton', 'aria-hidden': 'true' },
    ...Array.from({ length: 5 }, () => h('span')),
  );
  return h(
    'div',
    { id: 'canvas-loading', class: 'canvas-state', role: 'status' },
    sketch,
    h('p', { class: 'state-box', text: 'Loading the graph…' }),
  );
}

/** The empty state's box: its message and the four ways out, each shown when it helps. */
function emptyState(ctx: Explorer, expander: Expander, focusSearch: () => void) {
  const message = h('p', {});
  const act = (text: string, fn: () => void) => h('button', { type: 'button', text, onclick: fn });
  const resetFilters = act('Reset filters', () =>
    ctx.store.update({
      hiddenLabels: [],
      hiddenTypes: [],
      statedOnly: false,
      dateFrom: undefined,
      dateTo: undefined,
    }),
  );
  const showHidden = act('Show hidden nodes', () => expander.showHidden());
  const now = act('Now', () => ctx.store.update({ asOf: undefined }));
  const search = act('Search', focusSearch);
  const box = h(
    'div',
    { id: 'canvas-empty', class: 'canvas-state', role: 'status' },
    h(
      'div',
      { class: 'state-box' },
      message,
      h('div', { class: 'row' }, resetFilters, showHidden, now, search),
    ),
  );
  box.hidden = true;
  /** Shows the failure, or why nothing is visible, or nothing at all. */
  const show = (failure: string | undefined) => {
    const reason = failure
      ? undefined
      : emptyReason(
          ctx.canvas.nodeIds().length,
          ctx.canvas.visibleGraph().nodes.length,
          ctx.store.get().asOf,
        );
    box.hidden = !reason && !failure;
    message.textContent = failure ?? (reason ? emptyMessage(reason) : '');
    resetFilters.hidden = reason !== 'all-hidden';
    showHidden.hidden = reason !== 'all-hidden' || !ctx.store.get().loaded.present.hidden.length;
    now.hidden = reason !== 'no-graph-as-of';
    search.hidden = !reason;
  };
  return { box, show };
}

export function setupCanvasStates(
  ctx: Explorer,
  expander: Expander,
  ui: { focusSearch(): void },
): CanvasStates {
  const cy = byId('cy');
  const loadingBox = loadingState();
  const empty = emptyState(ctx, expander, () => ui.focusSearch());
  cy.after(loadingBox, empty.box);
  let busy = true;
  let failure: string | undefined;
  cy.setAttribute('aria-busy', 'true');

  const refresh = () => {
    if (!busy) empty.show(failure);
  };
  // After the filters have marked the canvas (they follow the same keys).
  const later = () => queueMicrotask(refresh);
  ctx.bus.on('graph', later);
  ctx.store.subscribe(
    ['hiddenLabels', 'hiddenTypes', 'statedOnly', 'dateFrom', 'dateTo', 'loaded'],
    later,
  );

  function settle(why: string | undefined): void {
    busy = false;
    failure = why;
    loadingBox.hidden = true;
    cy.setAttribute('aria-busy', 'false');
    refresh();
  }
  return {
    loading() {
      busy = true;
      failure = undefined;
      empty.box.hidden = true;
      loadingBox.hidden = false;
      cy.setAttribute('aria-busy', 'true');
    },
    loaded: () => settle(undefined),
    failed: (why) =>
      settle(`The graph could not be loaded: ${why}. It loads again when the server answers.`),
  };
}
