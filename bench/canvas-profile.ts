// A CPU profile of the explorer's page while it pans and zooms a canvas of
// N elements (default 20,000, all drawn): where the frames' time goes, by
// function (self time), printed as a short table. A diagnostic beside
// bench/canvas-scale.ts; build the client unminified for readable names
// (`npx vite build --config client/vite.config.ts --minify false`).
import type { Page } from 'playwright-core';
import { launchBrowser } from '../test/support/browser.js';
import { drawOnExplorer, measureFrames, syntheticGraph } from './canvas-frames.js';
import { startBenchServer } from './support.js';
import { callHook, enableTestHook } from '../test/support/canvas-hook.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

const nameOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').at(-1) ?? ''}:${n.callFrame.lineNumber}`;

/** Self time of the top functions by their callers, three frames up. */
function callers(nodes: ProfileNode[], samples: number, top: string[]): string[] {
  const parent = new Map<number, ProfileNode>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n);
  const out = new Map<string, number>();
  for (const n of nodes) {
    if (!top.includes(nameOf(n)) || !n.hitCount) continue;
    const chain: string[] = [];
    for (let p = parent.get(n.id), i = 0; p && i < 4; p = parent.get(p.id), i++)
      chain.push(nameOf(p));
    const key = `${nameOf(n)} <- ${chain.join(' <- ')}`;
    out.set(key, (out.get(key) ?? 0) + n.hitCount);
  }
  return [...out]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, v]) => `${((100 * v) / samples).toFixed(1).padStart(5)} %  ${k}`);
}

function topSelf(nodes: ProfileNode[], samples: number, count = 25): string[] {
  const self = new Map<string, number>();
  for (const n of nodes) {
    const file = n.callFrame.url.split('/').at(-1) ?? '';
    const key = `${n.callFrame.functionName || '(anon)'} ${file}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${((100 * v) / samples).toFixed(1).padStart(5)} %  ${k}`);
}

async function profile(page: Page, run: () => Promise<unknown>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await run();
  const { profile: p } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[] };
  };
  const samples = p.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const top = topSelf(p.nodes, samples);
  const names = top.slice(0, 6).map((l) => l.slice(9));
  return [...top, '', ...callers(p.nodes, samples, names)];
}

async function main() {
  const n = Number(process.argv[2] ?? 20_000);
  const bench = await startBenchServer({ rate: { perSecond: 1e6, burst: 1e6, heavyCost: 5 } });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await enableTestHook(page);
    await page.goto(`${bench.url}/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    await page.evaluate('window.__name = (f) => f');
    await callHook(page, 'lockNodes');
    const graph = syntheticGraph(n);
    let drawMs = 0;
    const draw = await profile(page, async () => {
      const first = await drawOnExplorer(page, graph, graph.nodes.length);
      drawMs = first.ms;
      if (process.argv[3] === 'all') {
        const t0 = Date.now();
        await page.getByRole('button', { name: 'Draw them all' }).click();
        await drawOnExplorer(page, undefined, graph.nodes.length);
        drawMs += Date.now() - t0;
      }
    });
    console.log(`first draw ${drawMs.toFixed(0)} ms\n${draw.join('\n')}`);
    let fps = { fps: 0, p95: 0 };
    const pan = await profile(page, async () => {
      fps = await measureFrames(page);
    });
    console.log(`\npan ${fps.fps.toFixed(1)} fps p95 ${fps.p95.toFixed(0)} ms\n${pan.join('\n')}`);
  } finally {
    await browser.close();
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
