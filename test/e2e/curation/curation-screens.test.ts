// The curation screens at the three sizes the README shows (1440, 1024 and a
// phone of 390×844): the reading view, the review list and the team's
// workspace, each saved under test-results/screens/ (git-ignored, so a test
// run changes no committed file; copy one to docs/screenshots/ by hand to
// update the README) for a person to look at. The
// checks are what was wrong when they were first looked at: the account
// button wrapping at 1024, claim making on a phone.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, signIn, type SignedIn } from '../../support/auth.js';
import { browserAvailable } from '../../support/browser.js';
import { testDriver } from '../../support/db.js';
import { signInAs } from './curation-support.js';
import { useExplorer } from '../explorer/harness.js';

const SHOTS = path.resolve(import.meta.dirname, '../../../test-results/screens');
const SIZES = {
  1440: { width: 1440, height: 900 },
  1024: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
const TEXT = [
  'Port trust in Paradip lists rare-earth magnets among its new cargo',
  'The Paradip port trust said on Monday it would handle magnet cargo from April, after a pause of six months.',
  'Its chairman told reporters that the first shipments of neodymium magnets arrive this week.',
].join('\n');

async function post(url: string, who: SignedIn, pathName: string, body: unknown) {
  const res = await fetch(`${url}${pathName}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...who.headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${pathName} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

describe.runIf(browserAvailable())('curation screens', () => {
  const app = useExplorer();
  const driver = testDriver();
  let reviewer: { name: string; password: string };
  let editor: SignedIn;

  beforeAll(async () => {
    editor = await signIn(app.url(), 'editor', { driver });
    const saved = await post(app.url(), editor, '/api/reports', {
      content: TEXT,
      headline: TEXT.split('\n')[0],
      outlet: 'Coast Weekly',
      date: '2026-05-04',
      datePrecision: 'day',
    });
    const reportId = (saved.report as { id: string }).id;
    const words = 'The Paradip port trust said on Monday it would handle magnet cargo from April';
    await post(app.url(), editor, `/api/reports/${encodeURIComponent(reportId)}/claims`, {
      paragraph: 2,
      start: 0,
      end: words.length,
      quote: words,
      fields: { kind: 'property', node: 'country:india', key: 'note', value: words },
    }).catch(() => undefined);
    await post(app.url(), editor, '/api/workspace/views', {
      name: 'Licences from April',
      description: 'The licence chain for the team meeting',
      state: '?sel=country%3Aindia&v=2',
    });
    const r = await makeAccount('reviewer', driver);
    reviewer = { name: r.account.name, password: r.password };
  });

  afterAll(async () => {
    await driver.executeQuery(
      `MATCH (x) WHERE (x:Source AND x.headline STARTS WITH 'Port trust in Paradip')
         OR (x:_Draft AND x._authorName = $e) OR (x:_TeamView AND x._authorName = $e)
       DETACH DELETE x`,
      { e: editor.user.name },
    );
    await driver.close();
  });

  async function openReport(page: Page) {
    await page.getByRole('tab', { name: 'Reports' }).click();
    await page.getByRole('button', { name: /Port trust in Paradip/ }).click();
    await page.locator('.report-reading .report-paragraph').first().waitFor();
  }

  for (const [size, viewport] of Object.entries(SIZES)) {
    it(`shows the reading view, the review list and the team's views at ${size}`, async () => {
      const page = await app.open('/', viewport);
      await signInAs(page, reviewer.name, reviewer.password);
      const button = await page.locator('#account-button').boundingBox();
      // One line: the button is no taller than a line of its text and its padding.
      expect(button?.height ?? 99).toBeLessThan(40);
      await openReport(page);
      await page.screenshot({ path: path.join(SHOTS, `curation-reading-${size}.png`) });
      if (size === 'phone') expect(await page.locator('.report-phone-note').isVisible()).toBe(true);

      // Up to 1180 px the panel on the right starts folded; the header's Details opens it.
      if (size === '1024')
        await page.locator('#drawer-toggles button', { hasText: 'Details' }).click();
      await page.getByRole('tab', { name: 'Export & views' }).click();
      await page.locator('.team-views .team-item').first().waitFor();
      await page.locator('.team-views').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `curation-workspace-${size}.png`) });

      await page.locator('#account-button').click();
      await page.getByRole('button', { name: 'Review drafts' }).click();
      await page.locator('.curation-dialog [data-draft], .curation-dialog li').first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, `curation-review-${size}.png`) });
    });
  }
});
