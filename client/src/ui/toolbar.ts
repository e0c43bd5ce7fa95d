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

export function setupToolbar(
  ctx: Explorer,
  expander: Expander,
  actions: { reset(): void },
): { syncLayout(): void; setTheme(t: Theme): void } {
  const host = byId('toolbar');
  const store = browserStore();
  const layout = h(
    'select',
    { id: 'layout', 'aria-label': 'Layout' },
    ...LAYOUT_NAMES.map((n) => h('option', { value: n, text: LAYOUT_TITLES[n] })),
  );
  layout.addEventListener('change', () => {
    if (!isLayoutName(layout.value)) return;
    ctx.store.update({ layout: layout.value });
  });
  const undo = h('button', {
    type: 'button',
    text: '↶',
    title: 'Undo (Ctrl+Z)',
    'aria-label': 'Undo',
    disabled: true,
  });
  const redo = h('button', {
    type: 'button',
    text: '↷',
    title: 'Redo (Ctrl+Shift+Z)',
    'aria-label': 'Redo',
    disabled: true,
  });
  undo.addEventListener('click', () => expander.doUndo());
  redo.addEventListener('click', () => expander.doRedo());
  expander.onChange(() => {
    undo.disabled = !expander.undo.canUndo;
    redo.disabled = !expander.undo.canRedo;
  });
  const zoom = (k: number) => ctx.canvas.zoomBy(k);
  // A mode in the store: the canvas follows it (main.ts) and Escape ends it (keyboard.ts).
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
  const theme = h('button', {
    type: 'button',
    id: 'theme',
    'aria-label': 'Switch between light and dark theme',
  });

  function setTheme(t: Theme): void {
    document.documentElement.dataset['theme'] = t;
    // The word goes on narrower screens (CSS), to keep the header's controls on one row.
    theme.replaceChildren(
      t === 'dark' ? '☀' : '☾',
      h('span', { class: 'wide-only', text: t === 'dark' ? ' Light' : ' Dark' }),
    );
    ctx.canvas.setTheme(t);
    store.setItem('reg.theme', t);
  }
  theme.addEventListener('click', () => setTheme(ctx.canvas.theme === 'dark' ? 'light' : 'dark'));

  host.append(
    // The select names itself (aria-label and its value): the word is for wide screens.
    h('label', { for: 'layout', class: 'wide-only', text: 'Layout' }),
    layout,
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
      onclick: () => actions.reset(),
    }),
    undo,
    redo,
    theme,
  );
  // Sign-in, the signed-in person and their drafts: beside the view's controls, not among them.
  setupAccountMenu(byId('tools'), ctx);
  const saved = store.getItem('reg.theme');
  const prefersDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  setTheme(saved === 'dark' || saved === 'light' ? saved : prefersDark ? 'dark' : 'light');
  return {
    syncLayout: () => {
      layout.value = ctx.store.get().layout;
    },
    setTheme,
  };
}
