// Right-click (or Shift+F10 on the selection) menu of a node: expand all or
// by relationship type, load more, hide, pin, focus, chain and paths. Chain
// and paths are store updates (the event, a path end, the open panel); the
// panels follow the store.
import type { NodeDetail } from '../../../contract/index.js';
import type { Explorer } from './explorer.js';
import { byId, clear, h } from './dom.js';
import type { Expander } from './expand.js';
import { menuPlace } from './menu-place.js';
import { selectedNodes } from './shared.js';

/** The menu element and what is done to it: emptied and hidden, filled, placed. */
interface Menu {
  el: HTMLElement;
  close: () => void;
  /** A menu item that closes the menu, then runs fn. */
  item: (text: string, fn: () => void) => HTMLButtonElement;
  /** Puts the menu at the pointer, inside the window; called again when it grows. */
  place: (x: number, y: number, focus?: boolean) => void;
}

function menuOf(el: HTMLElement): Menu {
  const close = () => {
    el.hidden = true;
    clear(el);
  };
  const item = (text: string, fn: () => void) =>
    h('button', {
      role: 'menuitem',
      type: 'button',
      text,
      onclick: () => {
        close();
        fn();
      },
    });
  const place = (x: number, y: number, focus = true) => {
    el.hidden = false;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    // Its whole height, borders too, however much of it shows now.
    const height = el.scrollHeight + el.offsetHeight - el.clientHeight;
    const p = menuPlace({ x, y }, { width: el.offsetWidth, height }, viewport);
    el.style.maxHeight = `${p.maxHeight}px`;
    el.style.left = `${p.left}px`;
    el.style.top = `${p.top}px`;
    if (focus) el.querySelector('button')?.focus();
  };
  return { el, close, item, place };
}

const note = (text: string) => h('p', { class: 'muted', style: 'margin:4px 12px', text });

/** Hide, pin, focus, then the chain (for an event) and the two path ends. */
function nodeActions(ctx: Explorer, expander: Expander, m: Menu, id: string): HTMLElement[] {
  const { canvas, store } = ctx;
  const selected = store.get().selected;
  return [
    m.item('Hide', () => expander.hide(selected.includes(id) ? selected : [id])),
    m.item(canvas.isPinned(id) ? 'Unpin' : 'Pin in place', () => expander.togglePin(id)),
    m.item('Focus on selection', () => expander.focus(selected.length ? selected : [id])),
    h('hr'),
    ...(canvas.isEventNode(id)
      ? [
          m.item('Causes and consequences', () =>
            // The chain already shown is loaded again (a new depth, or news since).
            store.update({ chainEvent: id, panel: 'chain' }, { again: ['chainEvent'] }),
          ),
        ]
      : []),
    m.item('Path from here…', () => store.update({ pathFrom: id, panel: 'paths' })),
    m.item('Path to here…', () => store.update({ pathTo: id, panel: 'paths' })),
  ];
}

/** "Expand TYPE (n)" per relationship type of the node, the commonest first. */
export function typeCounts(degree: NodeDetail['degree']): [string, number][] {
  const byType = new Map<string, number>();
  for (const deg of degree) byType.set(deg.type, (byType.get(deg.type) ?? 0) + deg.count);
  return [...byType].sort((a, b) => b[1] - a[1]);
}

async function openFor(
  ctx: Explorer,
  expander: Expander,
  m: Menu,
  at: { id: string; x: number; y: number },
): Promise<void> {
  const { id, x, y } = at;
  clear(m.el);
  const more = ctx.canvas.omitted(id);
  m.el.setAttribute('aria-label', `Actions for ${ctx.canvas.nameOf(id) ?? id}`);
  const typesHost = h('div', {}, note('Loading relationship types…'));
  m.el.append(
    m.item('Expand neighbours', () => void expander.expand(id)),
    ...(more > 0 ? [m.item(`Load ${more} more`, () => void expander.expand(id))] : []),
    h('hr'),
    typesHost,
    h('hr'),
    ...nodeActions(ctx, expander, m, id),
  );
  m.place(x, y);
  try {
    const d = await ctx.api.node(id);
    typesHost.replaceChildren(
      ...typeCounts(d.degree).map(([type, count]) =>
        m.item(`Expand ${type} (${count})`, () => void expander.expand(id, { types: [type] })),
      ),
    );
  } catch {
    typesHost.replaceChildren(note('Relationship types unavailable.'));
  }
  // The relationship types made it taller: inside the window again.
  if (!m.el.hidden) m.place(x, y, false);
}

export function setupContextMenu(ctx: Explorer, expander: Expander): void {
  const m = menuOf(byId('menu'));
  const { canvas } = ctx;
  const open = (id: string, x: number, y: number) => void openFor(ctx, expander, m, { id, x, y });

  canvas.onContextMenu((id, x, y) => {
    if (id !== undefined) return open(id, x, y);
    clear(m.el);
    m.el.append(
      m.item('Fit to screen', () => canvas.fit()),
      m.item('Show hidden', () => expander.showHidden()),
      m.item('Undo', () => expander.doUndo()),
      m.item('Redo', () => expander.doRedo()),
    );
    m.place(x, y);
  });
  canvas.onTapBackground(m.close);
  canvas.onTapElement(m.close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !m.el.hidden) m.close();
    if (e.key === 'F10' && e.shiftKey) {
      const id = selectedNodes(ctx)[0];
      const p = id === undefined ? undefined : canvas.clientPoint(id);
      if (id !== undefined && p) {
        e.preventDefault();
        open(id, p.x, p.y);
      }
    }
    if (!m.el.hidden && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      const items = [...m.el.querySelectorAll('button')];
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
      next?.focus();
      e.preventDefault();
    }
  });
  document.addEventListener('click', (e) => {
    if (!m.el.hidden && !m.el.contains(e.target as Node)) m.close();
  });
}
