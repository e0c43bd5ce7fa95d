// A link is the view: what the workbench added reopens with the
// relationships among it (issue 22, symptom 1), and a node dragged, pinned
// and dragged again reopens where it was left (symptom 2), an unpinned one
// too, from the link alone in a fresh page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import {
  canvasElement,
  canvasElements,
  canvasNodeIds,
  centreOn,
  eventually,
  nodePoint,
  shot,
  useExplorer,
  runQuery,
} from './harness.js';

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

/** The node and edge ids on the canvas, sorted. */
async function content(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const all = await canvasElements(page);
  const ids = (g: string) =>
    all
      .filter((e) => e.group === g)
      .map((e) => e.id)
      .sort();
  return { nodes: ids('nodes'), edges: ids('edges') };
}

describe.runIf(browserAvailable())('a link reopens the view in Chromium', () => {
  const app = useExplorer();

  it('reopens what the workbench added, with the relationships among it, from the link alone', async () => {
    const page = await app.open();
    await page.waitForSelector('body[data-layout="idle"]');
    const first = await canvasNodeIds(page);
    await runQuery(page, 'MATCH (f:Figure) RETURN f');
    const add = page.getByRole('button', { name: 'Add to canvas' });
    await eventually(() => add.isEnabled(), 30_000).toBe(true);
    await add.click();
    await eventually(async () => (await canvasNodeIds(page)).length).toBeGreaterThan(first.length);
    await eventually(() => new URL(page.url()).searchParams.get('add')).toBeTruthy();
    await page.waitForSelector('body[data-layout="idle"]');
    const before = await content(page);
    const added = before.nodes.filter((id) => !first.includes(id));
    // The figures came with relationships, not alone.
    const edges = await canvasElements(page, { group: 'edges' });
    expect(
      edges.some((e) => added.includes(e.source ?? '') || added.includes(e.target ?? '')),
    ).toBe(true);
    const link = page.url();

    const again = await app.open(link.slice(new URL(link).origin.length));
    await again.waitForSelector('body[data-layout="idle"]');
    expect(await content(again)).toEqual(before);
    await shot(again, 'explorer-link-workbench-added');
  });

  it('puts a pinned node back where it was dragged, from the link alone', async () => {
    const page = await app.open();
    await centreOn(page, INDIA);
    await drag(page, INDIA, 90, 50);
    // Moved, not yet pinned: the link holds the place as a moved node's.
    await eventually(() => new URL(page.url()).searchParams.get('mv')).toMatch(/^country:india~/);
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

  it('puts an unpinned node back where it was dragged, from the link alone; undo puts it back first', async () => {
    const page = await app.open();
    await centreOn(page, INDIA);
    const start = await placeOf(page, INDIA);
    await drag(page, INDIA, 80, -40);
    const left = await placeOf(page, INDIA);
    const mv = `${INDIA}~${Math.round(left.x)}~${Math.round(left.y)}`;
    await eventually(() => new URL(page.url()).searchParams.get('mv')).toBe(mv);
    const link = page.url();
    // One step: undo takes the node back where it was picked up.
    await page.keyboard.press('Control+z');
    await eventually(async () => Math.round((await placeOf(page, INDIA)).x)).toBe(
      Math.round(start.x),
    );

    const again = await app.open(link.slice(new URL(link).origin.length));
    await again.waitForSelector('body[data-layout="idle"]');
    const back = await placeOf(again, INDIA);
    expect(Math.abs(back.x - left.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(back.y - left.y)).toBeLessThanOrEqual(1);
    expect((await canvasElement(again, INDIA))?.data['pinned']).toBeFalsy();
  });
});
