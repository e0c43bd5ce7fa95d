// Runs fcose in a Web Worker so that laying out thousands of nodes never
// freezes the page: panning, the panels and the keyboard keep answering
// while it works. One worker per layout, ended when it answers or times out.
import type { LayoutInput, Point } from './fcose-positions.js';

/** From this many visible nodes on, the canvas lays out off the page's thread. */
export const OFFTHREAD_MIN_NODES = 1000;

type Reply = { positions: Record<string, Point> } | { error: string };

export function layoutOffThread(
  input: LayoutInput,
  timeoutMs = 30_000,
  spawn: () => Worker = () =>
    new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' }),
): Promise<Record<string, Point>> {
  return new Promise((resolve, reject) => {
    const worker = spawn();
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new Error(`The layout took longer than ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    worker.onmessage = (ev: MessageEvent<Reply>) => {
      clearTimeout(timer);
      worker.terminate();
      if ('positions' in ev.data) resolve(ev.data.positions);
      else reject(new Error(ev.data.error));
    };
    worker.onerror = (ev) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(ev.message || 'The layout worker failed.'));
    };
    worker.postMessage(input);
  });
}
