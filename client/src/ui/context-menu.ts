// Right-click (or Shift+F10 on the selection) menu of a node: expand all or
// by relationship type, load more, hide, pin, focus, chain and paths. Chain
// and paths are store updates (the event, a path end, the open panel); the
// panels follow the store.
import type { Explorer } from './explorer.js';
import { byId, clear, h } from './dom.js';
import type { Expander } from './expand.js';
import { menuPlace } from './menu-place.js';
import { selectedNodes } from './shared.js';

export function setupContextMenu(ctx: Explorer, expander: Expander): void {
  const menu = byId('menu');
  const { canvas, store } = ctx;

  function close(): void {
    menu.hidden = true;
    clear(menu);
  }

  function item(text: string, fn: () => void): HTMLButtonElement {
    return h('button', {
      role: 'menuitem',
      type: 'button',
      text,
      onclick: () => {
        close();
        fn();
      },
    });
  }

  /** Puts the menu at the pointer, inside the window; called again when it grows. */
  function place(x: number, y: number, focus = true): void {
    menu.hidden = false;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    // Its whole height, borders too, however much of it shows now.
    const height = menu.scrollHeight + menu.offsetHeight - menu.clientHeight;
    const p = menuPlace({ x, y }, { width: menu.offsetWidth, height }, viewport);
    menu.style.maxHeight = `${p.maxHeight}px`;
    menu.style.left = `${p.left}px`;
    menu.style.top = `${p.top}px`;
    if (focus) menu.querySelector('button')?.focus();
  }

  async function openFor(id: string, x: number, y: number): Promise<void> {
    clear(menu);
    const selected = ctx.store.get().selected;
    const more = canvas.omitted(id);
    menu.setAttribute('aria-label', `Actions for ${canvas.nameOf(id) ?? id}`);
    menu.append(
      item('Expand neighbours', () => void expander.expand(id)),
      ...(more > 0 ? [item(`Load ${more} more`, () => void expander.expand(id))] : []),
      h('hr'),
    );
    const typesHost = h(
      'div',
      {},
      h('p', { class: 'muted', style: 'margin:4px 12px', text: 'Loading relationship types…' }),
    );
    menu.append(
      typesHost,
      h('hr'),
      item('Hide', () => expander.hide(selected.includes(id) ? selected : [id])),
      item(canvas.isPinned(id) ? 'Unpin' : 'Pin in place', () => expander.togglePin(id)),
      item('Focus on selection', () => expander.focus(selected.length ? selected : [id])),
      h('hr'),
      ...(canvas.isEventNode(id)
        ? [
            item('Causes and consequences', () =>
              // The chain already shown is loaded again (a new depth, or news since).
              store.update({ chainEvent: id, panel: 'chain' }, { again: ['chainEvent'] }),
            ),
          ]
        : []),
      item('Path from here…', () => store.update({ pathFrom: id, panel: 'paths' })),
      item('Path to here…', () => store.update({ pathTo: id, panel: 'paths' })),
    );
    place(x, y);
    try {
      const d = await ctx.api.node(id);
      clear(typesHost);
      const byType = new Map<string, number>();
      for (const deg of d.degree) byType.set(deg.type, (byType.get(deg.type) ?? 0) + deg.count);
      for (const [type, count] of [...byType].sort((a, b) => b[1] - a[1])) {
        typesHost.append(
          item(`Expand ${type} (${count})`, () => void expander.expand(id, { types: [type] })),
        );
      }
    } catch {
      typesHost.replaceChildren(
        h('p', {
          class: 'muted',
          style: 'margin:4px 12px',
          text: 'Relationship types unavailable.',
        }),
      );
    }
    // The relationship types made it taller: inside the window again.
    if (!menu.hidden) place(x, y, false);
  }

  canvas.onContextMenu((id, x, y) => {
    if (id !== undefined) return void openFor(id, x, y);
    clear(menu);
    menu.append(
      item('Fit to screen', () => canvas.fit()),
      item('Show hidden', () => expander.showHidden()),
      item('Undo', () => expander.doUndo()),
      item('Redo', () => expander.doRedo()),
    );
    place(x, y);
  });
  canvas.onTapBackground(close);
  canvas.onTapElement(close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !menu.hidden) close();
    if (e.key === 'F10' && e.shiftKey) {
      const id = selectedNodes(ctx)[0];
      const p = id === undefined ? undefined : canvas.clientPoint(id);
      if (id !== undefined && p) {
        e.preventDefault();
        void openFor(id, p.x, p.y);
      }
    }
    if (!menu.hidden && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const items = [...menu.querySelectorAll('button')];
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
      next?.focus();
      e.preventDefault();
    }
  });
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node)) close();
  });
}
