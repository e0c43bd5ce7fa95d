// The row a reviewer acts from: a box for the reason and the button that
// sends it (Reject in the review list, Revert in a history). A refusal is
// the caller's to show; the box keeps its text so nothing typed is lost.
import { h } from '../dom.js';

export function reasonRow(
  label: string,
  button: string,
  act: (reason: string) => Promise<unknown>,
  name = 'reason',
): HTMLDivElement {
  const reason = h('input', { name, 'aria-label': label });
  return h(
    'div',
    { class: 'row' },
    reason,
    h('button', { type: 'button', text: button, onclick: () => void act(reason.value) }),
  );
}
