// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchSheetCover } from '../../../../client/src/ui/sheet-cover.js';

/** An element standing at this box. */
function at(box: { left: number; right: number; top: number; bottom: number }): HTMLElement {
  const el = document.createElement('div');
  el.getBoundingClientRect = () =>
    ({ ...box, width: box.right - box.left, height: box.bottom - box.top }) as DOMRect;
  return el;
}

describe('watchSheetCover', () => {
  it('measures how far a full-width sheet rises over the canvas’ bottom', () => {
    const canvas = at({ left: 0, right: 390, top: 60, bottom: 800 });
    const sheet = at({ left: 0, right: 390, top: 500, bottom: 844 });
    const seen: number[] = [];
    watchSheetCover(sheet, canvas, (px) => seen.push(px));
    expect(seen).toEqual([300]);
  });

  it('counts a column beside the canvas as covering nothing', () => {
    const canvas = at({ left: 0, right: 1000, top: 60, bottom: 900 });
    const column = at({ left: 1000, right: 1440, top: 60, bottom: 900 });
    const seen: number[] = [];
    watchSheetCover(column, canvas, (px) => seen.push(px));
    expect(seen).toEqual([0]);
  });
});
