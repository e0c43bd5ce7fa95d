// The split between the canvas and the panels under it (timeline, workbench,
// list): a handle a person drags, or moves with the arrow keys, to give the
// workbench room or the canvas back; the height is remembered in
// localStorage. At 1024×768 the workbench once had a 67 px editor under a
// 247 px canvas and no way to change either.
import { h } from './dom.js';

/** localStorage key of the panels' height, px. */
export const SPLIT_KEY = 'reg.bottomHeight.v1';
/** Smallest panel height, px: a row of controls and a line of results. */
export const MIN_PANEL = 90;
/** Smallest canvas height the split leaves, px. */
export const MIN_CANVAS = 160;
/** One arrow-key step, px. */
const STEP = 24;

/** A height kept within the panel's and the canvas's least, for a centre `total` px high. */
export function clampSplit(px: number, total: number): number {
  const most = Math.max(MIN_PANEL, total - MIN_CANVAS);
  return Math.round(Math.min(most, Math.max(MIN_PANEL, px)));
}

/** The remembered height, if one was stored and reads as a number. */
export function storedSplit(storage: Pick<Storage, 'getItem'> | undefined): number | undefined {
  try {
    const v = Number(storage?.getItem(SPLIT_KEY));
    return Number.isFinite(v) && v > 0 ? v : undefined;
  } catch {
    return undefined;
  }
}

export interface Split {
  /** The panels' height now, px, or undefined while the stylesheet's default holds. */
  height(): number | undefined;
  /** Sets the panels' height (clamped); `remember` stores it. */
  set(px: number, remember?: boolean): void;
}

/**
 * A handle before `bottom` inside `centre`; the height is the CSS variable
 * --bottom-h on `centre`, which styles.css gives the panels.
 */
export function setupSplit(
  centre: HTMLElement,
  bottom: HTMLElement,
  /** The canvas's height changed: the caller fits the graph into it again. */
  onResize: () => void = () => undefined,
): Split {
  let current: number | undefined;
  let dragging = false;
  const storage = globalThis.localStorage as Storage | undefined;
  const handle = h('div', {
    class: 'split-handle',
    role: 'separator',
    tabindex: 0,
    'aria-orientation': 'horizontal',
    'aria-label': 'Resize the panels under the canvas (arrow keys)',
    'aria-controls': bottom.id,
    'aria-valuemin': MIN_PANEL,
  });
  centre.insertBefore(handle, bottom);

  /** The panels' height as drawn: the tab panel under the tabs. */
  const drawn = () => bottom.querySelector<HTMLElement>('.tabpanel:not([hidden])')?.offsetHeight;

  function set(px: number, remember = false): void {
    // The handle, the tab row and the borders take their share of the centre too.
    const chrome = handle.offsetHeight + bottom.offsetHeight - (drawn() ?? 0);
    current = clampSplit(px, centre.clientHeight - chrome);
    centre.style.setProperty('--bottom-h', `${current}px`);
    handle.setAttribute('aria-valuenow', String(current));
    // Once a drag ends, after the browser has laid the page out at the new height.
    if (!dragging) requestAnimationFrame(() => onResize());
    if (!remember) return;
    try {
      storage?.setItem(SPLIT_KEY, String(current));
    } catch {
      // A full or refused storage only forgets the height.
    }
  }

  handle.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    dragging = true;
    const startY = e.clientY;
    const start = current ?? drawn() ?? MIN_PANEL;
    const move = (ev: PointerEvent) => set(start + (startY - ev.clientY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      dragging = false;
      if (current !== undefined) set(current, true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
    handle.addEventListener('pointercancel', up, { once: true });
  });
  handle.addEventListener('keydown', (e) => {
    const d = e.key === 'ArrowUp' ? STEP : e.key === 'ArrowDown' ? -STEP : 0;
    if (!d) return;
    e.preventDefault();
    set((current ?? drawn() ?? MIN_PANEL) + d, true);
  });
  const kept = storedSplit(storage);
  if (kept !== undefined) set(kept);
  // A focusable separator states its value: the stylesheet's height until one is set.
  else handle.setAttribute('aria-valuenow', String(MIN_PANEL));
  requestAnimationFrame(() => {
    if (current === undefined) handle.setAttribute('aria-valuenow', String(drawn() ?? MIN_PANEL));
  });
  return { height: () => current, set };
}
