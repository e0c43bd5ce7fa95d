// Another dataset in Chromium: the page takes its title, search hint and
// timeline from the dataset, not from the bundled seed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, datasetOptions, defaultAppOptions } from '../../../server/app.js';
import { clientDir, projectRoot } from '../../../server/project-paths.js';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { loadDataset } from '../../../server/loader/loader.js';
import { browserAvailable, launchBrowser } from '../../support/browser.js';
import { removeDataset, testDriver } from '../../support/db.js';
import { eventually } from './harness.js';

const smallPress = path.join(projectRoot, 'test', 'fixtures', 'datasets', 'small-press');

describe.runIf(browserAvailable())('a dataset of its own in Chromium', () => {
  let driver: Driver;
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    driver = testDriver();
    await loadDataset(driver, undefined, readProjectDataset(smallPress), { force: true });
    const app = createApp({
      driver,
      database: undefined,
      logger: pino({ level: 'silent' }),
      ...datasetOptions(smallPress),
      clientDir,
      options: defaultAppOptions,
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    page.setDefaultTimeout(15_000);
    const { port } = server.address() as AddressInfo;
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    // A shared, busy machine can take long to lay out the first view.
    await page
      .waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
      .catch((e: unknown) => {
        throw new Error(`not ready: ${problems.join(' | ') || String(e)}`);
      });
  });

  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await browser?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await removeDataset(driver, readProjectDataset(smallPress).name);
    await driver?.close();
  });

  it('shows the dataset’s own title in the tab and the header', async () => {
    await eventually(() => page.title()).toBe('Quillfeather Press');
    expect(await page.locator('#app-title').textContent()).toBe('Quillfeather Press');
  });

  it('finds an author by name from the search box', async () => {
    await page.click('#search-input');
    await page.keyboard.type('Merrow');
    await page.locator('#search-input + ul [role="option"]', { hasText: 'Ada Merrow' }).waitFor();
  });

  it('puts the books on the timeline by their year', async () => {
    const book = page.locator('#panel-timeline g.ev', { hasText: 'The Salt Ledger' });
    await eventually(() => book.count()).toBe(1);
  });
});
