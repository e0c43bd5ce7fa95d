// The production page sets no global: no `window.cy` (the tests once read
// Cytoscape through it) and no test hook unless the page asks for it with
// the test flag before it loads.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_HOOK } from '../../../client/src/ui/canvas/test-hook-types.js';
import { browserAvailable } from '../../support/browser.js';
import { useExplorer } from './harness.js';

/**
 * The names a page's scripts added to `window`, beside those of a page of the
 * same origin that runs no script (an API answer), in the same browser.
 */
async function addedGlobals(page: Page): Promise<string[]> {
  const names = () => Object.getOwnPropertyNames(window);
  const own = await page.evaluate(names);
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const blank = await browser.newPage();
  try {
    await blank.goto(new URL('/api/health', page.url()).href);
    const base = new Set(await blank.evaluate(names));
    return own.filter((n) => !base.has(n));
  } finally {
    await blank.close();
  }
}

/**
 * Globals the bundled libraries set themselves, not the explorer: zod 4 keeps
 * its schema registry and config on globalThis, and cytoscape-svg's bundled
 * canvas2svg assigns window.C2S. Any other name is a new global and fails.
 */
const LIBRARY_GLOBALS = ['C2S', '__zod_globalConfig', '__zod_globalRegistry'];

describe.runIf(browserAvailable())('globals of the explorer page in Chromium', () => {
  const app = useExplorer();

  it('adds no global of its own to window when opened without the test flag', async () => {
    const page = await app.open('/', undefined, undefined, { testHook: false });
    await page.waitForSelector('body:not([data-layout="running"])');
    // `window.cy` is only the browser's named access to <div id="cy">, not a script's global.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as Record<string, unknown>)['cy'] === document.getElementById('cy'),
      ),
    ).toBe(true);
    expect((await addedGlobals(page)).sort()).toEqual(LIBRARY_GLOBALS);
  });

  it('puts the test hook, and only it, on window when opened with the test flag', async () => {
    const page = await app.open();
    await page.waitForSelector('body:not([data-layout="running"])');
    expect((await addedGlobals(page)).sort()).toEqual(
      [...LIBRARY_GLOBALS, '__explorerTestFlag', TEST_HOOK].sort(),
    );
  });
});
