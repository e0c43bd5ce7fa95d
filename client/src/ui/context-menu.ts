// Right-click (or Shift+F10 on the selection) menu of a node: expand all or
// by relationship type, load more, hide, pin, focus, chain and paths.
import type { NodeSingular } from 'cytoscape';
import type { Ctx } from './context.js';
import { byId, clear, h } from './dom.js';
import type { Expander } from './expand.js';

export interface MenuActions {
  chain(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
}

export function setupContextMenu(ctx: Ctx, expander: Expander, actions: MenuActions): void {
  const menu = byId('menu');
  const { cy } = ctx.canvas;

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

  function place(x: number, y: number): void {
    menu.hidden = false;
    const r = menu.getBoundingClientRect();
    menu.style.left = `${Math.min(x, window.innerWidth - r.width - 8)}px`;
    menu.style.top = `${Math.min(y, window.innerHeight - r.height - 8)}px`;
    menu.querySelector('button')?.focus();
  }

  async function openFor(node: NodeSingular, x: number, y: number): Promise<void> {
    clear(menu);
    const id = node.id();
    const selected = ctx.canvas.selectedIds();
    menu.setAttribute('aria-label', `Actions for ${String(node.data('name'))}`);
    menu.append(
      item('Expand neighbours', () => void expander.expand(id)),
      ...(Number(node.data('omitted') ?? 0) > 0
        ? [item(`Load ${String(node.data('omitted'))} more`, () => void expander.expand(id))]
        : []),
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
      item(node.data('pinned') ? 'Unpin' : 'Pin in place', () => expander.togglePin(id)),
      item('Focus on selection', () => expander.focus(selected.length ? selected : [id])),
      h('hr'),
      ...(node.data('isEvent') ? [item('Causes and consequences', () => actions.chain(id))] : []),
      item('Path from here…', () => actions.pathFrom(id)),
      item('Path to here…', () => actions.pathTo(id)),
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
  }

  cy.on('cxttap', 'node', (e) => {
    const ev = e.originalEvent;
    void openFor(e.target as NodeSingular, ev.clientX, ev.clientY);
  });
  cy.on('cxttap', (e) => {
    if (e.target !== cy) return;
    const ev = e.originalEvent;
    clear(menu);
    menu.append(
      item('Fit to screen', () => ctx.canvas.fit()),
      item('Show hidden', () => expander.showHidden()),
      item('Undo', () => expander.doUndo()),
      item('Redo', () => expander.doRedo()),
    );
    place(ev.clientX, ev.clientY);
  });
  cy.on('tap', close);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !menu.hidden) close();
    if (e.key === 'F10' && e.shiftKey) {
      const n = cy.nodes(':selected').first();
      if (n.nonempty()) {
        e.preventDefault();
        const p = n.renderedPosition();
        const r = byId('cy').getBoundingClientRect();
        void openFor(n, r.left + p.x, r.top + p.y);
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
