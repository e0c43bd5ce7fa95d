// On a phone the timeline, the workbench and the list view are a second
// sheet: their tabs sit in a bar above the details sheet's, and picking one
// opens its panel over the canvas (picking the open one again closes it).
// One sheet is open at a time, so the canvas keeps a part of the screen.
// Before, a phone had no timeline, workbench or list view at all.
import type { Drawers } from './drawers.js';

/** The phone breakpoint of styles.css. */
export function phone(): boolean {
  return globalThis.matchMedia?.('(max-width: 700px)').matches ?? false;
}

export function setupBottomSheet(
  bottom: HTMLElement,
  drawers: Drawers,
  /** The canvas's height changed: the caller fits the graph into it again. */
  onResize: () => void = () => undefined,
): void {
  const body = document.body;
  const set = (open: boolean) => {
    const was = body.dataset['bottom'];
    body.dataset['bottom'] = open ? 'open' : 'closed';
    if (open && phone()) drawers.close('right');
    if (phone() && was !== undefined && was !== body.dataset['bottom'])
      requestAnimationFrame(() => onResize());
  };
  set(false);
  let shown: string | undefined;
  bottom.querySelector('[role="tablist"]')?.addEventListener('click', (e) => {
    if (!phone()) return;
    const tab = (e.target as Element | null)?.closest('[role="tab"]');
    if (!tab) return;
    const again = tab.id === shown && body.dataset['bottom'] === 'open';
    shown = tab.id;
    set(!again);
  });
  // The details sheet rising closes this one.
  new MutationObserver(() => {
    if (phone() && body.dataset['right'] === 'open') body.dataset['bottom'] = 'closed';
  }).observe(body, { attributes: true, attributeFilter: ['data-right'] });
}
