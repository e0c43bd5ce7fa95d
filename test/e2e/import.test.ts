// The import dialog in Chromium, with a real admin signed in through the
// page: a Kumu-style CSV pair is read (the preview names the columns it
// took), the replacement confirmed and loaded; the explorer reloads under
// the dataset's title and finds one of its nodes. A two-sheet workbook, a
// Gephi GEXF with time intervals, a NetworkX GraphML and FtM JSON lines
// then go through the same dialog on the same page. The seed is loaded back afterwards, as the other browser tests
// expect it.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProjectDataset } from '../../server/loader/dataset.js';
import { loadDataset } from '../../server/loader/loader.js';
import { projectRoot } from '../../server/project-paths.js';
import { makeAccount } from '../support/auth.js';
import { browserAvailable } from '../support/browser.js';
import { testDriver } from '../support/db.js';
import type { Page } from 'playwright-core';
import { signInAs } from './curation/curation-support.js';
import { useExplorer } from './explorer/harness.js';

const fixtures = path.join(projectRoot, 'test', 'fixtures', 'import');
const kumu = path.join(fixtures, 'kumu');
const imports = path.join(projectRoot, '.neo4j', 'imports');
const TITLE = 'Corridor map (e2e)';
const WORKBOOK_TITLE = 'Magnet buyers (e2e)';
const GEXF_TITLE = 'Harbour disruptions (e2e)';
const GRAPHML_TITLE = 'Shipping ties (e2e)';
const FTM_TITLE = 'Oxide traders (e2e)';
const TITLES = [TITLE, WORKBOOK_TITLE, GEXF_TITLE, GRAPHML_TITLE, FTM_TITLE];

