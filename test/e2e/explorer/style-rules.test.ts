// Style rules in Chromium against the seed: Size by degree draws a hub larger
// than a leaf, Colour by PageRank shows its ramp, a caption property replaces
// the names on the canvas, a reload of the URL brings the rules back and a
// hand-edited rule opens with the default look and says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { canvasElement, canvasElements, eventually, useExplorer } from './harness.js';

interface Sizes {
  india: number;
  /** The width of the visible node with the fewest visible relationships. */
  leaf: number;
  leafId: string;
}

/** India's drawn width beside a leaf's, degrees counted over what is visible. */
async function sizes(page: Page): Promise<Sizes> {
  const all = await canvasElements(page);
  const width = new Map(all.map((e) => [e.id, e.width ?? 0]));
  const visible = all.filter((e) => e.visible);
  const degree = new Map<string, number>(
    visible.filter((e) => e.group === 'nodes').map((n) => [n.id, 0]),
  );
  for (const e of visible)
    for (const id of e.group === 'edges' ? [e.source, e.target] : [])
      if (id) degree.set(id, (degree.get(id) ?? 0) + 1);
  const [leafId] = [...degree].sort((a, b) => a[1] - b[1])[0] ?? ['none'];
  return { india: width.get('country:india') ?? 0, leaf: width.get(leafId) ?? 0, leafId };
}

/** How much wider India is drawn than the leaf. */
async function sizeGap(page: Page): Promise<number> {
  const s = await sizes(page);
  return s.india - s.leaf;
}

async function display(page: Page, id: string): Promise<string> {
  return String((await canvasElement(page, id))?.data['display']);
}

describe.runIf(browserAvailable())('style rules in Chromium', () => {
  const app = useExplorer();

  it('sizes by degree, colours by PageRank, captions by a property, and a reload keeps them', async () => {
    const page = await app.open('/');
    const before = await sizes(page);
    // Today's look: one size for all.
    expect(before.india).toBe(before.leaf);

    await page.selectOption('#style-size', 'degree');
    await eventually(() => sizeGap(page)).toBeGreaterThan(15);

    await page.selectOption('#style-colour', 'pagerank');
    await page.locator('.rule-ramp').waitFor();
    await expect(page.locator('.rule-legend').textContent()).resolves.toMatch(/PageRank/);

    await page.selectOption('#style-caption', 'description');
    await eventually(() => display(page, 'country:india')).toMatch(/^South Asian country/);
    await eventually(() => page.url()).toMatch(
      /size=degree&colour=pagerank&caption=description&v=2$/,
    );

    // The same link in a fresh page opens with the same rules.
    const again = await app.open(new URL(page.url()).search);
    await expect(again.inputValue('#style-size')).resolves.toBe('degree');
    await expect(again.inputValue('#style-colour')).resolves.toBe('pagerank');
    await expect(again.inputValue('#style-caption')).resolves.toBe('description');
    await eventually(() => display(again, 'country:india')).toMatch(/^South Asian country/);
    await eventually(() => sizeGap(again)).toBeGreaterThan(15);
  });

  it('gives every node the common size back when Size by returns to none', async () => {
    const page = await app.open('/?size=degree&v=2');
    await eventually(() => sizeGap(page)).toBeGreaterThan(15);
    await page.selectOption('#style-size', 'none');
    await eventually(() => sizeGap(page)).toBe(0);
  });

  it('opens a hand-edited rule with the default look and says so', async () => {
    const page = await app.open('/?size=huge&v=2');
    await expect(page.inputValue('#style-size')).resolves.toBe('none');
    await eventually(() => page.locator('#restore-note').textContent()).toMatch(/size=huge/);
    const s = await sizes(page);
    expect(s.india).toBe(s.leaf);
  });
});
