// Accessibility: axe-core finds no serious or critical violation on the
// default page, the list view, the workbench, the figures panel, a node's
// details, the empty canvas, the style rules and the dark theme; skip links
// take the keyboard straight to the canvas, the search and the panels.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { seriousViolations } from './axe.js';
import { useExplorer } from './harness.js';

describe.runIf(browserAvailable())('accessibility in Chromium', () => {
  const app = useExplorer();

  it('has no serious or critical axe violation on the default page', async () => {
    const page = await app.open();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the list view', async () => {
    const page = await app.open();
    await page.click('#tab-list');
    await page.locator('#panel-list table').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the workbench', async () => {
    const page = await app.open();
    await page.click('#tab-workbench');
    await page.locator('#panel-workbench .cm-editor, #panel-workbench textarea').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the figures panel, with its "Show N more" button', async () => {
    const page = await app.open();
    await page.click('#tab-claims');
    const panel = page.locator('#panel-claims');
    await panel.getByLabel('Only topics where figures disagree').uncheck();
    await panel.getByRole('button', { name: /^Show \d+ more/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("has none in a node's details, with its neighbour names and a source card's Cite open", async () => {
    const page = await app.open('/?sel=country%3Aindia');
    const details = page.locator('#panel-details');
    await details.locator('.rel-group .neighbours button').first().waitFor();
    await details.locator('.source summary').first().click();
    await details.getByRole('textbox', { name: 'Citation of this report' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the empty canvas state', async () => {
    const page = await app.open();
    const boxes = page.locator('#left ul[aria-label="Kinds of node"] input[type="checkbox"]');
    for (const box of await boxes.all()) await box.uncheck();
    await page.locator('#canvas-empty').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none with style rules on: the pickers and a legend of categories', async () => {
    const page = await app.open('/?size=degree&colour=prop%3Adescription&caption=description');
    await page.locator('.style-rules ul[aria-label="Colours by description"] li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in the dark theme', async () => {
    const page = await app.open();
    await page.click('#theme');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none on a phone (390×844): every control of the tools, the sheets and the canvas named', async () => {
    const page = await app.open('/', { width: 390, height: 844 });
    await page.click('#toggle-tools');
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('#tab-timeline');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('skips from the first Tab straight to the canvas, the search and the panels', async () => {
    const page = await app.open();
    const targets: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      targets.push(
        await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash || ''),
      );
    }
    expect(targets).toEqual(['#cy', '#search-input', '#right', '#left']);
    // Back to "Skip to search" (from the fourth link, two steps back) and follow it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  });
});
