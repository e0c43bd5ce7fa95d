import { mkdirSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../support/app.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { testDriver } from '../support/db.js';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('the landing page in Chromium', () => {
  let driver: Driver;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    driver = testDriver();
    server = await listen(driver);
    browser = await launchBrowser();
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await driver?.close();
  });

  it('shows that Neo4j is connected and the graph is loaded', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect
      .poll(() => page.textContent('#status'))
      .toMatch(/Neo4j 5\.26\.\d+ connected · \d+ nodes/);
    await page.screenshot({ path: 'test-results/landing.png' });
  });
});
