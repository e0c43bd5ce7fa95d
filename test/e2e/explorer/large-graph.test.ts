// A graph of a few thousand nodes: the force-directed layout runs in a Web
// Worker, so the page keeps answering while it works.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { useExplorer } from './harness.js';

const EXTRA_NODES = 1_500;

describe.runIf(browserAvailable())('a large graph in Chromium', () => {
  const app = useExplorer();

  it('lays out a graph above the threshold in a worker and places every node', async () => {
    const workers: string[] = [];
    const page = await app.open('/', undefined, (p) =>
      p.on('worker', (w) => workers.push(w.url())),
    );
    // Test tooling: the canvas exposes its Cytoscape instance for tests only.
    await page.evaluate((n) => {
      const cy = (window as unknown as { cy: { add(e: unknown[]): void } }).cy;
      const elements: unknown[] = [];
      for (let i = 0; i < n; i++) {
        elements.push({ group: 'nodes', data: { id: `bulk:${i}`, label: 'Bulk', name: `B${i}` } });
        if (i > 0) {
          const target = `bulk:${Math.floor(i / 4)}`;
          elements.push({
            group: 'edges',
            data: { id: `bulk-e${i}`, source: `bulk:${i}`, target },
          });
        }
      }
      cy.add(elements);
    }, EXTRA_NODES);
    await page.selectOption('#layout', 'concentric');
    await page.waitForSelector('body[data-layout="idle"]', { timeout: 60_000 });
    await page.selectOption('#layout', 'fcose');
    await page.waitForSelector('body[data-layout="idle"]', { timeout: 90_000 });
    expect(workers.some((url) => url.includes('layout-worker'))).toBe(true);
    // The worker's positions were placed (not the fallback on the page's thread).
    expect(await page.getAttribute('body', 'data-layout-thread')).toBe('worker');
    const spread = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: { nodes(s: string): { map<T>(f: (n: { position(): { x: number } }) => T): T[] } };
        }
      ).cy;
      const xs = cy.nodes('[id ^= "bulk:"]').map((n) => n.position().x);
      return { distinct: new Set(xs.map((x) => Math.round(x))).size, count: xs.length };
    });
    expect(spread.count).toBe(EXTRA_NODES);
    expect(spread.distinct).toBeGreaterThan(EXTRA_NODES / 2);
  }, 180_000);
});
