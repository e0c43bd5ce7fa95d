// Header controls: the "as of" date with its two clocks, layouts, fit/zoom/
// reset, undo/redo and the theme.
import { LAYOUT_NAMES, LAYOUT_TITLES, isLayoutName } from '../graph/layouts.js';
import type { Theme } from '../graph/style.js';
import { browserStore } from '../state/storage.js';
import { setupAccountMenu } from './account/menu.js';
import type { Explorer } from './explorer.js';
import { byId, h } from './dom.js';
import type { Expander } from './expand.js';

export function setupAsOf(ctx: Explorer): { sync(): void } {
  const host = byId('asof');
  const date = h('input', { type: 'date', id: 'asof-date', 'aria-label': 'As of date' });
  const clock = h(
    'select',
    { id: 'asof-clock', 'aria-label': 'Clock for the as-of date' },
    h('option', { value: 'happened', text: 'had happened' }),
    h('option', { value: 'reported', text: 'had been reported' }),
  );
  const reset = h('button', {
    type: 'button',
    text: 'Now',
    title: 'Show everything (no as-of date)',
  });
  host.append(h('label', { for: 'asof-date', text: 'As of' }), date, clock, reset);
  // The page reloads the graph when the store's as-of date or clock changes.
  const apply = () =>
    ctx.store.update({
      asOf: date.value || undefined,
      clock: clock.value === 'reported' ? 'reported' : 'happened',
    });
  date.addEventListener('change', apply);
  clock.addEventListener('change', apply);
  reset.addEventListener('click', () => {
    date.value = '';
    apply();
  });
  const sync = () => {
    const s = ctx.store.get();
    date.value = s.asOf ?? '';
    clock.value = s.clock;
  };
  sync();
  ctx.store.subscribe(['asOf', 'clock'], sync);
  return { sync };
}

/** The layout menu: picking one puts it in the store, which the canvas follows. */
function layoutSelect(ctx: Explorer): HTMLSelectElement {
  const layout = h(
    'select',
    { id: 'layout', 'aria-label': 'Layout' },
    ...LAYOUT_NAMES.map((n) => h('option', { value: n, text: LAYOUT_TITLES[n] })),
  );
  layout.addEventListener('change', () => {
    if (!isLayoutName(layout.value)) return;
    ctx.store.update({ layout: layout.value });
  });
  return layout;
}

/** Undo and redo, enabled while the history has a step that way. */
function undoButtons(expander: Expander): HTMLButtonElement[] {
  const undo = h('button', {
    type: 'button',
    text: '↶',
    title: 'Undo (Ctrl+Z)',
    'aria-label': 'Undo',
    disabled: true,
    onclick: () => expander.doUndo(),
  });
  const redo = h('button', {
    type: 'button',
    text: '↷',
    title: 'Redo (Ctrl+Shift+Z)',
    'aria-label': 'Redo',
    disabled: true,
    onclick: () => expander.doRedo(),
  });
  expander.onChange(() => {
    undo.disabled = !expander.undo.canUndo;
    redo.disabled = !expander.undo.canRedo;
  });
  return [undo, redo];
}

/**
 * "Select area": a mode in the store, pressed while on. The canvas follows
 * it (main.ts) and Escape ends it (keyboard.ts).
 */
function areaButton(ctx: Explorer): HTMLButtonElement {
  const area = h('button', {
    type: 'button',
    id: 'select-area',
    text: 'Select area',
    title: 'Drag over the canvas to select the nodes in a box (Esc to stop)',
    'aria-pressed': 'false',
    onclick: () => ctx.store.update((s) => ({ selectArea: !s.selectArea })),
  });
  ctx.store.subscribe(['selectArea'], ({ selectArea }) =>
    area.setAttribute('aria-pressed', String(selectArea)),
  );
  return area;
}

/** Fit, the two zoom steps and Reset (back to the overview). */
function viewButtons(ctx: Explorer, reset: () => void, area: HTMLElement): HTMLElement[] {
  const zoom = (k: number) => ctx.canvas.zoomBy(k);
  return [
    h('button', {
      type: 'button',
      text: 'Fit',
      title: 'Fit to screen (F)',
      onclick: () => ctx.canvas.fit(),
    }),
    area,
    h('button', { type: 'button', text: '+', 'aria-label': 'Zoom in', onclick: () => zoom(1.25) }),
    h('button', { type: 'button', text: '−', 'aria-label': 'Zoom out', onclick: () => zoom(0.8) }),
    h('button', {
      type: 'button',
      text: 'Reset',
      title: 'Back to the overview',
      onclick: reset,
    }),
  ];
}

/** The theme button; setTheme marks the page, redraws the canvas and remembers the choice. */
function themeButton(ctx: Explorer) {
  const store = browserStore();
  const theme = h('button', {
    type: 'button',
    id: 'theme',
    'aria-label': 'Switch between light and dark theme',
  });
  const setTheme = (t: Theme) => {
    document.documentElement.dataset['theme'] = t;
    // The word goes on narrower screens (CSS), to keep the header's controls on one row.
    theme.replaceChildren(
      t === 'dark' ? '☀' : '☾',
      h('span', { class: 'wide-only', text: t === 'dark' ? ' Light' : ' Dark' }),
    );
    ctx.canvas.setTheme(t);
    store.setItem('reg.theme', t);
  };
  theme.addEventListener('click', () => setTheme(ctx.canvas.theme === 'dark' ? 'light' : 'dark'));
  const saved = store.getItem('reg.theme');
  const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const initial: Theme =
    saved === 'dark' || saved === 'light' ? saved : prefersDark ? 'dark' : 'light';
  return { theme, setTheme, initial };
}

export function setupToolbar(
  ctx: Explorer,
  expander: Expander,
  actions: { reset(): void },
): { syncLayout(): void; setTheme(t: Theme): void } {
  const layout = layoutSelect(ctx);
  const { theme, setTheme, initial } = themeButton(ctx);
  byId('toolbar').append(
    // The select names itself (aria-label and its value): the word is for wide screens.
    h('label', { for: 'layout', class: 'wide-only', text: 'Layout' }),
    layout,
    ...viewButtons(ctx, () => actions.reset(), areaButton(ctx)),
    ...undoButtons(expander),
    theme,
  );
  // Sign-in, the signed-in person and their drafts: beside the view's controls, not among them.
  setupAccountMenu(byId('tools'), ctx);
  setTheme(initial);
  return {
    syncLayout: () => {
      layout.value = ctx.store.get().layout;
    },
    setTheme,
  };
}
