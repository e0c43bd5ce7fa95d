// A graph of a few thousand nodes: the force-directed layout runs in a Web
// Worker, so the page keeps answering while it works; past the view-wide cap
// only the most relevant elements are drawn, with a notice and a way to draw
// them all.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DRAW_CAP } from '../../../client/src/graph/cap.js';
import { browserAvailable } from '../../support/browser.js';
import { seriousViolations } from './axe.js';
import { callHook, canvasElements, eventually, useExplorer } from './harness.js';

const EXTRA_NODES = 1_500;

/** A saved view of `nodes` nodes (a tree plus a ring over half of them): 2 × nodes − 1 + nodes / 2 elements. */
function bigView(nodes: number) {
  const graph = {
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: `big:${i}`,
      labels: ['Bulk'],
      name: `Big ${i}`,
      properties: {},
    })),
    edges: [] as { id: string; source: string; target: string; type: string; properties: object }[],
  };
  for (let i = 1; i < nodes; i++)
    graph.edges.push({
      id: `tree${i}`,
      source: `big:${Math.floor(i / 2)}`,
      target: `big:${i}`,
      type: 'UNDER',
      properties: {},
    });
  for (let i = 0; i < nodes / 2; i++)
    graph.edges.push({
      id: `ring${i}`,
      source: `big:${i}`,
      target: `big:${i + 1}`,
      type: 'NEXT',
      properties: {},
    });
  const positions = Object.fromEntries(
    graph.nodes.map((n, i) => [n.id, { x: (i % 50) * 40, y: Math.floor(i / 50) * 40 }]),
  );
  return { name: 'Big view', savedAt: '2026-12-05T07:00:00.000Z', state: 'v=2', positions, graph };
}

/** Elements on the canvas (in Cytoscape). */
const drawn = (page: Page) => callHook(page, 'count');

describe.runIf(browserAvailable())('a large graph in Chromium', () => {
  const app = useExplorer();

  it('lays out a graph above the threshold in a worker and places every node', async () => {
    const workers: string[] = [];
    const page = await app.open('/', undefined, (p) =>
      p.on('worker', (w) => workers.push(w.url())),
    );
    // A tree of bulk nodes, added the way the explorer adds a graph (test hook).
    const bulk = {
      nodes: Array.from({ length: EXTRA_NODES }, (_, i) => ({
        id: `bulk:${i}`,
        labels: ['Bulk'],
        name: `B${i}`,
        properties: {},
      })),
      edges: Array.from({ length: EXTRA_NODES - 1 }, (_, k) => ({
        id: `bulk-e${k + 1}`,
        source: `bulk:${k + 1}`,
        target: `bulk:${Math.floor((k + 1) / 4)}`,
        type: 'LINKS',
        properties: {},
      })),
    };
    expect(await callHook(page, 'add', bulk)).toHaveLength(2 * EXTRA_NODES - 1);
    await page.selectOption('#layout', 'concentric');
    await page.waitForSelector('body[data-layout="idle"]', { timeout: 60_000 });
    await page.selectOption('#layout', 'fcose');
    await page.waitForSelector('body[data-layout="idle"]', { timeout: 90_000 });
    expect(workers.some((url) => url.includes('layout-worker'))).toBe(true);
    // The worker's positions were placed (not the fallback on the page's thread).
    expect(await page.getAttribute('body', 'data-layout-thread')).toBe('worker');
    const xs = (await canvasElements(page, { group: 'nodes' }))
      .filter((n) => n.id.startsWith('bulk:'))
      .map((n) => n.position?.x ?? 0);
    const spread = { distinct: new Set(xs.map((x) => Math.round(x))).size, count: xs.length };
    expect(spread.count).toBe(EXTRA_NODES);
    expect(spread.distinct).toBeGreaterThan(EXTRA_NODES / 2);
  }, 180_000);

  it('draws at most the cap of a larger view, says how many more, and draws them all on request', async () => {
    const view = bigView(2_400);
    const total = view.graph.nodes.length + view.graph.edges.length;
    expect(total).toBeGreaterThan(DRAW_CAP);
    // A saved view in the page's storage: the explorer's own way to bring a graph of any size.
    const page = await app.open(
      '/',
      undefined,
      (p) =>
        void p.addInitScript((v) => {
          localStorage.setItem('reg.savedViews.v1', JSON.stringify([v]));
        }, view),
    );
    await page.click('#tab-export');
    await page.getByRole('button', { name: 'Big view', exact: true }).click();
    const notice = page.locator('#cap-notice');
    await eventually(() => notice.isVisible()).toBe(true);
    const shown = await drawn(page);
    expect(shown).toBeLessThanOrEqual(DRAW_CAP);
    expect(shown).toBeGreaterThan(DRAW_CAP - 10);
    expect(await notice.textContent()).toContain(
      `${(total - shown).toLocaleString('en-GB')} more not drawn`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Draw them all' }).click();
    await eventually(() => drawn(page)).toBe(total);
    expect(await notice.textContent()).toContain(
      `All ${total.toLocaleString('en-GB')} elements drawn`,
    );
    // Not in the link: a shared view starts within the cap.
    expect(page.url()).not.toMatch(/drawAll|all=/);
    await page
      .getByRole('button', { name: `Draw ${DRAW_CAP.toLocaleString('en-GB')} only` })
      .click();
    await eventually(() => drawn(page)).toBe(shown);
  }, 120_000);
});
