// Export, saved views, list view, themes, and what happens when the API is down.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { canvasNodeIds, eventually, shot, useExplorer } from './harness.js';

describe.runIf(browserAvailable())('views, export and resilience in Chromium', () => {
  const app = useExplorer();

  it('exports GraphML, GEXF, Cytoscape JSON and a standalone HTML file of the visible graph', async () => {
    const page = await app.open();
    await page.click('#tab-export');
    const grab = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      const path = await download.path();
      const { readFileSync } = await import('node:fs');
      return readFileSync(path, 'utf8');
    };
    expect(await grab('GraphML')).toContain('<node id="country:india">');
    expect(await grab('GEXF')).toContain('<node id="country:india" label="India">');
    const cy = JSON.parse(await grab('Cytoscape JSON')) as { elements: { nodes: unknown[] } };
    expect(cy.elements.nodes.length).toBe((await canvasNodeIds(page, true)).length);
    const html = await grab('Interactive HTML');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect((await grab('PNG')).length).toBeGreaterThan(1000);
    expect(await grab('SVG')).toContain('<svg');
  });

  it('lists the sources behind the visible graph as citations', async () => {
    const page = await app.open();
    await page.click('#tab-export');
    await page.getByRole('button', { name: 'List sources' }).click();
    const box = page.getByRole('textbox', { name: 'Citations' });
    // APA, the default style: the Business Today report is dated to the day.
    // citation-js loads on first use: allow for it on a busy machine.
    await eventually(() => box.inputValue(), 30_000).toMatch(
      /\(2025, October 31\)\. Business Today\./,
    );
    await page.getByRole('combobox', { name: 'Citation style' }).selectOption('chicago');
    await eventually(() => box.inputValue()).toMatch(
      /^Business Today\. “.+\.” October 31, 2025\.$/m,
    );
  });

  it('downloads the citations of the visible graph as CSL-JSON, RIS and BibTeX that parse back', async () => {
    const page = await app.open();
    await page.click('#tab-export');
    const grab = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 30_000 }),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      const { readFileSync } = await import('node:fs');
      return readFileSync(await download.path(), 'utf8');
    };
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-ris');
    await import('@citation-js/plugin-bibtex');
    const csl = JSON.parse(await grab('CSL-JSON')) as { id: string; title: string }[];
    expect(csl.length).toBeGreaterThan(1);
    const titles = csl.map((i) => i.title).sort();
    const ris = await grab('RIS');
    for (const line of ris.split('\n')) expect(line).toMatch(/^([A-Z][A-Z0-9] {2}- .*|ER {2}- |)$/);
    const bib = await grab('BibTeX');
    expect(bib).toMatch(/date = \{2025-10-31\}/);
    for (const file of [ris, bib]) {
      const back = new Cite(file).data as { title: string }[];
      expect(back.map((i) => i.title).sort()).toEqual(titles);
    }
  });

  it('saves a view by name and restores it after a reload', async () => {
    const page = await app.open('/?exp=org%3Amea-india');
    const before = (await canvasNodeIds(page)).sort();
    await page.click('#tab-export');
    await page.getByRole('textbox', { name: 'View name' }).fill('MEA view');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.goto(app.url());
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#tab-export');
    await page.getByRole('button', { name: 'MEA view', exact: true }).click();
    await eventually(async () => (await canvasNodeIds(page)).sort()).toEqual(before);
    expect(page.url()).toContain('exp=org%3Amea-india');
  });

  it('lists the good saved views around a malformed one and says it was set aside', async () => {
    const page = await app.open('/', undefined, (p) => {
      void p.addInitScript(() => {
        const good = (name: string) => ({
          name,
          savedAt: '2026-01-01T00:00:00.000Z',
          state: '',
          positions: {},
          graph: { nodes: [], edges: [] },
        });
        const stored = [good('First view'), { name: 'Broken view' }, good('Third view')];
        localStorage.setItem('reg.savedViews.v1', JSON.stringify(stored));
      });
    });
    await page.click('#tab-export');
    const names = page.locator('#panel-export ul.plain li.row button.link');
    await eventually(() => names.allTextContents()).toEqual(['First view', 'Third view']);
    const note = page.locator('#storage-note-saved-views-set-aside');
    expect(await note.textContent()).toMatch(/1 of your saved views could not be read/);
    await note.getByRole('button', { name: 'Close this note' }).click();
    expect(await note.count()).toBe(0);
  });

  it('offers a list view of the visible graph and a dark theme', async () => {
    const page = await app.open();
    await page.click('#tab-list');
    const rows = page.locator('#panel-list table[aria-label="Visible nodes"] tbody tr');
    expect(await rows.count()).toBe((await canvasNodeIds(page, true)).length);
    await page
      .locator('#panel-list button', { hasText: /^India$/ })
      .first()
      .click();
    await eventually(() => page.locator('#panel-details h2').first().textContent()).toBe('India');
    await page.click('#theme');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await shot(page, 'explorer-dark-list');
  });

  it('says when Neo4j is down and recovers by itself when it is back', async () => {
    const page = await app.open();
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({
          status: 'unavailable',
          neo4j: { connected: false, version: null, edition: null, message: 'connection refused' },
          counts: null,
          seed: [],
        }),
      }),
    );
    // Ask now rather than wait for the next poll.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await eventually(() => page.locator('#banner').textContent(), 20_000).toMatch(/not reachable/);
    await shot(page, 'explorer-neo4j-down');
    await page.unroute('**/api/health');
    await eventually(() => page.locator('#banner').isHidden(), 20_000).toBe(true);
    expect(await page.textContent('#status')).toMatch(/connected/);
  });

  it('shows a busy loading state over the canvas until the first graph is drawn', async () => {
    const seen: { loading: boolean; busy: string | null; text: string }[] = [];
    const page = await app.open('/', undefined, (p) => {
      // The overview is held while the test looks at the page, then sent on.
      void p.route('**/api/overview**', async (route) => {
        seen.push({
          loading: await p.locator('#canvas-loading').isVisible(),
          busy: await p.getAttribute('#cy', 'aria-busy'),
          text: (await p.locator('#canvas-loading').textContent()) ?? '',
        });
        await route.continue();
      });
    });
    expect(seen[0]).toEqual({ loading: true, busy: 'true', text: 'Loading the graph…' });
    expect(await page.locator('#canvas-loading').isHidden()).toBe(true);
    expect(await page.getAttribute('#cy', 'aria-busy')).toBe('false');
  });

  it('says what to do while every kind is filtered out, until the filters are reset', async () => {
    const page = await app.open();
    const boxes = page.locator('#left ul[aria-label="Kinds of node"] input[type="checkbox"]');
    for (const box of await boxes.all()) await box.uncheck();
    const empty = page.locator('#canvas-empty');
    await eventually(() => empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toMatch(/^Nothing to show: .*Reset the filters/);
    // Not a notice that fades: it is still there after the notices' time.
    await page.waitForTimeout(6000);
    expect(await empty.isVisible()).toBe(true);
    await shot(page, 'explorer-empty-state');
    await empty.getByRole('button', { name: 'Reset filters' }).click();
    await eventually(() => empty.isHidden()).toBe(true);
    expect((await canvasNodeIds(page, true)).length).toBeGreaterThan(0);
  });
});
