// The two test datasets in Chromium: the page takes its title, search hint,
// timeline and paths from the dataset, not from the bundled seed.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, datasetOptions } from '../../../server/app.js';
import { testAppOptions } from '../../support/app.js';
import { clientDir, projectRoot } from '../../../server/project-paths.js';
import { readProjectDataset } from '../../../server/loader/dataset.js';
import { loadDataset } from '../../../server/loader/loader.js';
import { browserAvailable, launchBrowser } from '../../support/browser.js';
import { removeDataset, testDriver } from '../../support/db.js';
import { eventually, shot } from './harness.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'datasets');

/** What a person should see of one test dataset. */
interface Expected {
  dir: string;
  title: string;
  /** Typed into the search box, and the option it must offer. */
  search: [typed: string, found: string];
  onTimeline: string;
  /** The ends of a path, typed and picked in the paths panel, and a step it must spell. */
  path: [from: string, to: string, step: string];
}

const datasets: Expected[] = [
  {
    dir: path.join(fixtures, 'small-press'),
    title: 'Quillfeather Press',
    search: ['Merrow', 'Ada Merrow'],
    onTimeline: 'The Salt Ledger',
    path: ['Ada Merrow', 'Cleo Vantree', 'Ada Merrow wrote The Salt Ledger'],
  },
  {
    dir: path.join(fixtures, 'lantern-bay'),
    title: 'Lantern Bay ferries',
    search: ['Heron', 'Heron'],
    onTimeline: 'Storm relief sailing',
    path: ['Marigold', 'Lamplighter Steps', 'Marigold sailed Lamplighter Steps opening run'],
  },
];

/** Types into a paths-panel combobox and picks the option named `name`. */
async function pick(page: Page, box: string, name: string): Promise<void> {
  const panel = page.locator('#panel-paths');
  await panel.getByRole('combobox', { name: box }).fill(name);
  await panel
    .locator('[role="listbox"]:visible [role="option"]', { hasText: name })
    .first()
    .click();
}

describe.runIf(browserAvailable()).each(datasets)('the $title dataset in Chromium', (d) => {
  let driver: Driver;
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    driver = testDriver();
    await loadDataset(driver, undefined, readProjectDataset(d.dir), { force: true });
    const app = createApp({
      driver,
      database: undefined,
      logger: pino({ level: 'silent' }),
      ...datasetOptions(d.dir),
      clientDir,
      options: testAppOptions,
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
    await removeDataset(driver, readProjectDataset(d.dir).name);
    await driver?.close();
  });

  it('shows the dataset’s own title in the tab and the header', async () => {
    await eventually(() => page.title()).toBe(d.title);
    expect(await page.locator('#app-title').textContent()).toBe(d.title);
  });

  it('finds a node by name from the search box', async () => {
    await page.click('#search-input');
    await page.keyboard.type(d.search[0]);
    await page.locator('#search-input + ul [role="option"]', { hasText: d.search[1] }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('puts its dated nodes on the timeline', async () => {
    const item = page.locator('#panel-timeline g.ev', { hasText: d.onTimeline });
    await eventually(() => item.count()).toBe(1);
  });

  it('finds and spells a path between two of its nodes', async () => {
    const [from, to, step] = d.path;
    await page.click('#tab-paths');
    await pick(page, 'Path from', from);
    await pick(page, 'Path to', to);
    await page.locator('#panel-paths').getByRole('button', { name: 'Find paths' }).click();
    const text = page.locator('#panel-paths .path-text').first();
    await text.waitFor();
    expect(await text.textContent()).toContain(step);
    await shot(page, `dataset-${path.basename(d.dir)}-path`);
  });
});
