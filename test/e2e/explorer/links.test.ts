// Shared links: a URL with expansions, hidden labels, hidden nodes, pins and
// an as-of date reopens the same view in a fresh browser; a stale or
// hand-edited one opens without error and says what it could not restore.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import type { ElementInfo } from '../../support/canvas-hook.js';
import { canvasElements, canvasNodeIds, eventually, selectedIds, useExplorer } from './harness.js';

/**
 * Finds a node with the search box and picks it (selects it, opens details).
 * A search that times out on a busy machine is typed again, like a person
 * would (three tries at most).
 */
async function pick(page: Page, text: string, id: string): Promise<void> {
  const option = page.locator('#search-input + ul [role="option"]', { hasText: text }).first();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.fill('#search-input', '');
    await page.click('#search-input');
    await page.keyboard.type(text);
    try {
      await option.waitFor({ timeout: 15_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  await option.click();
  await eventually(() => selectedIds(page)).toEqual([id]);
}

/** What a person sees of a view: nodes shown, hidden by hand, pinned; the as-of date. */
async function view(page: Page) {
  const all = await canvasElements(page, { group: 'nodes' });
  const has = (c: string) => (n: ElementInfo) => n.classes.includes(c);
  return {
    shown: all
      .filter((n) => !has('hidden')(n) && !has('filtered')(n))
      .map((n) => n.id)
      .sort(),
    hidden: all.filter(has('hidden')).map((n) => n.id),
    pinned: all.filter((n) => n.data['pinned'] === true).map((n) => n.id),
    asOf: await page.inputValue('#asof-date'),
  };
}

describe.runIf(browserAvailable())('shared links in Chromium', () => {
  const app = useExplorer();

  it('opens the link that crashed: India expanded with people hidden', async () => {
    const page = await app.open('/?exp=country%3Aindia&hideLabels=Person');
    expect(await page.locator('#canvas-empty').isHidden()).toBe(true);
    const ids = await canvasNodeIds(page, true);
    expect(ids).toContain('country:india');
    expect(ids.filter((id) => id.startsWith('person:'))).toEqual([]);
  });

  it('reopens expansions, hidden labels, hidden nodes, pins and as-of in a fresh browser', async () => {
    const first = await app.open('/?exp=country%3Aindia&hideLabels=Person&asOf=2025-12-31');
    await pick(first, 'Ministry of External Affairs', 'org:mea-india');
    await first.locator('#panel-details button', { hasText: 'Pin' }).first().click();
    await pick(first, 'Ministry of Commerce and Industry', 'org:commerce-ministry-india');
    await first.locator('#panel-details button', { hasText: 'Hide' }).first().click();
    await eventually(() => first.url()).toMatch(/hide=org%3Acommerce-ministry-india/);
    const before = await view(first);
    expect(before.hidden).toEqual(['org:commerce-ministry-india']);
    expect(before.pinned).toEqual(['org:mea-india']);
    const link = new URL(first.url());
    expect(link.search).toMatch(/exp=country%3Aindia/);
    expect(link.search).toMatch(/pin=org%3Amea-india/);
    expect(link.search).toMatch(/hideLabels=Person/);
    expect(link.search).toMatch(/asOf=2025-12-31/);

    const second = await app.open(link.pathname + link.search);
    const after = await view(second);
    expect(after).toEqual(before);
    expect(await second.locator('#restore-note').isHidden()).toBe(true);
  });

  it('opens a stale, hand-edited link and says what it could not restore', async () => {
    const errors: string[] = [];
    const page = await app.open(
      '/?exp=country%3Aindia,person%3Ano-such-person&hide=org%3Agone&asOf=2025-02-31x&zoom=9',
      undefined,
      (p) => p.on('pageerror', (e) => errors.push(e.message)),
    );
    expect(errors).toEqual([]);
    expect(await canvasNodeIds(page)).toContain('country:india');
    const banner = page.locator('#restore-note');
    await eventually(() => banner.textContent()).toMatch(/could not be restored/);
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('person:no-such-person');
    expect(text).toContain('org:gone');
    expect(text).toContain('"zoom"');
    expect(text).toContain('asOf=2025-02-31x');
  });

  it('keeps saying what a stale link could not restore after the health checks', async () => {
    const page = await app.open('/?exp=country%3Aindia,person%3Ano-such-person');
    const note = page.locator('#restore-note');
    await eventually(() => note.textContent()).toMatch(/person:no-such-person/);
    // One failed check, then a healthy one: the health banner comes and goes.
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
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await eventually(() => page.locator('#banner').textContent()).toMatch(/not reachable/);
    await page.unroute('**/api/health');
    // The page checks health again when the window gets the focus.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await eventually(() => page.locator('#banner').isHidden(), 20_000).toBe(true);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/could not be restored: .*person:no-such-person/);
  });
});
