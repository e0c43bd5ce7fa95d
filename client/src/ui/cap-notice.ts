// The notice over the canvas when the view-wide cap holds elements back
// (graph/cap.ts): how many are not drawn, and a button that draws them all
// (the store's drawAll); once all are drawn past the cap, a way back.
import type { CapCounts } from './canvas.js';
import { h } from './dom.js';
import type { Explorer } from './explorer.js';

const count = (n: number) => n.toLocaleString('en-GB');

export interface CapNotice {
  /** The sentence, or undefined when there is nothing to say. */
  text: string | undefined;
  /** The button's words. */
  action: string;
}

/** What the notice says for these counts. Pure. */
export function capNotice(c: CapCounts, drawAll: boolean): CapNotice {
  if (c.left > 0)
    return {
      text: `${count(c.left)} more not drawn: the ${count(c.drawn)} most relevant elements are shown (the selection, its neighbours, pinned nodes, then the best connected).`,
      action: 'Draw them all',
    };
  if (drawAll && c.drawn > c.cap)
    return {
      text: `All ${count(c.drawn)} elements drawn: moving the view may be slow.`,
      action: `Draw ${count(c.cap)} only`,
    };
  return { text: undefined, action: '' };
}

export function setupCapNotice(ctx: Explorer): void {
  const text = h('span', {});
  const button = h('button', {
    type: 'button',
    onclick: () => ctx.store.update((s) => ({ drawAll: !s.drawAll })),
  });
  const box = h('div', { id: 'cap-notice', class: 'cap-notice', role: 'status' }, text, button);
  box.hidden = true;
  document.getElementById('cy')?.after(box);
  let last: CapCounts = { left: 0, drawn: 0, cap: 0 };
  const render = () => {
    const n = capNotice(last, ctx.store.get().drawAll);
    box.hidden = n.text === undefined;
    text.textContent = n.text ?? '';
    button.textContent = n.action;
  };
  ctx.canvas.onHeldBack((c) => {
    last = c;
    render();
  });
  ctx.store.subscribe(['drawAll'], (s) => {
    ctx.canvas.setDrawAll(s.drawAll);
    render();
  });
}
