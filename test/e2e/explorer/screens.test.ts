// Every screen size: the details panel reachable and usable, nothing
// covering it, no horizontal scroll, the canvas the largest element.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import {
  callHook,
  canvasElement,
  canvasViewport,
  centreOn,
  eventually,
  nodePoint,
  selectedIds,
  shot,
  useExplorer,
  viewportSettled,
} from './harness.js';

const SCREENS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];

/** The top-most element at the centre of `selector`'s box, and whether it belongs to it. */
async function uncovered(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + Math.min(r.height / 2, 20)],
      [r.left + 8, r.top + 8],
      [r.right - 8, r.top + 8],
    ];
    return points.every(([x, y]) => {
      const top = document.elementFromPoint(x ?? 0, y ?? 0);
      return top !== null && el.contains(top);
    });
  }, selector);
}

function area(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? Math.round(r.width * r.height) : 0;
  }, selector);
}

describe.runIf(browserAvailable())('the explorer on every screen', () => {
  const app = useExplorer();

  for (const vp of SCREENS) {
    it(`opens the details of a clicked node at ${vp.width}×${vp.height}`, async () => {
      const page = await app.open('/', vp);
      // No horizontal scroll, and the page is the window's height, not the content's.
      const size = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      }));
      expect(size.scroll).toBeLessThanOrEqual(vp.width);
      expect(size.height).toBeLessThanOrEqual(vp.height);

      await centreOn(page, 'country:india');
      const p = await nodePoint(page, 'country:india');
      await page.mouse.click(p.x, p.y);
      await eventually(() => selectedIds(page)).toEqual(['country:india']);
      const heading = page.locator('#panel-details h2').first();
      await eventually(() => heading.textContent()).toBe('India');
      expect(await heading.isVisible()).toBe(true);
      // Up to 1180 px the details start folded and slide open on the selection: wait for it.
      await eventually(() => uncovered(page, '#panel-details')).toBe(true);
      await eventually(() => uncovered(page, '#tab-details')).toBe(true);
      // Usable: a button in the panel takes a click where it is drawn.
      const expand = page.locator('#panel-details button', { hasText: 'Expand' }).first();
      await expand.scrollIntoViewIfNeeded();
      expect(await uncovered(page, '#panel-details button')).toBe(true);

      // The canvas is the largest element: larger than either side panel.
      const canvas = await area(page, '#cy');
      expect(canvas).toBeGreaterThan(await area(page, '#right'));
      expect(canvas).toBeGreaterThan(await area(page, '#left'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        vp.width,
      );
      await shot(page, `explorer-screen-${vp.width}`);
    });
  }

  it('pans a tapped node out from under the phone’s details sheet, without zooming', async () => {
    const page = await app.open('/', { width: 390, height: 844 });
    const id = 'country:india';
    await centreOn(page, id);
    const canvas = await page.locator('#cy').boundingBox();
    const closed = await page.locator('#right').boundingBox();
    if (!canvas || !closed) throw new Error('no canvas or sheet');
    // The node just above the closed sheet's tabs: where the open sheet will rise.
    const p = (await canvasElement(page, id))?.rendered;
    if (!p) throw new Error(`${id} is not drawn`);
    await callHook(page, 'panBy', { x: 0, y: closed.y - canvas.y - 40 - p.y });
    const before = await canvasViewport(page);
    const tapAt = await nodePoint(page, id);
    await page.mouse.click(tapAt.x, tapAt.y);
    await eventually(() => selectedIds(page)).toEqual([id]);
    await eventually(() => page.locator('#panel-details h2').first().textContent()).toBe('India');
    const sheetTop = async () => (await page.locator('#right').boundingBox())?.y ?? 0;
    // The open sheet would cover the node where it was tapped…
    expect(tapAt.y).toBeGreaterThan(await sheetTop());
    // …so the view pans until it shows above the sheet's top, inside the canvas.
    await eventually(async () => (await nodePoint(page, id)).y < (await sheetTop()) - 10).toBe(
      true,
    );
    await viewportSettled(page);
    expect((await nodePoint(page, id)).y).toBeLessThan((await sheetTop()) - 10);
    expect((await nodePoint(page, id)).y).toBeGreaterThan(canvas.y);
    const { zoom } = await canvasViewport(page);
    expect(zoom).toBe(before.zoom);
    await shot(page, 'explorer-phone-sheet-clear');
  });

  it('has no horizontal scroll on a 360 px phone', async () => {
    const page = await app.open('/', { width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});
