// Saved views in the export panel: a name, Save view, Copy link, and the list
// of views kept in this browser, each to open or delete.
import { savedViews } from '../state/storage.js';
import { viewOf } from '../state/store.js';
import { encodeState } from '../state/url-state.js';
import type { Explorer } from './explorer.js';
import { clear, h } from './dom.js';
import type { ActionButton } from './export-button.js';
import { showStorageNotes } from './storage-note.js';

type Views = ReturnType<typeof savedViews>;

function viewRow(
  views: Views,
  v: ReturnType<Views['list']>[number],
  restore: (name: string) => void,
  redraw: () => void,
) {
  return h(
    'li',
    { class: 'row' },
    h('button', { class: 'link', type: 'button', text: v.name, onclick: () => restore(v.name) }),
    h('span', {
      class: 'muted',
      text: `${v.graph.nodes.length} nodes · ${v.savedAt.slice(0, 16).replace('T', ' ')}`,
    }),
    h('button', {
      type: 'button',
      text: 'Delete',
      'aria-label': `Delete view ${v.name}`,
      onclick: () => {
        views.remove(v.name);
        redraw();
      },
    }),
  );
}

export function savedViewsSection(
  ctx: Pick<Explorer, 'bus' | 'canvas' | 'store'>,
  btn: ActionButton,
  restore: (name: string) => void,
): { elements: HTMLElement[]; renderViews: () => void } {
  const views = savedViews();
  showStorageNotes(views.stored, 'saved views', 'saved-views');
  const viewName = h('input', {
    type: 'text',
    'aria-label': 'View name',
    placeholder: 'Name this view',
  });
  const viewList = h('ul', { class: 'plain' });

  function renderViews(): void {
    clear(viewList);
    for (const v of views.list()) viewList.append(viewRow(views, v, restore, renderViews));
    if (!views.list().length)
      viewList.append(h('li', { class: 'muted', text: 'No saved views yet.' }));
  }

  const save = () => {
    const name = viewName.value.trim() || `View ${views.list().length + 1}`;
    const saved = views.save({
      name,
      savedAt: new Date().toISOString(),
      state: encodeState(viewOf(ctx.store.get())),
      positions: Object.fromEntries(ctx.canvas.positions()),
      graph: ctx.canvas.allGraph(),
    });
    viewName.value = '';
    renderViews();
    // A refused save is told by its storage note, with the list to download.
    if (saved.ok) ctx.bus.emit('notice', { text: `Saved “${name}”.` });
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(location.href).catch(() => undefined);
    ctx.bus.emit('notice', { text: 'Link copied: opening it restores this view.' });
  };
  renderViews();
  views.stored.onChange(renderViews);
  return {
    elements: [
      h('h2', { text: 'Saved views' }),
      h('div', { class: 'row' }, viewName, btn('Save view', save), btn('Copy link', copy)),
      viewList,
    ],
    renderViews,
  };
}
