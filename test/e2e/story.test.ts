// A story made through the explorer's Story tab, played, published, and the
// published page opened on its own with every request blocked: each step
// renders, each cited quote is there verbatim, nothing leaves the page, axe
// finds nothing serious, and the keyboard plays it. Then the bad inputs: a
// step naming a node the graph lacks, a hand-edited story file, the example.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.js';
import { seriousViolations } from './explorer/axe.js';
import { eventually, useExplorer } from './explorer/harness.js';

const CONTROLS = 'event:2025-04-04-china-export-controls';
const PAUSE = 'event:2025-04-magnet-export-pause-india';
const EUC = 'event:2025-china-verifies-indian-end-user-certificates';
const LICENCES = 'event:2025-10-china-licences-indian-firms';
const view = (id: string) => `/?sel=${id}&exp=${id}&v=2`;
const STEPS = [
  {
    path: view(CONTROLS),
    title: 'April controls',
    cite: `event:2025-us-tariff-increases|PROMPTED|${CONTROLS}`,
  },
  { path: view(PAUSE), title: 'The pause', cite: `${CONTROLS}|PRECEDED|${PAUSE}` },
  { path: view(EUC), title: 'Certificates', cite: `${EUC}|LED_TO|${LICENCES}` },
  {
    path: view(LICENCES),
    title: 'Licences',
    cite: `event:2025-06-china-relaxes-curbs-other-countries|PRECEDED|${LICENCES}`,
  },
  {
    path: view(LICENCES),
    title: 'As reported',
    cite: `${PAUSE}|PRECEDED|${LICENCES}`,
    replay: true,
  },
];
const EVIL = '<img src=x onerror="window.__storyHit=1">';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.waitForSelector('body:not([data-layout="running"])', { timeout: 30_000 });
}

/** The quote a relationship carries in the graph, read over the API. */
async function quoteOf(page: Page, base: string, id: string): Promise<string> {
  const [a, , b] = id.split('|');
  const r = await page.request.get(
    `${base}/api/nodes?ids=${encodeURIComponent(`${a},${b}`)}&links=1`,
  );
  const edges = ((await r.json()) as { edges: { id: string; properties: { quote: string } }[] })
    .edges;
  const quote = edges.find((e) => e.id === id)?.properties.quote;
  if (!quote) throw new Error(`${id} has no quote`);
  return quote;
}