/** The uploads and backups this test made in the product's import folder. */
function removeOwnFiles(backups: string[]): void {
  for (const b of backups)
    rmSync(path.join(imports, 'backups', b), { recursive: true, force: true });
  const uploads = path.join(imports, 'uploads');
  if (!existsSync(uploads)) return;
  for (const token of readdirSync(uploads)) {
    const manifest = path.join(uploads, token, 'ontology.json');
    const text = existsSync(manifest) ? readFileSync(manifest, 'utf8') : '';
    if (TITLES.some((t) => text.includes(t))) {
      rmSync(path.join(uploads, token), { recursive: true, force: true });
    }
  }
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the dialog, reads `files` of `folder` under `title`, loads them; the backup's name. */
async function importThrough(page: Page, folder: string, files: string[], title: string) {
  await page.locator('#account-button').click();
  await page.locator('#account-panel').getByRole('button', { name: 'Import a dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
  await dialog.locator('input[type="file"]').setInputFiles(
    files.map((name) => ({
      name,
      mimeType: 'application/octet-stream',
      buffer: readFileSync(path.join(folder, name)),
    })),
  );
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Read the files' }).click();
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await preview.getByText(new RegExp(`^${escaped(title)}: \\d+ nodes`)).waitFor();
  await dialog.getByLabel('Replace the graph with this data').check();
  await dialog.getByRole('button', { name: 'Load it' }).click();
  const outcome = dialog.getByRole('region', { name: 'Loaded' });
  await outcome
    .getByText(new RegExp(`^Loaded "${escaped(title)}": \\d+ nodes`))
    .waitFor({ timeout: 60_000 });
  const backup = /backup-[\w-]+/.exec((await outcome.textContent()) ?? '')?.[0] ?? '';
  await page.waitForFunction((t) => document.title === t, title, { timeout: 30_000 });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 45_000 });
  return backup;
}

/** Finds a node by search and opens its details; the details' text. */
async function openBySearch(page: Page, typed: string, name: string) {
  await page.click('#search-input');
  await page.fill('#search-input', '');
  await page.keyboard.type(typed);
  await page.locator('#search-input + ul [role="option"]', { hasText: name }).first().click();
  await page.locator('#right h2', { hasText: name }).waitFor();
  return (await page.locator('#right').textContent()) ?? '';
}

describe.runIf(browserAvailable())('the import dialog in Chromium', () => {
  const app = useExplorer();
  const driver = testDriver();
  const backups: string[] = [];

  afterAll(async () => {
    await loadDataset(driver, undefined, readProjectDataset(), { force: true, replaceGraph: true });
    await driver.close();
    removeOwnFiles(backups);
  });

  it('loads a Kumu CSV pair in place of the graph and shows it under its own title', async () => {
    const admin = await makeAccount('admin');
    const page = await app.open('/', { width: 1440, height: 900 });
    await signInAs(page, admin.account.name, admin.password);
    await page.locator('#account-button').click();
    await page.locator('#account-panel').getByRole('button', { name: 'Import a dataset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a dataset' });
    await dialog.locator('input[type="file"]').setInputFiles(
      ['elements.csv', 'connections.csv'].map((name) => ({
        name,
        mimeType: 'text/csv',
        buffer: readFileSync(path.join(kumu, name)),
      })),
    );
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByRole('button', { name: 'Read the files' }).click();
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByText(`${TITLE}: 8 nodes, 4 links.`).waitFor();
    const mapping = await preview.locator('.import-mapping').textContent();
    expect(mapping).toContain('connections.csv — edges, 4 rows: from ← "From"; to ← "To"');
    const load = dialog.getByRole('button', { name: 'Load it' });
    expect(await load.isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/import-preview.png' });
    await dialog.getByLabel('Replace the graph with this data').check();
    await load.click();
    const outcome = dialog.getByRole('region', { name: 'Loaded' });
    await outcome.getByText(/^Loaded "Corridor map \(e2e\)": 8 nodes/).waitFor({ timeout: 60_000 });
    backups.push(/backup-[\w-]+/.exec((await outcome.textContent()) ?? '')?.[0] ?? '');
    await page.screenshot({ path: 'test-results/import-loaded.png' });

    // The page reloads by itself and takes the dataset's title.
    await page.waitForFunction((t) => document.title === t, TITLE, { timeout: 30_000 });
    await page.waitForSelector('body[data-ready="true"]', { timeout: 45_000 });
    expect(await page.locator('#app-title').textContent()).toBe(TITLE);
    await page.click('#search-input');
    await page.keyboard.type('Lotus');
    await page.locator('#search-input + ul [role="option"]', { hasText: 'Lotus Alloys' }).click();
    await page.locator('#right h2', { hasText: 'Lotus Alloys' }).waitFor();
    await page.screenshot({ path: 'test-results/import-explorer.png' });

    // A two-sheet workbook, then a Gephi GEXF with time intervals, through the same dialog.
    backups.push(
      await importThrough(
        page,
        path.join(fixtures, 'workbook'),
        ['magnet-buyers.xlsx', 'ontology.json'],
        WORKBOOK_TITLE,
      ),
    );
    expect(await page.locator('#app-title').textContent()).toBe(WORKBOOK_TITLE);
    await openBySearch(page, 'Kestrel', 'Kestrel Magnetics');
    await page.screenshot({ path: 'test-results/import-workbook.png' });
    backups.push(
      await importThrough(
        page,
        path.join(fixtures, 'gexf'),
        ['harbour.gexf', 'ontology.json'],
        GEXF_TITLE,
      ),
    );
    expect(await page.locator('#app-title').textContent()).toBe(GEXF_TITLE);
    // The strike's interval start became its date.
    const strike = await openBySearch(page, 'Saltmarsh dock', 'Saltmarsh dock strike');
    expect(strike).toMatch(/2025/);
    await page.screenshot({ path: 'test-results/import-gexf.png' });
    // The reload starts at the bare page: no view of the previous dataset is restored.
    expect(await page.getByText('could not be restored').count()).toBe(0);

    backups.push(
      await importThrough(
        page,
        path.join(fixtures, 'graphml'),
        ['shipping.graphml', 'ontology.json'],
        GRAPHML_TITLE,
      ),
    );
    expect(await page.locator('#app-title').textContent()).toBe(GRAPHML_TITLE);
    await openBySearch(page, 'Varuna', 'Varuna Shipping');
    backups.push(
      await importThrough(
        page,
        path.join(fixtures, 'ftm'),
        ['entities.ftm.json', 'ontology.json'],
        FTM_TITLE,
      ),
    );
    expect(await page.locator('#app-title').textContent()).toBe(FTM_TITLE);
    await openBySearch(page, 'Devika', 'Devika Raman');
    await page.screenshot({ path: 'test-results/import-ftm.png' });
  }, 600_000);
});
