// The Reports tab in Chromium, with a report written for these tests: an
// editor adds an HTML page whose script, onerror handler and javascript:
// links must never run, sees its furniture ticked and drops it, reads the
// report with its marks, and turns a selection into a claim form.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeAccount } from '../../support/auth.js';
import { browserAvailable } from '../../support/browser.js';
import { testDriver } from '../../support/db.js';
import { selectWords, signInAs } from '../curation/curation-support.js';
import { useExplorer } from '../explorer/harness.js';

const page1 = path.resolve(import.meta.dirname, '../../fixtures/reports/visakhapatnam.html');
const RAN = ['__scriptRan', '__inlineRan', '__onerrorRan', '__linkRan', '__navLinkRan'];

/** An editor's account made for the test, signed in through the page's own form. */
async function signInInPage(page: Page, role: 'editor') {
  const { account, password } = await makeAccount(role);
  await signInAs(page, account.name, password);
}

describe.runIf(browserAvailable())('reports in Chromium', () => {
  const app = useExplorer();
  const driver = testDriver();

  afterAll(async () => {
    await driver.executeQuery(
      `MATCH (s:Source) WHERE s._fileName = 'visakhapatnam.html' DETACH DELETE s`,
    );
    await driver.close();
  });

  it('adds an HTML report whose scripts, handlers and javascript: links never run, and drafts a claim from a selection', async () => {
    const page = await app.open('/');
    const alerts: string[] = [];
    page.on('dialog', (d) => {
      alerts.push(d.message());
      void d.dismiss();
    });
    await signInInPage(page, 'editor');
    await page.getByRole('tab', { name: 'Reports' }).click();
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page.locator('input[aria-label="Report file"]').setInputFiles(page1);
    await page.getByRole('button', { name: 'Read it' }).click();
    await page.locator('.report-paragraphs li').first().waitFor();

    // The two "Advertisement" lines come ticked to be dropped, nothing else.
    const ticked = await page
      .locator('input[name="drop"]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticked).toEqual(['6', '9']);
    expect(await page.locator('[name="headline"]').inputValue()).toBe(
      'Coastal Magnetics to build magnet plant near Visakhapatnam',
    );
    expect(await page.locator('[name="date"]').inputValue()).toBe('2026-03-06');
    await page.getByRole('button', { name: 'Save the report' }).click();

    const reading = page.locator('.report-reading');
    await reading.locator('.report-paragraph').first().waitFor();
    expect(await reading.locator('.report-paragraph').count()).toBe(7);
    expect(await reading.textContent()).not.toContain('Advertisement');

    // Nothing of the page can run: no script, handler or link target reached the DOM; clicking every word runs nothing.
    expect(
      await page
        .locator('.reports script, .reports [onerror], .reports a[href^="javascript:"]')
        .count(),
    ).toBe(0);
    // Where the page had its onerror image and its javascript: link.
    await reading.locator('.report-paragraph', { hasText: 'industries department' }).click();
    await reading.locator('.report-paragraph', { hasText: "the ministry's note" }).click();
    const ran = await page.evaluate((names) => names.filter((n) => n in window), RAN);
    expect(ran).toEqual([]);
    expect(alerts).toEqual([]);

    // "on Tuesday" is resolved against the report's date: Tuesday 3 March 2026, a day, inferred.
    const date = reading.locator('.mark-date', { hasText: 'on Tuesday' });
    expect(await date.getAttribute('title')).toContain('2026-03-03 (day, inferred)');

    // The selection opens the claim form with those words as its quote (checked by the helper).
    await selectWords(page, 'Coastal Magnetics will invest Rs 1,200 crore');
    const form = page.getByRole('form', { name: 'Make a claim' });
    await form.getByLabel('It states').selectOption('figure');
    expect(await form.locator('[name="value"]').inputValue()).toBe('1200');
    await page.screenshot({ path: 'test-results/reports-reading.png' });
  }, 180_000);
});