describe.runIf(browserAvailable())('stories in Chromium', () => {
  const app = useExplorer();

  it('makes the licences’ chain in the Story tab, plays it, publishes it and plays the page offline', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    await page.click('#tab-story');
    await page.getByLabel('New story name').fill('Licences chain');
    await page.getByRole('button', { name: 'New story' }).click();
    for (const [i, s] of STEPS.entries()) {
      const n = i + 1;
      await page.goto(app.url() + s.path);
      await ready(page);
      await page.click('#tab-story');
      await page.getByRole('button', { name: 'Open story Licences chain' }).click();
      await page.getByRole('button', { name: 'Add this view as a step' }).click();
      await page.getByLabel(`Title of step ${n}`).fill(s.title);
      await page.getByLabel(`Title of step ${n}`).press('Tab');
      await page
        .getByLabel(`Caption of step ${n}`)
        .fill(n === 2 ? `Shown as text: ${EVIL}` : `Step ${n} in our words.`);
      await page.getByLabel(`Caption of step ${n}`).press('Tab');
      await page
        .locator(`[data-claim="${s.cite}"]`)
        .check({ timeout: 30_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: `test-results/story-debug-${n}.png` });
          writeFileSync(
            `test-results/story-debug-${n}.html`,
            await page.locator('.story-panel').innerHTML(),
          );
          throw e;
        });
      if (s.replay) {
        await page.getByLabel(`Step “${s.title}” is a replay`).check();
      }
    }
    await expect.poll(() => page.locator('.story-step').count()).toBe(5);
    await expect.poll(() => page.locator('.story-replay .muted').count()).toBe(1);

    // Preview: the player under the canvas, the arrows moving it, Escape closing it.
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForSelector('.story-player[data-shown="s1"]', { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('.story-player[data-shown="s2"]', { timeout: 30_000 });
    expect(await page.locator('.story-player').textContent()).toContain(EVIL);
    await page.screenshot({ path: 'test-results/story-player.png' });
    expect(await page.locator('.story-player .story-claim .quote').count()).toBe(1);
    expect(
      await page.evaluate(() => (window as { __storyHit?: number }).__storyHit),
    ).toBeUndefined();
    await page.keyboard.press('Escape');
    expect(await page.locator('.story-player').count()).toBe(0);

    // Publish: every step shown in turn, then one file.
    await page.click('#tab-story');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Publish' }).click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    mkdirSync('test-results', { recursive: true });
    const file = resolve('test-results/story-published.html');
    writeFileSync(file, html);
    console.log(`published story: ${Buffer.byteLength(html)} bytes`);
    console.log(await page.locator('.story-panel [role="status"]').textContent());
    const quotes = await Promise.all(STEPS.map((s) => quoteOf(page, app.url(), s.cite)));

    // Opened on its own in a tab of its own (the explorer's tab may still be
    // fetching), every request refused and counted.
    const requests: string[] = [];
    const browser = page.context().browser();
    if (!browser) throw new Error('the page has no browser to open a tab in');
    const offline = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(file).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await offline.goto(pathToFileURL(file).href);
    await offline.waitForSelector('section.step.current');
    expect(await offline.locator('section.step').count()).toBe(5);
    const text = (await offline.locator('main').textContent()) ?? '';
    for (const q of quotes) expect(text).toContain(`“${q}”`);
    expect(await offline.locator('.bibliography li').count()).toBeGreaterThan(0);
    expect(await seriousViolations(offline)).toEqual([]);
    await offline.screenshot({ path: 'test-results/story-published-1440.png' });
    // The keyboard plays it: each step shows its figure with nodes drawn.
    for (let k = 0; k < 5; k++) {
      const current = offline.locator('section.step.current');
      expect(await current.getAttribute('data-step')).toBe(`s${k + 1}`);
      expect(await current.locator('svg .node').count()).toBeGreaterThan(0);
      expect(await current.locator('.graph-list li').count()).toBeGreaterThan(0);
      if (k < 4) await offline.keyboard.press('ArrowRight');
    }
    expect(offline.url()).toMatch(/#step-s5$/);
    // Space plays the replay on the reported clock to its last date.
    await offline.keyboard.press('Space');
    await eventually(
      () => offline.locator('section.step.current .replay output').textContent(),
      20_000,
    ).toBe('2025-10-31');
    expect(await offline.locator('section.step.current').textContent()).toContain('first reported');
    expect(
      await offline.evaluate(() => (window as { __storyHit?: number }).__storyHit),
    ).toBeUndefined();
    expect(requests).toEqual([]);
    // A laptop, a phone, and the printed offline.
    await offline.setViewportSize({ width: 1024, height: 768 });
    await offline.keyboard.press('Home');
    await offline.waitForTimeout(700); // the step's fade
    await offline.screenshot({ path: 'test-results/story-published-1024.png' });
    await offline.setViewportSize({ width: 390, height: 844 });
    await offline.keyboard.press('Home');
    await offline.waitForTimeout(700); // the step's fade
    await offline.screenshot({ path: 'test-results/story-published-390.png' });
    await offline.emulateMedia({ media: 'print' });
    await offline.setViewportSize({ width: 794, height: 1123 });
    await offline.waitForTimeout(300);
    await offline.screenshot({ path: 'test-results/story-published-print.png' });
    await offline.pdf({ path: 'test-results/story-published.pdf', format: 'A4' });
    await offline.unroute('**/*');
    await offline.close();
  }, 360_000);

  it('names what a step lost, refuses a bad story file by its place, and opens the example', async () => {
    const page = await app.open('/', { width: 1440, height: 900 });
    await page.click('#tab-story');
    // The example ships with the page and plays.
    await page.getByRole('button', { name: 'Open story Example: the licences’ chain' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForSelector('.story-player[data-shown="controls"]', { timeout: 30_000 });
    expect(await page.locator('.story-player .quote').count()).toBeGreaterThan(0);
    await page.waitForTimeout(800); // the camera's glide
    await page.screenshot({ path: 'test-results/story-example-player-1440.png' });
    await page.keyboard.press('Escape');
    // A hand-edited file with a bad field: refused with its place, the list kept.
    const before = await page.locator('.story-list li').count();
    const bad = JSON.stringify({
      version: 1,
      name: 'Edited by hand',
      savedAt: '2026-12-06T00:00:00Z',
      steps: [{ id: 's1', title: 'x', caption: 7, view: '', claims: [] }],
    });
    await page.getByLabel('Open a story file').setInputFiles({
      name: 'bad.story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad),
    });
    await expect
      .poll(() => page.locator('.story-error').textContent())
      .toMatch(/steps\[0\]\.caption: /);
    expect(await page.locator('.story-list li').count()).toBe(before);
    // A story saved when the graph still had a node: its step plays what remains and names it.
    const stale = JSON.stringify({
      version: 1,
      name: 'Stale',
      savedAt: '2026-12-06T00:00:00Z',
      steps: [
        {
          id: 's1',
          title: 'Gone',
          caption: '',
          view: `?sel=${encodeURIComponent(LICENCES)},event%3Ano-longer-there&v=2`,
          claims: ['event:no-longer-there|LED_TO|event:nor-this'],
        },
      ],
    });
    await page.getByLabel('Open a story file').setInputFiles({
      name: 'stale.story.json',
      mimeType: 'application/json',
      buffer: Buffer.from(stale),
    });
    await expect.poll(() => page.locator('.story-edit h3').textContent()).toBe('Stale');
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForSelector('.story-player[data-shown="s1"]', { timeout: 30_000 });
    const missing = await page.locator('.story-player .story-missing').allTextContents();
    expect(missing.join(' ')).toContain('event:no-longer-there');
    expect(missing.join(' ')).toContain('event:no-longer-there|LED_TO|event:nor-this');
    expect(await page.locator('.story-player h2').textContent()).toBe('Gone');
  }, 120_000);
});
