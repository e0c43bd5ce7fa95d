// Honest clicks: a click selects one, Shift-click adds, two quick clicks on
// two nodes are two clicks (not a double-click), Escape clears. And a clean
// console on load.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import {
  callHook,
  canvasElements,
  canvasNodeIds,
  canvasViewport,
  centreOn,
  eventually,
  nodePoint,
  selectedIds,
  shot,
  useExplorer,
} from './harness.js';

describe.runIf(browserAvailable())('selecting on the canvas in Chromium', () => {
  const app = useExplorer();

  it('shows B after clicking A then B, without expanding B', async () => {
    const page = await app.open();
    const count = (await canvasNodeIds(page)).length;
    await centreOn(page, 'country:india');
    const a = await nodePoint(page, 'country:india');
    const b = await nodePoint(page, 'country:china');
    await page.mouse.click(a.x, a.y);
    await page.mouse.click(b.x, b.y);
    await eventually(() => selectedIds(page)).toEqual(['country:china']);
    await eventually(() => page.locator('#panel-details h2').first().textContent()).toBe('China');
    await page.waitForTimeout(700);
    expect(await canvasNodeIds(page)).toHaveLength(count);
  });

  it('adds with Shift-click and clears with Escape', async () => {
    const page = await app.open();
    await centreOn(page, 'country:india');
    const a = await nodePoint(page, 'country:india');
    const b = await nodePoint(page, 'country:china');
    await page.mouse.click(a.x, a.y);
    await page.waitForTimeout(600);
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x, b.y);
    await page.keyboard.up('Shift');
    await eventually(async () => (await selectedIds(page)).sort()).toEqual([
      'country:china',
      'country:india',
    ]);
    await page.keyboard.press('Escape');
    await eventually(() => selectedIds(page)).toEqual([]);
  });

  it('moves the selection to a neighbour with the arrow keys and opens details with Enter', async () => {
    const page = await app.open();
    await page.waitForSelector('body:not([data-layout="running"])', { timeout: 20_000 });
    await page.click('#tab-paths');
    await page.focus('#cy');
    // From nothing, an arrow key starts at the best-connected node.
    await page.keyboard.press('ArrowRight');
    await eventually(() => selectedIds(page)).toHaveLength(1);
    const [start] = await selectedIds(page);
    const neighbours = await callHook(page, 'neighbours', start!);
    let moved: string | undefined;
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
      const [now] = await selectedIds(page);
      if (now !== start) {
        moved = now;
        break;
      }
    }
    expect(neighbours).toContain(moved);
    await page.keyboard.press('Enter');
    await eventually(() => page.getAttribute('#tab-details', 'aria-selected')).toBe('true');
  });

  it("lists India's neighbours by name under a relationship type, and a name selects that neighbour", async () => {
    const page = await app.open('/?sel=country%3Aindia');
    const details = page.locator('#panel-details');
    await eventually(() => details.locator('h2').first().textContent()).toBe('India');
    const name = details.locator('.rel-group .neighbours button').first();
    await name.waitFor();
    const neighbour = (await name.textContent()) ?? '';
    expect(neighbour).not.toBe('');
    expect(neighbour).not.toBe('India');
    await shot(page, 'explorer-details-neighbours');
    await name.click();
    await eventually(() => details.locator('h2').first().textContent()).toBe(neighbour);
    await eventually(async () => (await selectedIds(page)).length).toBe(1);
    expect(await selectedIds(page)).not.toEqual(['country:india']);
  });

  it('offers the rest of a long neighbour list as "N more", and loads them', async () => {
    const page = await app.open('/?sel=country%3Aindia');
    const first = page
      .locator('#panel-details .rel-group')
      .filter({ has: page.locator('.more') })
      .first();
    await first.waitFor();
    // Named by its list (type and direction): the filter above stops matching once it loads.
    const label = (await first.locator('.neighbours').getAttribute('aria-label')) ?? '';
    const names = page.locator(`#panel-details ul.neighbours[aria-label="${label}"] li`);
    const more = first.locator('.more');
    const before = await names.count();
    expect(before).toBe(10);
    await more.click();
    await eventually(() => names.count()).toBeGreaterThan(before);
  });

  it('keeps the keyboard focus on the same list row after E expands it', async () => {
    const page = await app.open('/?sel=country%3Aindia');
    await page.click('#tab-list');
    const row = page.locator('#panel-list button[data-id="country:india"]');
    await row.focus();
    const count = (await canvasNodeIds(page)).length;
    await page.keyboard.press('e');
    await eventually(async () => (await canvasNodeIds(page)).length).toBeGreaterThan(count);
    // The list is drawn again for the new nodes; the focus must come back to India's row.
    await eventually(() => page.locator('#panel-list p.muted').first().textContent()).toMatch(
      new RegExp(`^${(await canvasNodeIds(page, true)).length} nodes`),
    );
    expect(
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['id']),
    ).toBe('country:india');
  });

  it('logs no warning or error to the console on load', async () => {
    const messages: string[] = [];
    const page = await app.open('/', undefined, (p) => {
      p.on('console', (m) => {
        if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
      });
      p.on('pageerror', (e) => messages.push(e.message));
    });
    await page.waitForSelector('body:not([data-layout="running"])');
    await page.waitForTimeout(500);
    expect(messages).toEqual([]);
  });
  it('selects the nodes in a dragged box with "Select area", without panning, and leaves it on Escape', async () => {
    const page = await app.open();
    await centreOn(page, 'country:india');
    const a = await nodePoint(page, 'country:india');
    const b = await nodePoint(page, 'country:china');
    const canvas = await page.locator('#cy').boundingBox();
    if (!canvas) throw new Error('no canvas');
    const toggle = page.getByRole('button', { name: 'Select area' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // A box round both countries, started where nothing is drawn (a drag from
    // a node or a link would move that instead).
    const box = await (async () => {
      const [dx, dy] = [canvas.x, canvas.y];
      for (const m of [30, 50, 70, 90]) {
        const r = {
          x1: Math.min(a.x, b.x) - dx - m,
          y1: Math.min(a.y, b.y) - dy - m,
          x2: Math.max(a.x, b.x) - dx + m,
          y2: Math.max(a.y, b.y) - dy + m,
        };
        if (!(await callHook(page, 'hit', r.x1, r.y1)))
          return { ...r, pan: (await canvasViewport(page)).pan };
      }
      return undefined;
    })();
    if (!box) throw new Error('no free corner to start the box from');
    await page.mouse.move(canvas.x + box.x1, canvas.y + box.y1);
    await page.mouse.down();
    await page.mouse.move(canvas.x + box.x2, canvas.y + box.y2, { steps: 12 });
    await page.mouse.up();
    await eventually(async () => (await selectedIds(page)).length).toBeGreaterThanOrEqual(2);
    const r = box;
    const centred = (await canvasElements(page, { group: 'nodes', visible: true })).map((n) => {
      // Cytoscape's box selection takes a node whose box lies wholly inside (its 'contain' mode).
      const q = n.box ?? { x1: NaN, y1: NaN, x2: NaN, y2: NaN };
      const inBox = q.x1 >= r.x1 && q.x2 <= r.x2 && q.y1 >= r.y1 && q.y2 <= r.y2;
      return { id: n.id, inBox, selected: n.selected };
    });
    const selected = (await canvasElements(page, { selected: true })).map((n) => {
      const q = n.box;
      const touches =
        q !== undefined && q.x1 <= r.x2 && q.x2 >= r.x1 && q.y1 <= r.y2 && q.y2 >= r.y1;
      return { id: n.id, node: n.group === 'nodes', touches };
    });
    const picked = { centred, selected, pan: (await canvasViewport(page)).pan };
    const ids = picked.selected.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['country:india', 'country:china']));
    // Nodes only, each touching the box, and every node wholly inside it taken.
    expect(picked.selected.every((n) => n.node && n.touches)).toBe(true);
    expect(picked.centred.filter((n) => n.inBox && !n.selected)).toEqual([]);
    // The drag drew a box: the view did not move.
    expect(picked.pan).toEqual(box.pan);
    // The store has it (the URL is the store) and the details say how many.
    await eventually(() => page.locator('#panel-details h2').first().textContent()).toBe(
      `${ids.length} selected`,
    );
    const sel = new URL(page.url()).searchParams.get('sel')?.split(',') ?? [];
    expect(sel.sort()).toEqual([...ids].sort());
    await shot(page, 'explorer-select-area');
    // Escape leaves the mode and keeps the selection.
    await page.locator('#cy').focus();
    await page.keyboard.press('Escape');
    await eventually(() => toggle.getAttribute('aria-pressed')).toBe('false');
    expect((await selectedIds(page)).length).toBe(ids.length);
  });
});
