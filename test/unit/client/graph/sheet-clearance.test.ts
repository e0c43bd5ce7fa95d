import { describe, expect, it } from 'vitest';
import { SHEET_MARGIN, sheetClearance } from '../../../../client/src/graph/sheet-clearance.js';

// A phone's canvas: 700 px high, the details sheet's top edge at 380.
const H = 700;
const TOP = 380;

describe('sheetClearance', () => {
  it('leaves a node alone that shows above the sheet', () => {
    expect(sheetClearance(200, H, TOP)).toBeNull();
    expect(sheetClearance(SHEET_MARGIN, H, TOP)).toBeNull();
    expect(sheetClearance(TOP - SHEET_MARGIN, H, TOP)).toBeNull();
  });

  it('pans a node under the sheet up to the middle of the visible part', () => {
    const dy = sheetClearance(500, H, TOP);
    expect(dy).toBe(TOP / 2 - 500);
    expect(500 + (dy ?? 0)).toBe(TOP / 2);
  });

  it('pans a node just above the sheet edge, where its label would be cut, too', () => {
    expect(sheetClearance(TOP - 10, H, TOP)).toBe(TOP / 2 - (TOP - 10));
  });

  it('pans a node above the top of the canvas down into view', () => {
    expect(sheetClearance(-30, H, TOP)).toBe(TOP / 2 + 30);
  });

  it('treats a sheet below the canvas as no sheet: only the canvas edges count', () => {
    expect(sheetClearance(600, H, 900)).toBeNull();
    expect(sheetClearance(690, H, 900)).toBe(H / 2 - 690);
  });

  it('gives up when the sheet leaves no room to show a node', () => {
    expect(sheetClearance(500, H, 2 * SHEET_MARGIN - 1)).toBeNull();
    expect(sheetClearance(500, H, -10)).toBeNull();
  });

  it('always puts a node it moves inside the visible band', () => {
    for (const y of [-100, 0, 100, 379, 380, 699, 1000]) {
      const dy = sheetClearance(y, H, TOP);
      if (dy !== null) {
        const after = y + dy;
        expect(after).toBeGreaterThanOrEqual(SHEET_MARGIN);
        expect(after).toBeLessThanOrEqual(TOP - SHEET_MARGIN);
      }
    }
  });
});
