// Frame rate while a person pans and zooms, in real Chromium: the pointer is
// dragged across the canvas and the wheel turned, as a person would (the
// renderer's viewport shortcuts react only to real input, not to cy.pan()),
// and requestAnimationFrame counts the frames the page managed meanwhile.
import type { Page } from 'playwright-core';

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
      position: {
        x: (i % side) * 60 + ((i * 37) % 23),
        y: Math.floor(i / side) * 60 + ((i * 53) % 19),
      },
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

/** Puts the elements on the page's `window.cy` and waits for the first frame. */
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
    const cy = (window as unknown as { cy: Cy }).cy;
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
    const cy = (window as unknown as { cy: { container(): HTMLElement } }).cy;
    const r = cy.container().getBoundingClientRect();
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
