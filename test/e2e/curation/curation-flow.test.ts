// The curation flow in Chromium, from a report written for this test (not
// one of the seeds), with real accounts and real sign-in through the page:
// an editor adds the report (its furniture ticked and dropped), accepts a
// suggested date and a matched name, makes an event, a statement, a figure
// and a relationship from selections and comments on a draft; a reviewer
// publishes; a reader sees the four claims with their verbatim quotes, basis
// and paragraph in details and on the canvas; a correction is published,
// reverted, and the history shows both.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeAccount } from '../../support/auth.js';
import { browserAvailable } from '../../support/browser.js';
import {
  canvasElement,
  canvasElements,
  callHook,
  type ExplorerTestHook,
} from '../../support/canvas-hook.js';
import { testDriver } from '../../support/db.js';
import { TEST_HOOK } from '../../../client/src/ui/canvas/test-hook-types.js';
import { useExplorer } from '../explorer/harness.js';
import { draftClaim, selectWords, signInAs, signOut } from './curation-support.js';

const HEADLINE = 'Pune motor maker gets its first magnets in ten months';
const REPORT = [
  HEADLINE,
  HEADLINE,
  'Western Business Desk',
  '  • Mar 9, 2026,',
  'Advertisement',
  'Pune: Sahyadri Drives, a maker of electric motors for scooters, received its first shipment of rare-earth magnets since last May, the company said on Monday.',
  "Officials of the commerce ministry met the company's suppliers in Pune on Thursday to clear the last of the paperwork.",
  'Advertisement',
  'The consignment weighed 4 tonnes, enough for about two months of production.',
  '"We lost orders every week we waited," managing director Meera Kulkarni said.',
  'Sahyadri Drives depends on China for most of its magnets and is looking for other suppliers.',
  'Related Articles',
  'Cricket league final moved to Saturday after rain',
  'Municipal water cuts announced for Kothrud',
].join('\n');

const EVENT = "Officials of the commerce ministry met the company's suppliers in Pune on Thursday";
const STATEMENT = 'We lost orders every week we waited';
const FIGURE = 'The consignment weighed 4 tonnes';
const LINK = 'Sahyadri Drives depends on China for most of its magnets';

/** Clicks the claim marked over `words` in the reading view; returns the claim's id. */
async function openClaim(page: Page, words: string): Promise<string> {
  const seg = page.locator('.report-reading [data-claim]', { hasText: words }).first();
  const id = (await seg.getAttribute('data-claim')) ?? '';
  await seg.click();
  return id;
}

/** Waits for the details to show `title` and returns their text. */
async function detailsOf(page: Page, title: string | RegExp): Promise<string> {
  const right = page.locator('#right');
  await right.locator('h2', { hasText: title }).first().waitFor();
  await right.locator('.source .quote').first().waitFor();
  return (await right.textContent()) ?? '';
}

async function openReports(page: Page) {
  await page.getByRole('tab', { name: 'Reports' }).click();
  await page.locator('.report-list li').first().waitFor();
}

async function openReview(page: Page, label: string) {
  await page.locator('#account-button').click();
  await page.locator('#account-panel').getByRole('button', { name: label }).click();
  const dialog = page.locator('dialog.curation-dialog');
  await dialog.locator('.curation-list li').first().waitFor();
  return dialog;
}

