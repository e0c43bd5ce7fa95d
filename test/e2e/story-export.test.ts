// Exports that match the screen: the SVG carries, in full, every label the
// canvas shows, the legend of the kinds drawn, a title and the caption of the
// view; the PNG is that picture; the offline HTML gives a link's sources, its
// quote verbatim, as the details panel does.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import { canvasElements, useExplorer } from './explorer/harness.js';

async function grab(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync(await download.path());
}

/** The texts of an SVG's legend and of the whole picture, read by the browser's parser. */
function svgTexts(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    // A label with a halo is drawn twice at one place (outline, then fill): read once.
    const words = (el: Element | null) => {
      const out: string[] = [];
      let last = '';
      for (const t of el?.querySelectorAll('text') ?? []) {
        const key = `${t.getAttribute('x')},${t.getAttribute('y')},${t.textContent}`;
        if (key !== last) out.push(t.textContent ?? '');
        last = key;
      }
      return out.join(' ');
    };
    return {
      all: words(doc.documentElement).replace(/\s+/g, ' '),
      legend: words(doc.querySelector('.legend')),
      title: doc.querySelector('title')?.textContent ?? '',
      error: doc.querySelector('parsererror')?.textContent ?? null,
    };
  }, svg);
}

describe.runIf(browserAvailable())('exports that match the screen', () => {
  const app = useExplorer();

  it('puts every label the canvas shows, in full, the legend and the caption in the SVG and PNG', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    await page.waitForSelector('body[data-layout="idle"]');
    await page.click('#tab-export');
    await page.waitForTimeout(600); // the labels are picked once the view is still
    const nodes = await canvasElements(page, { group: 'nodes', visible: true });
    const shown = nodes.filter((n) => !n.classes.includes('no-label'));
    const svg = (await grab(page, 'SVG')).toString('utf8');
    const t = await svgTexts(page, svg);
    expect(t.error).toBeNull();
    const missing = shown
      .map((n) => String(n.data['name']))
      .filter((name) => !t.all.includes(name.replace(/\s+/g, ' ')));
    console.log(
      `SVG: ${shown.length - missing.length} of ${shown.length} shown labels, ${nodes.length} nodes visible`,
    );
    expect(shown.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    for (const kind of new Set(nodes.map((n) => String(n.data['label']))))
      expect(t.legend).toContain(`${kind} (`);
    expect(t.all).toContain('Filters: none.');
    expect(t.all).toContain('As of now');

    // Every label, by choice.
    await page.getByLabel('Every label, not only those shown').check();
    const every = await svgTexts(page, (await grab(page, 'SVG')).toString('utf8'));
    const absent = nodes
      .map((n) => String(n.data['name']))
      .filter((name) => !every.all.includes(name.replace(/\s+/g, ' ')));
    console.log(`SVG with every label: ${nodes.length - absent.length} of ${nodes.length} names`);
    expect(absent).toEqual([]);

    const png = await grab(page, 'PNG');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(700); // width, in pixels
  }, 120_000);

  it('says the as-of date and the filters of the view in the picture', async () => {
    const page = await app.open('/?asOf=2025-06-12&clock=reported&stated=1&v=2', {
      width: 1440,
      height: 900,
    });
    await page.waitForSelector('body[data-layout="idle"]');
    await page.click('#tab-export');
    const t = await svgTexts(page, (await grab(page, 'SVG')).toString('utf8'));
    expect(t.all).toContain('As of 12 Jun 2025, on the clock of when things were reported.');
    expect(t.all).toContain('stated links only');
  }, 120_000);

  it('gives a link’s quote, basis, report and paragraph in the offline HTML', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    await page.waitForSelector('body[data-layout="idle"]');
    const edges = await canvasElements(page, { group: 'edges', visible: true });
    const quoted = edges.find(
      (e) => typeof (e.data['properties'] as Record<string, unknown>)['quote'] === 'string',
    );
    if (!quoted) throw new Error('no visible link with a quote');
    const quote = String((quoted.data['properties'] as Record<string, unknown>)['quote']);
    await page.click('#tab-export');
    const html = (await grab(page, 'Interactive HTML')).toString('utf8');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('about:blank');
    await page.setContent(html);
    await page.evaluate((id) => {
      const g = [...document.querySelectorAll('[data-id]')].find(
        (e) => e.getAttribute('data-id') === id,
      );
      g?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }, quoted.id);
    const details = (await page.locator('#details').textContent()) ?? '';
    expect(details).toContain(`“${quote}”`);
    expect(details).toMatch(/Sources \(\d+\)/);
    expect(details).toMatch(/paragraph \d+/);
    expect(details).toMatch(/Stated in the report|reading of the report|Background knowledge/);
    expect(requests).toEqual([]);
  }, 120_000);
});
