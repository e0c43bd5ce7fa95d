// Keyboard shortcuts: "/" search, Esc clear, Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y)
// undo/redo, F fit, E expand, Delete hide — none while typing in a field.
// On the focused canvas, the arrow keys move the selection to the neighbour
// lying that way and Enter opens its details. The selection is read from
// and written to the store, never the canvas.
import type { Explorer } from './explorer.js';
import type { Expander } from './expand.js';
import { arrowDirection, pickInDirection } from '../graph/direction.js';
import { selectedNodes } from './shared.js';

function typing(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return (
    t.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) ||
    !!t.closest('.cm-editor')
  );
}

export function setupKeyboard(
  ctx: Explorer,
  expander: Expander,
  ui: { search: HTMLInputElement; clearSearch(): void; canvas: HTMLElement; openDetails(): void },
): void {
  ui.canvas.addEventListener('keydown', (e) => {
    const dir = arrowDirection(e.key);
    const current = ctx.store.get().selected.find((id) => ctx.canvas.has(id));
    if (dir) {
      e.preventDefault();
      const from = current && ctx.canvas.screenPoint(current);
      const next = from
        ? pickInDirection(from, ctx.canvas.neighbourPoints(current), dir)
        : ctx.canvas.hubId();
      if (next) ctx.store.update({ selected: [next] });
      else if (current)
        ctx.bus.emit('notice', {
          text: `No neighbour ${dir === 'up' || dir === 'down' ? dir : `to the ${dir}`}.`,
        });
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      ui.openDetails();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    if (e.key === 'Escape') {
      // Escape first leaves "Select area", keeping what it selected.
      if (ctx.store.get().selectArea && !typing(e.target)) {
        ctx.store.update({ selectArea: false });
      } else if (document.activeElement === ui.search) {
        ui.clearSearch();
        ui.search.blur();
      } else if (!typing(e.target)) {
        ctx.store.update({ selected: [] });
        ctx.canvas.highlight([]);
      }
      return;
    }
    if (typing(e.target)) return;
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === '/') {
      e.preventDefault();
      ui.search.focus();
      ui.search.select();
    } else if (mod && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) expander.doRedo();
      else expander.doUndo();
    } else if (mod && e.key.toLowerCase() === 'y') {
      e.preventDefault();
      expander.doRedo();
    } else if (!mod && e.key.toLowerCase() === 'f') {
      ctx.canvas.fit();
    } else if (!mod && e.key.toLowerCase() === 'e') {
      for (const id of selectedNodes(ctx)) void expander.expand(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      const ids = ctx.store.get().selected.filter((id) => ctx.canvas.has(id));
      if (ids.length) expander.hide(ids);
    }
  });
}
