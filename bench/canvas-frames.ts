// Frame rate while a person pans and zooms, in real Chromium: the pointer is
// dragged across the canvas and the wheel turned, as a person would (the
// renderer's viewport shortcuts react only to real input, not to a pan call),
// and requestAnimationFrame counts the frames the page managed meanwhile.
import type { Page } from 'playwright-core';
import { TEST_HOOK, type ExplorerTestHook } from '../client/src/ui/canvas/test-hook-types.js';

export interface FrameResult {
  elements: number;
  /** Adding the elements and drawing them once, positions given. */
  drawMs: number;
  fps: number;
  /** The slowest 5 % of frames took at least this long. */
  p95FrameMs: number;
}

/** Elements of a synthetic graph: 2 nodes in 5, the rest edges, on a grid with some jitter. */
export function syntheticElements(elements: number): unknown[] {
  const nodes = Math.round(elements / 2.5);
  const side = Math.ceil(Math.sqrt(nodes));
  const out: unknown[] = [];
  for (let i = 0; i < nodes; i++) {
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, label: 'Synthetic', name: `Node ${i}`, display: `Node ${i}` },
      position: gridPlace(i, nodes),
    });
  }
  for (let i = 0; out.length < elements; i++) {
    const a = i % nodes;
    const b = (a + 1 + ((i * 7919) % 5) * (i % 2 === 0 ? 1 : side)) % nodes;
    out.push({
      group: 'edges',
      data: { id: `e${i}`, source: `n${a}`, target: `n${b}`, type: 'LINKS' },
    });
  }
  return out;
}

/** The grid place of synthetic node `n<i>` among `nodes` (as syntheticElements puts it). */
export function gridPlace(i: number, nodes: number): { x: number; y: number } {
  const side = Math.ceil(Math.sqrt(nodes));
  return { x: (i % side) * 60 + ((i * 37) % 23), y: Math.floor(i / side) * 60 + ((i * 53) % 19) };
}

/** The synthetic elements as the API's Graph payload, for the explorer's own way in. */
export function syntheticGraph(elements: number): {
  nodes: { id: string; labels: string[]; name: string; properties: Record<string, never> }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    properties: Record<string, never>;
  }[];
} {
  const graph: ReturnType<typeof syntheticGraph> = { nodes: [], edges: [] };
  for (const e of syntheticElements(elements) as {
    group: string;
    data: Record<string, string>;
  }[]) {
    const d = e.data;
    if (e.group === 'nodes')
      graph.nodes.push({
        id: d['id'] ?? '',
        labels: ['Synthetic'],
        name: d['name'] ?? '',
        properties: {},
      });
    else
      graph.edges.push({
        id: d['id'] ?? '',
        source: d['source'] ?? '',
        target: d['target'] ?? '',
        type: 'LINKS',
        properties: {},
      });
  }
  return graph;
}

/**
 * Adds the graph through the explorer's canvas (its test hook's `add`: the
 * view-wide cap decides what is drawn), puts the drawn nodes on the grid and
 * waits for the first frame. Also used after "Draw them all" (nothing to add).
 */
export async function drawOnExplorer(
  page: Page,
  graph: ReturnType<typeof syntheticGraph> | undefined,
  nodes: number,
): Promise<{ ms: number; drawn: number }> {
  const places: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < nodes; i++) places[`n${i}`] = gridPlace(i, nodes);
  return page.evaluate(
    async ({ graph, places, hook }) => {
      const h = (window as unknown as Record<string, ExplorerTestHook>)[hook];
      if (!h) throw new Error('No test hook: open the page with enableTestHook(page).');
      const t0 = performance.now();
      if (graph) {
        h.clear();
        h.add(graph);
      }
      h.place(places);
      await h.frame();
      return { ms: performance.now() - t0, drawn: h.count() };
    },
    { graph, places, hook: TEST_HOOK },
  );
}

/** Puts the elements on a bare Cytoscape page's `window.bare` and waits for the first frame. */
export async function drawElements(page: Page, elements: unknown[]): Promise<number> {
  return page.evaluate(async (els) => {
    type Cy = {
      elements(): { remove(): void };
      batch(f: () => void): void;
      add(e: unknown[]): unknown;
      fit(): void;
      one(e: string, f: () => void): void;
      forceRender(): void;
    };
    const cy = (window as unknown as { bare: Cy }).bare;
    cy.elements().remove();
    const t0 = performance.now();
    cy.batch(() => cy.add(els));
    cy.fit();
    await new Promise<void>((resolve) => {
      cy.one('render', () => resolve());
      cy.forceRender();
    });
    return performance.now() - t0;
  }, elements);
}

/** Drags across the canvas and wheels in and out while counting frames. */
export async function measureFrames(
  page: Page,
  seconds = 4,
): Promise<{ fps: number; p95: number }> {
  const box = await page.evaluate(() => {
    // Both pages draw into #cy.
    const r = document.getElementById('cy')!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
  });
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; counting: boolean };
    w.frames_ = [];
    w.counting = true;
    const tick = (t: number) => {
      w.frames_.push(t);
      if (w.counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const deadline = Date.now() + seconds * 1000;
  // Bounded by time and by a count of gestures.
  for (let i = 0; i < 200 && Date.now() < deadline; i++) {
    if (i % 2 === 0) {
      // A pan from a point beside the centre (an empty spot is not guaranteed; a node drag also moves the view's content).
      const dx = box.w / 4;
      await page.mouse.move(box.x - dx, box.y + box.h / 3);
      await page.mouse.down();
      for (let s = 1; s <= 10; s++) {
        await page.mouse.move(box.x - dx + (s * dx) / 5, box.y + box.h / 3 - s * 4);
      }
      await page.mouse.up();
    } else {
      await page.mouse.move(box.x, box.y);
      for (let s = 0; s < 6; s++) await page.mouse.wheel(0, s < 3 ? -120 : 120);
    }
  }
  return page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; counting: boolean };
    w.counting = false;
    const t = w.frames_;
    const gaps = t.slice(1).map((x, i) => x - (t[i] ?? x));
    gaps.sort((a, b) => a - b);
    const span = (t.at(-1) ?? 0) - (t[0] ?? 0);
    return {
      fps: span > 0 ? (gaps.length * 1000) / span : 0,
      p95: gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.95))] ?? NaN,
    };
  });
}
