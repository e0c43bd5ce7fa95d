// The side panels as drawers on narrower screens. CSS decides, per width,
// whether a panel is a column, a drawer over the canvas or a bottom sheet;
// this module only keeps each panel's open/closed flag on <body> (read by
// the CSS) and the toggle buttons' aria-expanded in step with it.
import { byId, h } from './dom.js';

export type Side = 'left' | 'right' | 'tools';

export interface Drawers {
  open(side: Side): void;
  close(side: Side): void;
  isOpen(side: Side): boolean;
}

const TITLES: Record<Side, string> = {
  left: 'Legend & filters',
  right: 'Details',
  tools: 'View options',
};

/**
 * Where the details are a drawer or a sheet (up to 1180 px: a 1024 px laptop,
 * a tablet, a phone) they start closed, so the canvas gets the whole width
 * until there is something to show; a tap on a node, a selection or a
 * panel opened from a menu opens them (panels.ts). On a tablet the empty
 * column once took 340 of 768 px beside the canvas.
 */
export function narrow(): boolean {
  return globalThis.matchMedia?.('(max-width: 1180px)').matches ?? false;
}

export function setupDrawers(host: HTMLElement): Drawers {
  const body = document.body;
  const buttons = new Map<Side, HTMLButtonElement>();
  const set = (side: Side, open: boolean) => {
    body.dataset[side] = open ? 'open' : 'closed';
    buttons.get(side)?.setAttribute('aria-expanded', String(open));
  };
  for (const side of ['tools', 'left', 'right'] as const) {
    const controls = side === 'tools' ? 'tools' : side;
    const b = h('button', {
      type: 'button',
      class: `drawer-toggle toggle-${side}`,
      id: `toggle-${side}`,
      text: TITLES[side],
      'aria-controls': controls,
      onclick: () => set(side, body.dataset[side] !== 'open'),
    });
    buttons.set(side, b);
    host.append(b);
  }
  set('left', false);
  set('tools', false);
  set('right', !narrow());
  // The close button inside the left drawer, so it can be shut where it is.
  byId('left').prepend(
    h('button', {
      type: 'button',
      class: 'drawer-close',
      text: 'Close',
      'aria-label': 'Close legend and filters',
      onclick: () => set('left', false),
    }),
  );
  return {
    open: (side) => set(side, true),
    close: (side) => set(side, false),
    isOpen: (side) => body.dataset[side] === 'open',
  };
}
