// The browser tests' and the bench's one way into the explorer's canvas: the
// test hook (client/src/ui/canvas/test-hook-types.ts), asked for by the test
// flag before the page loads, and called with serialisable arguments.
import type { Page } from 'playwright-core';
import {
  TEST_FLAG,
  TEST_HOOK,
  type ElementInfo,
  type ElementQuery,
  type ExplorerTestHook,
  type ViewportInfo,
} from '../../client/src/ui/canvas/test-hook-types.js';

export type { ElementInfo, ElementQuery, ExplorerTestHook };

/** Asks every page load of `page` (reloads too) for the test hook. */
export async function enableTestHook(page: Page): Promise<void> {
  await page.addInitScript((flag) => {
    (window as unknown as Record<string, boolean>)[flag] = true;
  }, TEST_FLAG);
}

type Method = {
  [K in keyof ExplorerTestHook]: ExplorerTestHook[K] extends (...a: never[]) => unknown ? K : never;
}[keyof ExplorerTestHook];

/** Calls one of the hook's methods in the page; its arguments and result cross as JSON. */
export function callHook<K extends Method>(
  page: Page,
  method: K,
  ...args: Parameters<ExplorerTestHook[K]>
): Promise<Awaited<ReturnType<ExplorerTestHook[K]>>> {
  return page.evaluate(
    async ({ hook, method, args }) => {
      const h = (window as unknown as Record<string, Record<string, unknown> | undefined>)[hook];
      if (!h) throw new Error('No test hook: open the page with enableTestHook(page).');
      const fn = h[method] as (...a: unknown[]) => unknown;
      return (await fn(...args)) as never;
    },
    { hook: TEST_HOOK, method, args: args },
  );
}

/** The canvas' elements matching the query (plain data). */
export function canvasElements(page: Page, q: ElementQuery = {}): Promise<ElementInfo[]> {
  return callHook(page, 'elements', q);
}

/** One element of the canvas (or of a mini view), undefined when it is not drawn. */
export async function canvasElement(
  page: Page,
  id: string,
  view?: string,
): Promise<ElementInfo | undefined> {
  const [e] = await callHook(page, 'elements', { ids: [id], view });
  return e;
}

/** The main canvas' viewport (zoom, pan, size, the model area on screen). */
export async function canvasViewport(page: Page): Promise<ViewportInfo> {
  const v = await callHook(page, 'viewport');
  if (!v) throw new Error('no canvas');
  return v;
}

/** Waits until no viewport animation runs on the canvas. */
export async function viewportSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (hook) => {
      const h = (window as unknown as Record<string, ExplorerTestHook | undefined>)[hook];
      return h !== undefined && h.viewport()?.animated === false;
    },
    TEST_HOOK,
    { timeout },
  );
}
