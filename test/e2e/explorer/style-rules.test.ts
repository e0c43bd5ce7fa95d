// Style rules in Chromium against the seed: Size by degree draws a hub larger
// than a leaf, Colour by PageRank shows its ramp, a caption property replaces
// the names on the canvas, a reload of the URL brings the rules back and a
// hand-edited rule opens with the default look and says so.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { eventually, useExplorer } from './harness.js';

interface Sizes {
  india: number;
  /** The width of the visible node with the fewest visible relationships. */
  leaf: number;
  leafId: string;
}

/** India's drawn width beside a leaf's, degrees counted over what is visible. */
function sizes(page: Page): Promise<Sizes> {
  return page.evaluate(() => {
    type N = { id(): string; width(): number };
    type E = { source(): N; target(): N };
    const cy = (
      window as unknown as {
        cy: {
          nodes(s: string): { map<T>(f: (n: N) => T): T[] };
          edges(s: string): { map<T>(f: (e: E) => T): T[] };
          getElementById(id: string): N;
        };
      }
    ).cy;
    const degree = new Map<string, number>(cy.nodes(':visible').map((n) => [n.id(), 0]));
    for (const ids of cy.edges(':visible').map((e) => [e.source().id(), e.target().id()]))
      for (const id of ids) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [leafId] = [...degree].sort((a, b) => a[1] - b[1])[0] ?? ['none'];
    return {
      india: cy.getElementById('country:india').width(),
      leaf: cy.getElementById(leafId).width(),
      leafId,
    };
  });
}

/** How much wider India is drawn than the leaf. */
async function sizeGap(page: Page): Promise<number> {
  const s = await sizes(page);
  return s.india - s.leaf;
}

function display(page: Page, id: string): Promise<string> {
  return page.evaluate((nid) => {
    const cy = (
      window as unknown as { cy: { getElementById(i: string): { data(k: string): unknown } } }
    ).cy;
    return String(cy.getElementById(nid).data('display'));
  }, id);
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
