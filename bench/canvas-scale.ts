// npm run bench:canvas: how the explorer's canvas copes with a few thousand
// elements. In real Chromium, on the real page (its stylesheet and layout
// settings), it adds N synthetic nodes with 1.5·N edges in one batch, runs
// the default fcose layout and draws, and reports each size as a ratio to
// the smallest size measured in the same run.
//
// Starts a throwaway local Neo4j with the seed (the page needs the API to
// start). Bounded: a fixed list of sizes, one run each, a time limit each.
import { launchBrowser } from '../test/support/browser.js';
import { startBenchServer } from './support.js';

const SIZES = [250, 1000, 2000, 4000];

async function main() {
  const bench = await startBenchServer();
  const browser = await launchBrowser();
  try {
    const url = `${bench.url}/`;

    const results: { n: number; add: number; layout: number; frame: number }[] = [];
    for (const n of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      const r = await page.evaluate(async (count) => {
        type Cy = {
          elements(): { remove(): void };
          batch(f: () => void): void;
          add(e: unknown[]): unknown;
          layout(o: unknown): { run(): void; one(e: string, f: () => void): void };
          one(e: string, f: () => void): void;
          forceRender(): void;
        };
        const cy = (window as unknown as { cy: Cy }).cy;
        cy.elements().remove();
        const els: unknown[] = [];
        for (let i = 0; i < count; i++)
          els.push({
            group: 'nodes',
            data: { id: `n${i}`, label: 'Synthetic', name: `Node ${i}` },
          });
        for (let i = 0; i < count * 1.5; i++) {
          const a = i % count;
          const b = (i * 7919 + 13) % count;
          if (a !== b)
            els.push({
              group: 'edges',
              data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type: 'LINKS' },
            });
        }
        const t0 = performance.now();
        cy.batch(() => cy.add(els));
        const t1 = performance.now();
        await new Promise<void>((resolve) => {
          const l = cy.layout({
            name: 'fcose',
            animate: false,
            quality: 'default',
            randomize: true,
          });
          l.one('layoutstop', () => resolve());
          l.run();
        });
        const t2 = performance.now();
        await new Promise<void>((resolve) => {
          cy.one('render', () => resolve());
          cy.forceRender();
        });
        const t3 = performance.now();
        return { add: t1 - t0, layout: t2 - t1, frame: t3 - t2 };
      }, n);
      results.push({ n, ...r });
      await page.close();
    }
    const base = results[0];
    if (!base) return;
    console.log(
      `baseline: ${base.n} nodes — add ${base.add.toFixed(0)} ms, fcose ${base.layout.toFixed(0)} ms, first frame ${base.frame.toFixed(0)} ms\n`,
    );
    console.log('nodes  edges   add ×    fcose ×   frame ×   (ms: add / fcose / frame)');
    for (const r of results) {
      console.log(
        `${String(r.n).padStart(5)}  ${String(r.n * 1.5).padStart(5)}  ${(r.add / base.add).toFixed(1).padStart(6)}  ${(r.layout / base.layout).toFixed(1).padStart(8)}  ${(r.frame / Math.max(base.frame, 1)).toFixed(1).padStart(8)}   (${r.add.toFixed(0)} / ${r.layout.toFixed(0)} / ${r.frame.toFixed(0)})`,
      );
    }
  } finally {
    await browser.close();
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
