// The canvas: overview, search, expand, details, filters, layouts, undo.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import {
  callHook,
  canvasElement,
  canvasElements,
  canvasNodeIds,
  canvasViewport,
  eventually,
  centreOn,
  doubleClickNode,
  nodePoint,
  selectedIds,
  shot,
  useExplorer,
} from './harness.js';

describe.runIf(browserAvailable())('the explorer canvas in Chromium', () => {
  const app = useExplorer();

  it('lands on a styled overview with a legend and Neo4j connected', async () => {
    const page = await app.open();
    await eventually(() => page.textContent('#status')).toMatch(
      /Neo4j 5\.26\.\d+ connected · \d+ nodes/,
    );
    const ids = await canvasNodeIds(page);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.length).toBeLessThanOrEqual(60);
    expect(ids).toContain('country:india');
    // The legend lists kinds with swatches and counts from /api/schema.
    await eventually(() => page.locator('.legend li').count()).toBeGreaterThan(5);
    expect(await page.locator('.legend li', { hasText: 'Country' }).textContent()).toMatch(
      /\d+\/\d+/,
    );
    const nodes = await canvasElements(page, { group: 'nodes' });
    const colours = new Set(nodes.map((n) => n.style.backgroundColor)).size;
    expect(colours).toBeGreaterThan(3);
    await shot(page, 'explorer-overview');
  });

  it('suggests "Randhir Jaiswal" for "Jaiswal" and centres and selects him on Enter', async () => {
    const page = await app.open();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Jaiswal');
    const option = page.locator('#search-input + ul [role="option"]', {
      hasText: 'Randhir Jaiswal',
    });
    await option.waitFor();
    expect(await page.locator('[role="option"]').first().textContent()).toContain(
      'MEA spokesperson',
    );
    await page.keyboard.press('Enter');
    await eventually(() => selectedIds(page)).toEqual(['person:randhir-jaiswal']);
    await eventually(() => page.locator('#panel-details h2').first().textContent()).toBe(
      'Randhir Jaiswal',
    );
    await shot(page, 'explorer-search-jaiswal');
  });

  it('finds the Ministry of External Affairs by its alias "MEA", picked with the arrow keys', async () => {
    const page = await app.open();
    await page.click('#search-input');
    await page.keyboard.type('MEA');
    await page.locator('[role="option"]', { hasText: 'Ministry of External Affairs' }).waitFor();
    const options = await page.locator('[role="option"]').allTextContents();
    const index = options.findIndex((t) => t.includes('Ministry of External Affairs'));
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => selectedIds(page)).toEqual(['org:mea-india']);
  });

  it('clears the search with Escape', async () => {
    const page = await app.open();
    await page.click('#search-input');
    await page.keyboard.type('China');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-input')).toBe('');
    expect(await page.locator('#search-input + .suggestions').isHidden()).toBe(true);
  });

  it('expands a node on double-click and undoes and redoes the expansion', async () => {
    const page = await app.open();
    const before = await canvasNodeIds(page);
    await doubleClickNode(page, 'country:india', async () =>
      /India/.test((await page.textContent('#notice')) ?? ''),
    );
    await eventually(async () => (await canvasNodeIds(page)).length).toBeGreaterThan(before.length);
    expect(await page.textContent('#notice')).toMatch(/new element|more/);
    expect(page.url()).toContain('exp=country%3Aindia');
    await page.click('button[aria-label="Undo"]');
    await eventually(async () => (await canvasNodeIds(page)).length).toBe(before.length);
    await page.click('button[aria-label="Redo"]');
    await eventually(async () => (await canvasNodeIds(page)).length).toBeGreaterThan(before.length);
    await shot(page, 'explorer-expanded');
  });

  it('offers expansion by relationship type, hide and pin in the right-click menu', async () => {
    const page = await app.open();
    await centreOn(page, 'org:mea-india');
    const p = await nodePoint(page, 'org:mea-india');
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page
      .locator('#menu button', { hasText: /^Expand [A-Z_]+ \(\d+\)$/ })
      .first()
      .waitFor();
    await shot(page, 'explorer-context-menu');
    const labels = await page.locator('#menu button').allTextContents();
    expect(labels).toContain('Hide');
    expect(labels).toContain('Pin in place');
    await page.locator('#menu button', { hasText: 'Hide' }).click();
    expect(await canvasNodeIds(page, true)).not.toContain('org:mea-india');
  });

  it('shows every property, aliases, degree and sources of a node, and the sources of a relationship', async () => {
    const page = await app.open('/?sel=org%3Amea-india');
    const details = page.locator('#panel-details');
    await eventually(() => details.locator('h2').first().textContent()).toBe(
      'Ministry of External Affairs (India)',
    );
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Also known as: MEA');
    expect(text).toContain('orgType');
    expect(text).toMatch(/Relationships by type/);
    expect(await details.locator('.source').count()).toBeGreaterThan(0);
    // An edge: select one touching MEA and read its sources.
    const edge = (await canvasElements(page, { group: 'edges' })).find(
      (e) => e.source === 'org:mea-india' || e.target === 'org:mea-india',
    );
    await callHook(page, 'select', [edge?.id ?? '']);
    await eventually(() => details.locator('.source').count()).toBeGreaterThan(0);
    // Each card names its report by its file (the locator).
    expect(await details.locator('.source').first().textContent()).toMatch(
      /\d{3}_[0-9a-f]{16}\.txt/,
    );
    await shot(page, 'explorer-details');
  });

  it('filters by kind with counts from the schema', async () => {
    const page = await app.open();
    const countryIds = (await canvasNodeIds(page, true)).filter((id) => id.startsWith('country:'));
    expect(countryIds.length).toBeGreaterThan(0);
    await page.locator('.legend li', { hasText: 'Country' }).locator('input').uncheck();
    const visible = await canvasNodeIds(page, true);
    expect(visible.filter((id) => id.startsWith('country:'))).toEqual([]);
    expect(page.url()).toContain('hideLabels=Country');
  });

  it('switches layouts and restores selection, filters and layout from the URL', async () => {
    const page = await app.open('/?sel=country%3Achina&hideTypes=PRECEDED&layout=concentric');
    expect(await page.inputValue('#layout')).toBe('concentric');
    await eventually(() => selectedIds(page)).toEqual(['country:china']);
    expect(await page.locator('li', { hasText: 'PRECEDED' }).locator('input').isChecked()).toBe(
      false,
    );
    await page.selectOption('#layout', 'dagre');
    await page.selectOption('#layout', 'time');
    expect(page.url()).toContain('layout=time');
    await shot(page, 'explorer-time-layout');
  });

  it.each([
    ['fcose', 8],
    ['dagre', 6],
    ['concentric', 6],
    ['time', 6],
  ] as const)('draws labels after the %s layout and Fit (at least %i)', async (layout, least) => {
    const page = await app.open();
    await page.waitForSelector('body[data-layout="idle"]');
    if (layout !== 'fcose') await page.selectOption('#layout', layout);
    await page.waitForSelector('body[data-layout="idle"]');
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await eventually(() => labelledNodes(page)).toBeGreaterThanOrEqual(least);
    await shot(page, `explorer-labels-${layout}`);
  });

  it('draws a date axis over the time layout naming the years of the events', async () => {
    const page = await app.open('/?layout=time');
    await page.waitForSelector('body[data-layout="idle"]');
    const axis = page.locator('.time-axis');
    await axis.waitFor();
    const dates = (await canvasElements(page, { group: 'nodes', visible: true })).map(
      (n) => n.data['date'],
    );
    const years = [
      ...new Set(dates.filter((d) => typeof d === 'string').map((d) => String(d).slice(0, 4))),
    ];
    expect(years.length).toBeGreaterThan(1);
    const first = Math.min(...years.map(Number));
    const last = Math.max(...years.map(Number));
    const ticks = await axis.locator('.tick-label').allTextContents();
    // Every year from the first event's to the last one's stands on the axis.
    for (let y = first + 1; y <= last; y++) expect(ticks).toContain(String(y));
    // Another layout takes the axis away.
    await page.selectOption('#layout', 'dagre');
    await page.waitForSelector('body[data-layout="idle"]');
    await eventually(() => axis.isHidden()).toBe(true);
  });

  it('puts a tick of the date axis above a dated node, zoomed in on it', async () => {
    const page = await app.open('/?layout=time');
    await page.waitForSelector('body[data-layout="idle"]');
    await page.locator('.time-axis').waitFor();
    // A dated node stands where the axis puts its day: between the ticks on
    // either side, at the x their days give it (whatever the tick step is).
    const node = (await canvasElements(page, { group: 'nodes', visible: true })).find((n) => {
      const d = n.data['date'];
      return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
    });
    const id = node?.id;
    if (node?.position) {
      await callHook(page, 'zoomTo', 3);
      // On the node itself: Cytoscape's center() counts a label drawn beside it.
      const v = await canvasViewport(page);
      const p = node.position;
      await callHook(page, 'panTo', { x: v.width / 2 - p.x * 3, y: v.height / 2 - p.y * 3 });
    }
    expect(id).toBeDefined();
    // Node and ticks are read together on each try: the view may still settle.
    await eventually(async () => {
      const n = await canvasElement(page, id ?? '');
      const x = n?.rendered?.x ?? NaN;
      const day = Math.floor(Date.parse(String(n?.data['date'])) / 86_400_000);
      const ticks = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.time-axis .tick')].map((t) => ({
          x: parseFloat(t.style.left),
          day: Number(t.dataset.day),
        })),
      );
      ticks.sort((a, b) => a.day - b.day);
      const before = ticks.filter((t) => t.day <= day).at(-1);
      const after = ticks.find((t) => t.day > day);
      if (!before || !after) return Infinity;
      const expected =
        before.x + ((day - before.day) / (after.day - before.day)) * (after.x - before.x);
      return Math.abs(expected - x);
    }).toBeLessThan(1);
  });
});

/** How many visible nodes have their label drawn, at a size that can be read (12 px). */
async function labelledNodes(page: Page): Promise<number> {
  const { zoom } = await canvasViewport(page);
  const nodes = await canvasElements(page, { group: 'nodes', visible: true });
  return nodes.filter(
    (n) => !n.classes.includes('no-label') && parseFloat(n.style.fontSize) * zoom >= 11.5,
  ).length;
}