describe.runIf(browserAvailable())('curation in Chromium', () => {
  const app = useExplorer();
  const driver = testDriver();
  const names: string[] = [];

  afterAll(async () => {
    // What this test added: the report, the nodes its drafts created, the team's records of it.
    const { records } = await driver.executeQuery(
      `MATCH (d:_Draft) WHERE d._authorName IN $names RETURN d._op AS op`,
      { names },
    );
    const created = records
      .map((r) => JSON.parse(String(r.get('op'))) as { kind: string; id?: string })
      .filter((op) => op.kind === 'create-node' && op.id)
      .map((op) => op.id);
    await driver.executeQuery('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids: created });
    await driver.executeQuery('MATCH (s:Source {name: $h}) DETACH DELETE s', { h: HEADLINE });
    await driver.executeQuery(
      `MATCH (x) WHERE (x:_Draft AND x._authorName IN $names) OR (x:_Change AND (x._author IN $names OR x._reviewer IN $names))
         OR (x:_Comment AND x._author IN $names)
       DETACH DELETE x`,
      { names },
    );
    await driver.close();
  });

  it('turns a new report into four reviewed claims a reader sees, and keeps a correction and its revert in the history', async () => {
    const editor = await makeAccount('editor');
    const reviewer = await makeAccount('reviewer');
    names.push(editor.account.name, reviewer.account.name);
    const page = await app.open('/', { width: 1440, height: 900 });

    // A reader sees no write control: no Add a report, no claim form.
    await openReports(page);
    expect(await page.getByRole('button', { name: 'Add a report' }).isVisible()).toBe(false);

    // A wrong password is refused in plain words; the right one signs in.
    await page.locator('#account-button').click();
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Name').fill(editor.account.name);
    await form.getByLabel('Password').fill('not-the-password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await form.getByRole('alert').filter({ hasText: 'Wrong user name or password' }).waitFor();
    await page.locator('#account-button').click();
    await signInAs(page, editor.account.name, editor.password);
    expect(await page.locator('#account-button').textContent()).toBe(
      `${editor.account.name} · editor`,
    );

    // Paste the report: the repeated headline, advertising and the related list come ticked.
    await page.getByRole('button', { name: 'Add a report' }).click();
    await page.getByLabel('Report text').fill(REPORT);
    await page.getByRole('button', { name: 'Read it' }).click();
    await page.locator('.report-paragraphs li').first().waitFor();
    const ticked = await page
      .locator('input[name="drop"]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticked).toEqual(['2', '5', '8', '12', '13', '14']);
    expect(await page.locator('[name="date"]').inputValue()).toBe('2026-03-09');
    await page.getByRole('button', { name: 'Save the report' }).click();
    const reading = page.locator('.report-reading');
    await reading.locator('.report-paragraph').first().waitFor();
    expect(await reading.locator('.report-paragraph').count()).toBe(8);
    const text = (await reading.textContent()) ?? '';
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Cricket');

    // An event: the suggested date (on Thursday, resolved against 9 March) and the matched name, accepted.
    await selectWords(page, EVENT);
    const claim = page.getByRole('form', { name: 'Make a claim' });
    expect(await claim.locator('[name="date"]').inputValue()).toBe('2026-03-05');
    expect(await claim.locator('[name="dateInferredFrom"]').inputValue()).toBe('on Thursday');
    expect(await claim.locator('[name="participants"]').inputValue()).toBe(
      'org:commerce-ministry-india',
    );
    await page.screenshot({ path: 'test-results/curation-claim-1440.png' });
    await draftClaim(page, 'event', {
      label: 'Meeting',
      name: 'Commerce ministry officials meet the suppliers of Sahyadri Drives',
    });
    // A statement with its quote and a new speaker.
    await selectWords(page, STATEMENT);
    await draftClaim(page, 'statement', {
      name: 'Sahyadri Drives lost orders while it waited for magnets',
      speaker: 'new:Person:Meera Kulkarni',
    });
    // A figure: the number comes from the words.
    await selectWords(page, FIGURE);
    await claim.getByLabel('It states').selectOption('figure');
    expect(await claim.locator('[name="value"]').inputValue()).toBe('4');
    await draftClaim(page, 'figure', {
      name: 'Magnets delivered to Sahyadri Drives in March 2026',
      quantity: 'Magnet consignment',
      unit: 'tonnes',
    });
    // A relationship from a new company to a node of the graph.
    await selectWords(page, LINK);
    await draftClaim(page, 'relationship', {
      from: 'new:Company:Sahyadri Drives',
      type: 'DEPENDS_ON',
      to: 'country:china',
    });

    // The editor's drafts, marked as drafts, and a comment on the first.
    let dialog = await openReview(page, 'My drafts');
    expect(await dialog.locator('.curation-list > li').count()).toBeGreaterThanOrEqual(13);
    expect(await dialog.locator('.curation-list > li .draft-chip').first().textContent()).toBe(
      'Draft',
    );
    expect(await dialog.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0);
    const first = dialog.locator('.curation-list > li').first();
    await first.locator('summary', { hasText: 'Comments' }).click();
    await first.locator('textarea[name="comment"]').fill('The date is from the words on Thursday.');
    await first.getByRole('button', { name: 'Comment' }).click();
    await first.locator('.comments li', { hasText: 'on Thursday' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await signOut(page);

    // The reviewer reads the comment and publishes every draft, in order.
    await signInAs(page, reviewer.account.name, reviewer.password);
    await page.setViewportSize({ width: 1024, height: 768 });
    dialog = await openReview(page, 'Review drafts');
    const commented = dialog.locator('.curation-list > li').first();
    await commented.locator('summary', { hasText: 'Comments' }).click();
    await commented.locator('.comments li', { hasText: editor.account.name }).waitFor();
    await page.screenshot({ path: 'test-results/curation-review-1024.png' });
    await dialog.getByRole('button', { name: 'Publish all in order' }).click();
    // Done when the list is empty, or stopped with the server's words in the alert.
    await page.waitForFunction(
      () => {
        const d = document.querySelector('dialog.curation-dialog');
        return (
          (d?.querySelector('[role="alert"]')?.textContent ?? '') !== '' ||
          (d?.querySelector('.curation-list')?.textContent ?? '').includes('No open drafts.')
        );
      },
      undefined,
      { timeout: 90_000 },
    );
    expect(await dialog.locator(':scope > [role="alert"]').textContent()).toBe('');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await signOut(page);

    // A reader: the report among the sources, its four claims with quote, basis and paragraph.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { timeout: 45_000 });
    await openReports(page);
    await page.getByRole('button', { name: HEADLINE }).click();
    await reading.locator('[data-claim]').first().waitFor();
    const sources = await page.evaluate(async () =>
      ((await (await fetch('/api/sources')).json()) as { sources: { name: string }[] }).sources.map(
        (s) => s.name,
      ),
    );
    expect(sources).toContain(HEADLINE);

    const nodeClaims = [
      { words: 'met the company', quote: EVENT, paragraph: 5, name: 'Commerce ministry officials' },
      // The statement's words are its speaker's provenance too: either node may be the one marked.
      {
        words: STATEMENT,
        quote: STATEMENT,
        paragraph: 7,
        name: /Sahyadri Drives lost orders|Meera Kulkarni/,
      },
      { words: FIGURE, quote: FIGURE, paragraph: 6, name: 'Magnets delivered' },
    ];
    const ids: string[] = [];
    for (const c of nodeClaims) {
      const id = await openClaim(page, c.words);
      const shown = await detailsOf(page, c.name);
      expect(shown).toContain(`“${c.quote}”`);
      expect(shown).toContain(`paragraph ${c.paragraph}`);
      expect(shown).toContain('Stated in the report');
      // On the canvas: drawn and visible once the view has loaded it.
      await page.waitForFunction(
        ({ i, hook }) =>
          (window as unknown as Record<string, ExplorerTestHook | undefined>)[hook]?.elements({
            ids: [i],
          })[0]?.visible === true,
        { i: id, hook: TEST_HOOK },
        { timeout: 30_000 },
      );
      expect((await canvasElement(page, id))?.visible).toBe(true);
      ids.push(id);
    }
    // The relationship: its company, then the link itself selected on the canvas.
    await openClaim(page, 'depends on');
    await detailsOf(page, 'Sahyadri Drives');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#right .rel-group')].some((g) =>
        g.textContent?.includes('DEPENDS_ON'),
      ),
    );
    let link: string | undefined;
    for (let i = 0; i < 50 && !link; i++) {
      const edges = await canvasElements(page, { group: 'edges' });
      link = edges.find(
        (e) => e.id.endsWith('|DEPENDS_ON|country:china') && e.id.startsWith('company:'),
      )?.id;
      if (!link) await page.waitForTimeout(200);
    }
    expect(link).toBeDefined();
    await callHook(page, 'select', [link ?? '']);
    const linkShown = await detailsOf(page, 'DEPENDS_ON');
    expect(linkShown).toContain(`“${LINK}”`);
    expect(linkShown).toContain('paragraph 8');
    expect(linkShown).toContain('Stated in the report');
    // A reader has History but no correction form and no comments.
    expect(await page.locator('#right form[aria-label="Correct this claim"]').isVisible()).toBe(
      false,
    );

    // The editor corrects the figure; the reviewer publishes, then reverts it.
    const figure = ids[2] ?? '';
    await signInAs(page, editor.account.name, editor.password);
    await openClaim(page, FIGURE);
    await detailsOf(page, 'Magnets delivered');
    const correct = page.getByRole('form', { name: 'Correct this claim' });
    await correct.getByLabel('Property').fill('quantity');
    await correct.getByLabel('New value').fill('Magnets received');
    await correct.getByLabel('Why').fill('The figure is what the company received');
    await correct.getByRole('button', { name: 'Propose the correction' }).click();
    await correct.getByRole('alert').filter({ hasText: 'Proposed' }).waitFor();
    await signOut(page);
    await signInAs(page, reviewer.account.name, reviewer.password);
    dialog = await openReview(page, 'Review drafts');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).first().click();
    await dialog.locator('.curation-list li', { hasText: 'No open drafts.' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await openClaim(page, FIGURE);
    await detailsOf(page, 'Magnets delivered');
    await page.locator('#right').getByRole('button', { name: 'History' }).click();
    const history = page.locator('dialog.curation-dialog');
    await history.locator('li[data-change]', { hasText: 'edit-node' }).waitFor();
    // The first change (the figure made) cannot be undone under the later ones: refused, naming them.
    const made = history.locator('li[data-change]').first();
    await made.getByLabel('Why revert it').fill('Trying the first');
    await made.getByRole('button', { name: 'Revert' }).click();
    await history
      .getByRole('alert')
      .filter({ hasText: 'Later changes build on this one' })
      .waitFor();
    const edit = history.locator('li[data-change]', { hasText: 'edit-node' });
    await edit.getByLabel('Why revert it').fill('The report names it a consignment');
    await edit.getByRole('button', { name: 'Revert' }).click();
    await history.locator('li[data-change]', { hasText: 'revert:edit-node' }).waitFor();
    const changes = await history.locator('li[data-change]').allTextContents();
    const corrected = changes.find((c) => c.includes(' edit-node')) ?? '';
    expect(corrected).toContain(
      `drafted by ${editor.account.name}, published by ${reviewer.account.name}`,
    );
    expect(corrected).toContain('Magnet consignment');
    expect(corrected).toContain('Magnets received');
    expect(corrected).toContain('Reverted since.');
    expect(changes.find((c) => c.includes('revert:edit-node'))).toContain(
      'The report names it a consignment',
    );
    await page.screenshot({ path: 'test-results/curation-history-1440.png' });
    const node = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/nodes/${encodeURIComponent(id)}`)).json()) as {
          node: { properties: Record<string, unknown> };
        },
      figure,
    );
    expect(node.node.properties['quantity']).toBe('Magnet consignment');
  }, 300_000);
});
