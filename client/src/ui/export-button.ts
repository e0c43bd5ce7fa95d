// A button of the export panel: its action may be slow or fail (a download,
// a request), and a failure is told as a notice rather than lost.
import type { Explorer } from './explorer.js';
import { errorText, h } from './dom.js';

export type ActionButton = (text: string, fn: () => void | Promise<void>) => HTMLButtonElement;

export function actionButton(ctx: Pick<Explorer, 'bus'>): ActionButton {
  return (text, fn) =>
    h('button', {
      type: 'button',
      text,
      onclick: () => {
        Promise.resolve()
          .then(fn)
          .catch((e: unknown) => ctx.bus.emit('notice', { text: errorText(e), kind: 'error' }));
      },
    });
}

/** Today's date for file names: graph-2026-12-06.svg. */
export const stamp = (): string => new Date().toISOString().slice(0, 10);
