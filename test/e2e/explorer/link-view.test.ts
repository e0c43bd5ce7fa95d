// A link is the view: a node dragged, pinned and dragged again reopens, from
// the link alone in a fresh page, where it was left (issue 22, symptom 2).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { canvasElement, centreOn, eventually, nodePoint, shot, useExplorer } from './harness.js';

const INDIA = 'country:india';

/** Drags a node by hand, as a person would, by (dx, dy) screen pixels. */
async function drag(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const p = await nodePoint(page, id);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + dx, p.y + dy, { steps: 8 });
  await page.mouse.up();
}

async function placeOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = (await canvasElement(page, id))?.position;
  if (!p) throw new Error(`${id} is not drawn`);
  return p;
}

describe.runIf(browserAvailable())('a link reopens the view in Chromium', () => {
  const app = useExplorer();

  it('puts a pinned node back where it was dragged, from the link alone', async () => {
    const page = await app.open();
    await centreOn(page, INDIA);
    await drag(page, INDIA, 90, 50);
    const p = await nodePoint(page, INDIA);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.getByRole('menuitem', { name: 'Pin in place' }).click();
    await eventually(() => new URL(page.url()).searchParams.get('at')).toMatch(/^country:india~/);
    // Pinned, then moved again by hand: the link follows.
    await drag(page, INDIA, -60, 40);
    const left = await placeOf(page, INDIA);
    const at = `${INDIA}~${Math.round(left.x)}~${Math.round(left.y)}`;
    await eventually(() => new URL(page.url()).searchParams.get('at')).toBe(at);
    const link = page.url();

    const again = await app.open(link.slice(new URL(link).origin.length));
    await again.waitForSelector('body[data-layout="idle"]');
    const back = await placeOf(again, INDIA);
    expect(Math.abs(back.x - left.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(back.y - left.y)).toBeLessThanOrEqual(1);
    expect((await canvasElement(again, INDIA))?.data['pinned']).toBe(true);
    await shot(again, 'explorer-link-pinned-place');
  });
});
