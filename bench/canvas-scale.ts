// npm run bench:canvas: how the canvas copes with thousands of elements, in
// real Chromium (headless, software rendering). For 1k, 5k and 20k elements
// (2 nodes in 5, the rest edges) it measures, on the explorer's own page and
// on a bare Cytoscape page (default style, nothing else) with the same
// elements, with and without the explorer's large-graph viewport settings:
// the first draw, then frames per second while the pointer pans and the
// wheel zooms. The explorer gets the graph the way it adds one (its
// view-wide cap draws at most DRAW_CAP elements); past the cap it is
// measured a second time after its "Draw them all". On the explorer page it
// also times the default fcose layout up to 5k elements (20k takes tens of
// seconds and is not offered).
//
// Starts a throwaway local Neo4j with the seed (the page needs the API to
// start). Bounded: a fixed list of sizes, one run each, a time limit each.
// Writes docs/bench/canvas.md (bench/canvas-report.ts: table and verdicts).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.js';
import {
  drawElements,
  drawOnExplorer,
  measureFrames,
  syntheticElements,
  syntheticGraph,
} from './canvas-frames.js';
import { PAGES, canvasReport, tableRow, type CanvasRow } from './canvas-report.js';
import { startBenchServer } from './support.js';
import { callHook, enableTestHook } from '../test/support/canvas-hook.js';
import { DRAW_CAP } from '../client/src/graph/cap.js';
import { viewportSettings } from '../client/src/graph/viewport.js';

const SIZES = [1_000, 5_000, 20_000];
const LAYOUT_UP_TO = 5_000;
const REPORT = new URL('../docs/bench/canvas.md', import.meta.url);

/** What the pages are, for the report (the figures come from the run). */
const NOTES = [
  `Pages: the explorer's own page (the graph added as the explorer adds one: past ${DRAW_CAP.toLocaleString('en-GB')} elements it draws`,
  'the most relevant and offers "Draw them all"; "all drawn" is after that button); a bare Cytoscape',
  "page with the default style and nothing else; the same bare page with the explorer's viewport settings",
  'for large graphs (`hideEdgesOnViewport`, `textureOnViewport`). fps is while the pointer pans and the',
  'wheel zooms; the first draw is from adding the elements to the first frame.',
  '',
  "The explorer's level of detail (graph/style.ts, graph/detail.ts): past 2,000 elements straight edges",
  'without arrowheads or names (except around the selection), no text outlines, and new nodes start',
  'unnamed until the label placement names those it picks; past 10,000 no node outlines, and zoomed out',
  "below zoom 1.08 only the selection's and a path's names, with the zoom-following sizes written in steps of 19 %.",
];
const VIEWPORT = { width: 1500, height: 950 };
const cytoscapeFile = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

async function explorerPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await enableTestHook(page);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return page;
}

/** A bare page; `viewport` gives its renderer the explorer's settings for large graphs (graph/viewport.ts). */
async function barePage(browser: Browser, viewport = false): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
  await page.addScriptTag({ path: cytoscapeFile });
  await page.evaluate(
    (settings) => {
      const w = window as unknown as { cytoscape: (o: unknown) => unknown; bare: unknown };
      w.bare = w.cytoscape({ container: document.getElementById('cy'), elements: [], ...settings });
    },
    viewportSettings(viewport ? Infinity : 0),
  );
  return page;
}

/**
 * Nodes do not move under the pointer, so every drag pans (the same on both
 * pages). Also defines the helper tsx adds to named functions inside the
 * code sent to the page (as text, so that tsx leaves it alone).
 */
const ungrab = async (page: Page, explorer: boolean) => {
  await page.evaluate('window.__name = (f) => f');
  if (explorer) await callHook(page, 'lockNodes');
  else
    await page.evaluate(() => {
      (window as unknown as { bare: { autoungrabify(v: boolean): void } }).bare.autoungrabify(true);
    });
};

/** fcose over the elements already on the page, as the explorer runs it by default. */
const fcoseMs = (page: Page) => callHook(page, 'timeFcose');

async function main() {
  // The page's requests all come from one address, many times over: not the rate limit's concern here.
  const bench = await startBenchServer({ rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 } });
  const browser = await launchBrowser();
  const start = new Date().toISOString();
  const load = os.loadavg()[0] ?? 0;
  const rows: CanvasRow[] = [];
  try {
    for (const n of SIZES) {
      const elements = syntheticElements(n);
      const graph = syntheticGraph(n);
      const nodes = graph.nodes.length;
      for (const kind of PAGES) {
        // Up to the cap, everything is drawn anyway.
        if (kind === 'explorer, all drawn' && n <= DRAW_CAP) continue;
        const explorer = kind.startsWith('explorer');
        const page = explorer
          ? await explorerPage(browser, `${bench.url}/`)
          : await barePage(browser, kind !== 'bare Cytoscape');
        try {
          await ungrab(page, explorer);
          let drawMs: number;
          let drawn = n;
          if (explorer) {
            const first = await drawOnExplorer(page, graph, nodes);
            ({ ms: drawMs, drawn } = first);
            if (kind === 'explorer, all drawn') {
              const t0 = Date.now();
              await page.getByRole('button', { name: 'Draw them all' }).click();
              ({ drawn } = await drawOnExplorer(page, undefined, nodes));
              drawMs += Date.now() - t0;
            }
          } else drawMs = await drawElements(page, elements);
          const frames = await measureFrames(page);
          const layout = kind === 'explorer' && n <= LAYOUT_UP_TO ? await fcoseMs(page) : undefined;
          const row: CanvasRow = {
            elements: n,
            page: kind,
            drawn,
            drawMs,
            fps: frames.fps,
            p95Ms: frames.p95,
            fcoseMs: layout,
          };
          rows.push(row);
          console.log(tableRow(row));
        } finally {
          await page.close();
        }
      }
    }
    const run = { start, end: new Date().toISOString(), load, cpus: os.cpus().length };
    const report = canvasReport(rows, run, NOTES);
    writeFileSync(REPORT, report);
    console.log(`\n${report}`);
  } finally {
    await browser.close();
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
