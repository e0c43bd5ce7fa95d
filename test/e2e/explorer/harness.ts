// Shared set-up of the explorer's browser tests: one server and one browser
// per file, a fresh page per test, helpers to read and poke the canvas
// through its test hook (test/support/canvas-hook.ts).
import { mkdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { listen } from '../../support/app.js';
import { launchBrowser } from '../../support/browser.js';
import {
  callHook,
  canvasElement,
  canvasElements,
  canvasViewport,
  enableTestHook,
  viewportSettled,
} from '../../support/canvas-hook.js';
import { testDriver } from '../../support/db.js';

export interface Viewport {
  width: number;
  height: number;
}

export interface Harness {
  url(): string;
  /** A fresh page in a fresh browser context (no storage carried over). */
  open(
    path?: string,
    viewport?: Viewport,
    before?: (page: Page) => void,
    options?: { testHook?: boolean },
  ): Promise<Page>;
}

export function useExplorer(): Harness {
  let driver: Driver;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;
  const pages: Page[] = [];

  beforeAll(async () => {
    driver = testDriver();
    server = await listen(driver);
    browser = await launchBrowser();
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  return {
    url: () => server.url,
    async open(
      path = '/',
      viewport = { width: 1500, height: 950 },
      before?: (page: Page) => void,
      { testHook = true } = {},
    ) {
      const page = await browser.newPage({ viewport });
      // The canvas' test hook (client/src/ui/canvas/test-hook-types.ts), on every load.
      if (testHook) await enableTestHook(page);
      before?.(page);
      page.setDefaultTimeout(15_000);
      // Earlier pages are closed so the new one is the only, foreground tab.
      for (const old of pages.splice(0)) await old.close().catch(() => undefined);
      pages.push(page);
      await page.bringToFront();
      await page.goto(server.url + path);
      // The first page of a run meets a cold Neo4j: give it time.
      await page.waitForSelector('body[data-ready="true"]', { timeout: 45_000 });
      return page;
    },
  };
}

/** Node ids on the canvas (hidden and filtered ones included unless `visibleOnly`). */
export async function canvasNodeIds(page: Page, visibleOnly = false): Promise<string[]> {
  const nodes = await canvasElements(page, {
    group: 'nodes',
    ...(visibleOnly ? { visible: true } : {}),
  });
  return nodes.map((n) => n.id);
}

export async function selectedIds(page: Page): Promise<string[]> {
  return (await canvasElements(page, { selected: true })).map((e) => e.id);
}

/** Where a node is on the page, to click it like a person would. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = (await canvasElement(page, id))?.rendered;
  if (!p) throw new Error(`${id} is not on the canvas`);
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Makes sure a node is on screen (centred, layout settled) before clicking it. */
export async function centreOn(page: Page, id: string): Promise<void> {
  // A layout or viewport animation still running would move the node under
  // the click; interrupting one with cy.stop() left Cytoscape ignoring clicks.
  await page.waitForSelector('body:not([data-layout="running"])', { timeout: 20_000 });
  await viewportSettled(page);
  // Move the view only when the node is off screen: a person clicks what they see.
  const p = (await canvasElement(page, id))?.position;
  if (!p) throw new Error(`${id} is not on the canvas`);
  const v = await canvasViewport(page);
  const margin = 40;
  const e = v.extent;
  if (p.x > e.x1 + margin && p.x < e.x2 - margin && p.y > e.y1 + margin && p.y < e.y2 - margin)
    return;
  // On the node itself: Cytoscape's center() counts a label drawn beside it.
  await callHook(page, 'panTo', { x: v.width / 2 - p.x * v.zoom, y: v.height / 2 - p.y * v.zoom });
  await page.waitForTimeout(300);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png` });
}

/** expect.poll with a timeout that suits a page talking to a real Neo4j. */
export function eventually<T>(fn: () => T | Promise<T>, timeout = 10_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}

/**
 * Double-clicks a node like a person would. Headless Chromium now and then
 * delivers the clicks before Cytoscape has caught up with a fresh layout,
 * and they land on the background; then nothing happens, and, like a
 * person, the test tries again (at most three times).
 */
export async function doubleClickNode(
  page: Page,
  id: string,
  happened: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await centreOn(page, id);
    const p = await nodePoint(page, id);
    await page.mouse.dblclick(p.x, p.y);
    // An expansion on a busy machine can take seconds: a retry too soon
    // would expand twice (the next page of neighbours).
    for (let wait = 0; wait < 80; wait++) {
      if (await happened()) return;
      await page.waitForTimeout(100);
    }
  }
  await page.screenshot({ path: 'test-results/double-click-missed.png' });
  throw new Error(`double-clicking ${id} three times changed nothing`);
}

/** Types a query into the workbench's editor, its completion popup closed so the text stays as typed. */
export async function typeQuery(page: Page, cypher: string): Promise<void> {
  await page.click('#tab-workbench');
  const editor = page.locator('#panel-workbench .cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await editor.pressSequentially(cypher, { delay: 0 });
  await page.keyboard.press('Escape');
}

/** Types a query into the workbench and runs it with Ctrl+Enter. */
export async function runQuery(page: Page, cypher: string): Promise<void> {
  await typeQuery(page, cypher);
  await page.keyboard.press('Control+Enter');
}

/**
 * Waits for the Chain panel to finish its newest load (aria-busy back to
 * false), however it ended. A chain is a heavy request: the gate may queue it
 * for up to 15 s and its query may run for up to 10 s (Neo4j plans it afresh
 * the first time, seconds on a busy machine), so it gets the server's own
 * bounds rather than the 10 s of `eventually`, which it overran in full runs.
 */
export async function chainLoaded(page: Page): Promise<void> {
  await page
    .locator('#panel-chain[aria-busy="false"]')
    .waitFor({ state: 'attached', timeout: 30_000 });
}

export { callHook, canvasElement, canvasElements, canvasViewport, viewportSettled };
