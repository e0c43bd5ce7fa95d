// What a link, the filters, the workbench, Back and a server coming back do
// to the view, checked together on few page loads: a link's node outside the
// first view is fetched and named; a link of many unknown ids is one request
// and one closable note; an unticked kind leaves the timeline and the legend's
// counts; a refused query leaves no earlier rows; Back walks the steps; the
// title and search recover after an outage; Reset clears every style rule;
// the context menu stays in the window; the time layout keeps undated nodes
// off the date axis; a month-precise date reads as a month; search finds a
// person by role, a misspelling and the US spelling.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import {
  callHook,
  canvasElement,
  canvasElements,
  canvasViewport,
  eventually,
  nodePoint,
  selectedIds,
  shot,
  useExplorer,
  viewportSettled,
  runQuery,
} from './harness.js';

const KAZAN = 'event:2024-10-kazan-modi-xi-meeting';

/** Whether the canvas draws a node's name (graph/labels.ts left it a label). */
async function labelled(page: Page, id: string): Promise<boolean> {
  const n = await canvasElement(page, id);
  return n !== undefined && !n.classes.includes('no-label');
}

describe.runIf(browserAvailable())('the view’s steps in Chromium', () => {
  const app = useExplorer();

  it('selects and names a linked node outside the first view; filters reach the timeline and legend; Back undoes a step; a refusal clears the rows', async () => {
    const requests: string[] = [];
    const page = await app.open(`/?sel=${encodeURIComponent(KAZAN)}&v=2`, undefined, (p) =>
      p.on('request', (r) => requests.push(new URL(r.url()).pathname)),
    );
    // Fetched with the link's other ids in one request, selected, named.
    expect(requests.filter((p) => p === '/api/nodes')).toHaveLength(1);
    await eventually(() => selectedIds(page)).toEqual([KAZAN]);
    expect(await page.locator('#restore-note').isHidden()).toBe(true);
    await eventually(() => labelled(page, KAZAN)).toBe(true);

    // Unticking Statement: the timeline counts and draws fewer, the legend counts none.
    const info = page.locator('#panel-timeline .row > span.muted').first();
    await eventually(() => info.textContent()).toMatch(/^\d+ events/);
    const all = Number(/^(\d+)/.exec((await info.textContent()) ?? '')?.[1]);
    const drawn = await page.locator('#panel-timeline g.ev').count();
    const statement = page.locator('li', { has: page.locator('#f-hiddenLabels-Statement') });
    await page.locator('#f-hiddenLabels-Statement').uncheck();
    await eventually(() => info.textContent()).toMatch(new RegExp(`^\\d+ of ${all} events`));
    expect(await page.locator('#panel-timeline g.ev').count()).toBeLessThan(drawn);
    await eventually(() => statement.locator('.count').textContent()).toMatch(/^0\//);
    await eventually(() => page.url()).toMatch(/hideLabels=Statement/);

    // Back: the kind is ticked again, and the page is still the explorer's.
    await page.goBack();
    await eventually(() => page.url()).not.toMatch(/hideLabels/);
    expect(page.url()).toContain(`sel=${encodeURIComponent(KAZAN)}`);
    await eventually(() => page.locator('#f-hiddenLabels-Statement').isChecked()).toBe(true);
    await eventually(() => info.textContent()).toMatch(new RegExp(`^${all} events`));

    // A refused query shows the refusal alone, with no rows from before.
    await runQuery(page, 'MATCH (n:Person) RETURN n.name LIMIT 3');
    const rows = page.locator('#panel-res-table tbody tr');
    await eventually(() => rows.count()).toBeGreaterThan(0);
    await runQuery(page, 'CREATE (n:X) RETURN n');
    await eventually(() => page.locator('#panel-workbench .error').textContent()).toMatch(
      /read-only/,
    );
    expect(await rows.count()).toBe(0);
    expect(await page.locator('#panel-workbench .results').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add to canvas' }).isDisabled()).toBe(true);
  });

  it('asks for 200 unknown ids in one request and names them once, in a note that closes', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `person:nobody-${i}`);
    const requests: string[] = [];
    const page = await app.open(
      `/?exp=country%3Aindia,${ids.map(encodeURIComponent).join(',')}&v=2`,
      undefined,
      (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname)),
    );
    expect(requests.filter((p) => p === '/api/nodes')).toHaveLength(1);
    expect(requests.filter((p) => p.startsWith('/api/nodes/person'))).toEqual([]);
    const note = page.locator('#restore-note');
    await eventually(() => note.textContent()).toMatch(/200 nodes not in the graph/);
    expect(await note.textContent()).toMatch(/and 195 more/);
    // One line at this width, not six.
    const box = await note.boundingBox();
    expect(box?.height ?? 0).toBeLessThan(60);
    await shot(page, 'explorer-many-unknown-ids');
    await note.getByRole('button', { name: 'Close this note' }).click();
    expect(await note.isHidden()).toBe(true);
  });

  it('names the dataset and searches again once a server that was down is back', async () => {
    // The server is down until the page's first health check has failed
    // (and half a second more): that check and the dataset's name fail; the
    // first search fails too, as a busy one would.
    let down = true;
    let searchFailures = 1;
    const page = await app.open('/', undefined, (p) => {
      void p.route('**/api/health', (route) => {
        if (!down) return route.continue();
        setTimeout(() => (down = false), 500);
        return route.abort('connectionrefused');
      });
      void p.route('**/api/dataset', (route) =>
        down ? route.abort('connectionrefused') : route.continue(),
      );
      void p.route('**/api/search?*', (route) =>
        searchFailures-- > 0 ? route.abort('connectionrefused') : route.continue(),
      );
    });
    await eventually(() => page.title()).toBe('Rare-earth graph explorer');
    const search = page.locator('#search-input');
    await search.fill('Jaiswal');
    const list = page.locator(`#${(await search.getAttribute('aria-controls')) ?? ''}`);
    await eventually(() => list.textContent()).toMatch(/Search failed/);
    // Asked again without another key: the failure gives way to the hits.
    await eventually(() => list.textContent()).toMatch(/Randhir Jaiswal/);
  });

  it('clears every style rule on Reset, the caption among them', async () => {
    const page = await app.open('/?size=degree&colour=pagerank&caption=description&v=2');
    await eventually(async () =>
      String((await canvasElement(page, 'country:india'))?.data['display']),
    ).toMatch(/^South Asian country/);
    await page.getByRole('button', { name: 'Reset' }).click();
    // The default rules: one size, colour by kind, captioned by name.
    await eventually(() => page.inputValue('#style-size')).toBe('none');
    await eventually(() => page.inputValue('#style-colour')).toBe('kind');
    await eventually(() => page.inputValue('#style-caption')).toBe('');
    await eventually(async () =>
      String((await canvasElement(page, 'country:india'))?.data['display']),
    ).toBe('India');
    expect(page.url()).not.toMatch(/caption=|size=|colour=/);
  });

  it('keeps the context menu inside a 900 px window for a node near its foot', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    await page.waitForSelector('body:not([data-layout="running"])', { timeout: 20_000 });
    await viewportSettled(page);
    // India drawn 12 px above the canvas' foot, where a menu opened downwards would run out.
    const at = (await canvasElement(page, 'country:india'))?.position ?? { x: 0, y: 0 };
    const v = await canvasViewport(page);
    await callHook(page, 'panTo', {
      x: v.width / 2 - at.x * v.zoom,
      y: v.height - 12 - at.y * v.zoom,
    });
    await page.waitForTimeout(300);
    const p = await nodePoint(page, 'country:india');
    await page.mouse.click(p.x, p.y, { button: 'right' });
    const menu = page.locator('#menu');
    await menu.locator('button').first().waitFor();
    const box = await menu.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(900);
  });

  it('puts undated nodes left of every dated one in the time layout, off the date axis', async () => {
    const page = await app.open('/?layout=time');
    await page.waitForSelector('body[data-layout="idle"]');
    const nodes = await canvasElements(page, { group: 'nodes', visible: true });
    const dated = nodes.filter((n) => typeof n.data['date'] === 'string');
    const china = nodes.find((n) => n.id === 'country:china');
    expect(dated.length).toBeGreaterThan(0);
    const earliest = Math.min(...dated.map((n) => n.position?.x ?? Infinity));
    expect(china?.position?.x ?? Infinity).toBeLessThan(earliest);
  });

  it('shows a month-precise date as its month in details, not as the first of the month', async () => {
    const page = await app.open(
      `/?sel=${encodeURIComponent('event:2020-05-eastern-ladakh-standoff')}&v=2`,
    );
    const details = page.locator('#panel-details');
    await eventually(() => details.textContent()).toContain('May 2020');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Oct 2024');
    expect(text).not.toMatch(/2020-05-01|2024-10-01/);
  });

  it('suggests first the person by role or misspelling and the licence by its US spelling', async () => {
    const page = await app.open();
    const search = page.locator('#search-input');
    const first = page.locator('#search-input + ul [role="option"]').first();
    for (const [words, hit] of [
      ['MEA spokesman', 'Randhir Jaiswal'],
      ['Jaiswall', 'Randhir Jaiswal'],
      ['license', 'Export licence required'],
    ] as const) {
      await search.fill(words);
      await eventually(() => first.textContent()).toContain(hit);
    }
  });
});
