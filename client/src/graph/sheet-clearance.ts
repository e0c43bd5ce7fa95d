// On a phone the details rise as a bottom sheet over the lower part of the
// canvas, often right over the node just tapped. This decides how far to pan
// the view (up or down, never zooming) so the selected node shows in the part
// of the canvas the sheet leaves visible. Pure: rendered (on-screen)
// coordinates in, a vertical pan out.

/** The least room kept between the node and the top of the canvas or of the sheet. */
export const SHEET_MARGIN = 40;

/**
 * The vertical pan (rendered px, for `panBy`) that brings a node at rendered
 * height `nodeY` into view above a sheet whose top edge is at `sheetTop` in
 * the canvas' coordinates, or null when the node is already in view with its
 * margin, or when the sheet leaves too little room for any node to show.
 * A node that has to move is put in the middle of the visible part.
 */
export function sheetClearance(
  nodeY: number,
  canvasHeight: number,
  sheetTop: number,
  margin = SHEET_MARGIN,
): number | null {
  const visibleBottom = Math.min(sheetTop, canvasHeight);
  if (visibleBottom < 2 * margin) return null;
  if (nodeY >= margin && nodeY <= visibleBottom - margin) return null;
  return visibleBottom / 2 - nodeY;
}
