// Paths, the timeline with "as of", event chains and disagreeing figures.
import { describe, expect, it } from 'vitest';
import { CLAIMS_PAGE } from '../../../client/src/ui/claims.js';
import { browserAvailable } from '../../support/browser.js';
import {
  canvasElement,
  canvasElements,
  canvasNodeIds,
  centreOn,
  chainLoaded,
  eventually,
  nodePoint,
  selectedIds,
  shot,
  useExplorer,
} from './harness.js';

describe.runIf(browserAvailable())('analysis panels in Chromium', () => {
  const app = useExplorer();

  it('spells out and highlights the shortest path from the MEA to China', async () => {
    const page = await app.open();
    await page.click('#tab-paths');
    const panel = page.locator('#panel-paths');
    await panel.getByRole('combobox', { name: 'Path from' }).fill('MEA');
    await panel
      .locator('[role="listbox"]:visible [role="option"]', {
        hasText: 'Ministry of External Affairs',
      })
      .first()
      .click();
    await panel.getByRole('combobox', { name: 'Path to' }).fill('China');
    await panel
      .locator('[role="listbox"]:visible [role="option"]', { hasText: /^China/ })
      .first()
      .click();
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await panel.locator('.path-text').first().waitFor();
    const text = (await panel.locator('.path-text').first().textContent()) ?? '';
    expect(text).toContain('Ministry of External Affairs (India)');
    expect(await panel.locator('.path-text li').count()).toBeGreaterThan(0);
    const highlighted = (await canvasElements(page, { className: 'highlight' })).length;
    expect(highlighted).toBeGreaterThan(2);
    await shot(page, 'explorer-paths');
  });

  it('draws the events on a time axis with their precision and selects an event on click', async () => {
    const page = await app.open();
    const events = page.locator('#panel-timeline g.ev');
    await eventually(() => events.count()).toBeGreaterThan(20);
    // Month-precise events are bars, inferred dates say "c." in their label.
    expect(await page.locator('#panel-timeline g.ev rect').count()).toBeGreaterThan(0);
    expect(await page.locator('#panel-timeline g.ev[aria-label^="c. "]').count()).toBeGreaterThan(
      0,
    );
    const galwan = page.locator('#panel-timeline g.ev', { hasText: 'Galwan Valley clash' });
    await galwan.click();
    await eventually(() => selectedIds(page)).toEqual(['event:2020-06-galwan-valley-clash']);
    await eventually(() => galwan.getAttribute('class')).toContain('selected');
    await shot(page, 'explorer-timeline');
  });

  it('keeps the timeline inside its panel at ×8 and filters the canvas by a dragged range', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    const events = page.locator('#panel-timeline g.ev');
    await eventually(() => events.count()).toBeGreaterThan(20);
    const before = await events.count();
    await page.locator('#panel-timeline select[aria-label="Timeline zoom"]').selectOption('8');
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const host = await box('#panel-timeline .timeline');
    const right = await box('#right');
    expect(host.x + host.width).toBeLessThanOrEqual(right.x + 1);
    await page.locator('#panel-timeline select[aria-label="Timeline zoom"]').selectOption('1');
    // Drag across the middle third of the axis band.
    const band = await box('#panel-timeline .brush-band');
    const y = band.y + band.height / 2;
    await page.mouse.move(band.x + band.width / 3, y);
    await page.mouse.down();
    await page.mouse.move(band.x + (band.width * 2) / 3, y, { steps: 5 });
    await page.mouse.up();
    await eventually(() => page.evaluate(() => location.search)).toMatch(/from=.*to=/);
    const from = await page.inputValue('#filter-from');
    const to = await page.inputValue('#filter-to');
    expect(from < to).toBe(true);
    await eventually(() => events.count()).toBeLessThan(before);
    // Events outside the range are filtered off the canvas.
    const filtered = (await canvasElements(page, { group: 'nodes', className: 'filtered' })).length;
    expect(filtered).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'All dates' }).click();
    await eventually(() => events.count()).toBe(before);
  });

  it('marks the timeline when an event is selected on the canvas', async () => {
    const page = await app.open('/?sel=event%3A2025-04-04-china-export-controls');
    await eventually(() =>
      page.locator('#panel-timeline g.ev.selected').getAttribute('data-id'),
    ).toBe('event:2025-04-04-china-export-controls');
  });

  it('reloads the view "as of" a date on either clock', async () => {
    const page = await app.open();
    const events = page.locator('#panel-timeline g.ev');
    await eventually(() => events.count()).toBeGreaterThan(30);
    const all = await events.count();
    await page.fill('#asof-date', '2025-06-30');
    await page.dispatchEvent('#asof-date', 'change');
    await eventually(() => events.count()).toBeLessThan(all);
    const happened = await events.count();
    await page.selectOption('#asof-clock', 'reported');
    await eventually(() => events.count()).toBeLessThan(happened);
    expect(page.url()).toContain('asOf=2025-06-30');
    expect(page.url()).toContain('clock=reported');
    const ids = await canvasNodeIds(page);
    expect(ids).not.toContain('event:2025-10-china-licences-indian-firms');
    await shot(page, 'explorer-asof');
  });

  it('lists the causes and consequences of the April export controls by date', async () => {
    const page = await app.open('/?sel=event%3A2025-04-04-china-export-controls');
    await page.click('#tab-chain');
    await page.locator('#panel-chain').getByRole('button', { name: 'Show for selected' }).click();
    const items = page.locator('#panel-chain ol li');
    await chainLoaded(page);
    expect(await items.count()).toBeGreaterThan(5);
    expect(await items.first().textContent()).toContain('US tariff increases');
    // Listed by date: the cause, in 2025's tariffs, before the export controls.
    const names = await items.evaluateAll((lis) =>
      lis.map((li) => li.querySelector('.chain-head button')?.textContent ?? ''),
    );
    const at = (part: string) => names.findIndex((n) => n.includes(part));
    expect(at('US tariff increases')).toBeLessThan(at('China export controls'));
    await shot(page, 'explorer-chain-panel');
  });

  it('loads the chain shown again when its event is chosen again, at the depth now set', async () => {
    const root = 'event:2025-04-04-china-export-controls';
    const page = await app.open();
    let asked = 0;
    page.on('request', (r) => {
      if (r.url().includes('/chain?')) asked++;
    });
    const chooseChain = async () => {
      await centreOn(page, root);
      const p = await nodePoint(page, root);
      await page.mouse.click(p.x, p.y, { button: 'right' });
      await page.locator('#menu button', { hasText: 'Causes and consequences' }).click();
    };
    const panel = page.locator('#panel-chain');
    const items = panel.locator('ol li');
    await chooseChain();
    await chainLoaded(page);
    const deep = await items.count();
    expect(deep).toBeGreaterThan(5);
    // The same event, chosen again after the depth changed: the store's value
    // is unchanged, yet the chain is asked for and drawn anew.
    await panel.getByRole('spinbutton', { name: 'Depth' }).fill('1');
    await chooseChain();
    await chainLoaded(page);
    expect(asked).toBe(2);
    const shallow = await items.count();
    expect(shallow).toBeLessThan(deep);
    expect(shallow).toBeGreaterThan(1);
  });

  it('lays the chain out on the main canvas by date, causal links solid and sequence dashed', async () => {
    const root = 'event:2025-04-04-china-export-controls';
    const page = await app.open(`/?sel=${encodeURIComponent(root)}`, { width: 1440, height: 900 });
    await page.click('#tab-chain');
    const panel = page.locator('#panel-chain');
    // Two steps each way: a chain that fits the screen at a readable zoom.
    await panel.getByRole('spinbutton', { name: 'Depth' }).fill('2');
    await panel.getByRole('button', { name: 'Show for selected' }).click();
    await chainLoaded(page);
    expect(await panel.locator('ol li').count()).toBeGreaterThan(5);
    await panel.getByRole('button', { name: 'Lay out on the canvas' }).click();
    await page.waitForSelector('.chain-legend', { state: 'visible' });
    // Labels are picked a moment after the view moves.
    await eventually(
      async () => (await canvasElement(page, root))?.classes.includes('no-label') === false,
    ).toBe(true);
    const nodes = (await canvasElements(page, { group: 'nodes', className: 'chain' })).map((n) => ({
      id: n.id,
      x: n.position?.x ?? NaN,
      labelled: !n.classes.includes('no-label'),
    }));
    const edges = async (className: string) =>
      (await canvasElements(page, { group: 'edges', className })).map((e) => ({
        line: e.style.lineStyle,
        words: String(e.data['chainWords']),
      }));
    const view = {
      nodes,
      rootLabelled: nodes.find((n) => n.id === root)?.labelled,
      causal: await edges('chain-causal'),
      sequence: await edges('chain-sequence'),
    };
    expect(view.nodes.length).toBeGreaterThan(5);
    // Left to right by date: sorting by x never puts a later date first.
    const byX = [...view.nodes].sort((a, b) => a.x - b.x);
    const tariffs = byX.findIndex((n) => n.id === 'event:2025-us-tariff-increases');
    const controls = byX.findIndex((n) => n.id === root);
    expect(tariffs).toBeGreaterThanOrEqual(0);
    expect(tariffs).toBeLessThan(controls);
    expect(view.rootLabelled).toBe(true);
    expect(view.causal.length).toBeGreaterThan(0);
    expect(view.causal.every((e) => e.line === 'solid' && e.words !== 'undefined')).toBe(true);
    expect(view.sequence.every((e) => e.line === 'dashed' && e.words === 'came before')).toBe(true);
    await shot(page, 'explorer-chain');
  });

  it('puts disagreeing figures side by side with their sources', async () => {
    const page = await app.open();
    await page.click('#tab-claims');
    const group = page.locator('#panel-claims .claims-group').first();
    await group.waitFor();
    expect(await group.locator('.claim').count()).toBeGreaterThan(1);
    expect(await group.textContent()).toContain('disagree');
    expect(await group.locator('.source').count()).toBeGreaterThan(0);
    await shot(page, 'explorer-claims');
  });

  it('shows figures a page at a time, "Show N more" reached and pressed from the keyboard', async () => {
    const page = await app.open();
    await page.click('#tab-claims');
    const panel = page.locator('#panel-claims');
    const status = panel.getByRole('status');
    await eventually(() => status.textContent()).toMatch(/^Showing \d+ of \d+ figures\.$/);
    await panel.getByLabel('Only topics where figures disagree').uncheck();
    // The seed holds more figures than the panel's page of ten.
    const total = await page.evaluate(async () => {
      const res = await fetch('/api/claims?limit=1');
      return ((await res.json()) as { total: number }).total;
    });
    expect(total).toBeGreaterThan(CLAIMS_PAGE);
    await eventually(() => status.textContent()).toBe(
      `Showing ${CLAIMS_PAGE} of ${total} figures.`,
    );
    expect(await panel.locator('.claim').count()).toBe(CLAIMS_PAGE);
    const next = Math.min(CLAIMS_PAGE, total - CLAIMS_PAGE);

    // Tab from the last figure's last control reaches the button; Enter presses it.
    await panel.locator('.claim').last().locator('button, summary, a[href]').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `Show ${next} more`,
    );
    await page.keyboard.press('Enter');
    const shown = CLAIMS_PAGE + next;
    await eventually(() => status.textContent()).toBe(`Showing ${shown} of ${total} figures.`);
    expect(await panel.locator('.claim').count()).toBe(shown);
    // The keyboard goes on from the first new figure.
    expect(await page.evaluate(() => document.activeElement?.closest('.claim') !== null)).toBe(
      true,
    );
    // A topic cut by the first page went on in its own row, not in a second box.
    const topics = await panel
      .locator('.claims-group')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(topics).size).toBe(topics.length);
    expect(await panel.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(
      shown < total ? 1 : 0,
    );
  });
});
