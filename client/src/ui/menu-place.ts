// Where a pop-up menu goes: at the pointer, moved left or up as far as it
// must to stay inside the window, and never above or left of its margin.
// Pure, so the rule is tested without a browser.

export interface MenuPlace {
  left: number;
  top: number;
  /** The most the menu may be high; past it the menu scrolls. */
  maxHeight: number;
}

export function menuPlace(
  at: { x: number; y: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): MenuPlace {
  const maxHeight = Math.max(0, viewport.height - 2 * margin);
  const height = Math.min(size.height, maxHeight);
  const left = Math.max(margin, Math.min(at.x, viewport.width - size.width - margin));
  const top = Math.max(margin, Math.min(at.y, viewport.height - height - margin));
  return { left, top, maxHeight };
}
