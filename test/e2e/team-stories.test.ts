// The team's stories in Chromium: a signed-in person shares the story open in
// the Story tab; a teammate, signed in on another page, finds it with its
// author and opens it, which copies it into their own list and plays it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount } from '../support/auth.js';
import { browserAvailable } from '../support/browser.js';
import { testDriver } from '../support/db.js';
import { signInAs } from './curation/curation-support.js';
import { useExplorer } from './explorer/harness.js';

describe.runIf(browserAvailable())('team stories in Chromium', () => {
  const app = useExplorer();
  const driver = testDriver();
  const people: { name: string; password: string }[] = [];

  beforeAll(async () => {
    for (const role of ['editor', 'reader'] as const) {
      const made = await makeAccount(role, driver);
      people.push({ name: made.account.name, password: made.password });
    }
  });

  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (w) WHERE (w:_TeamStory OR w:_WorkspaceLog) AND w._name STARTS WITH $tag DELETE w',
      { tag: 'Team e2e' },
    );
    await driver.close();
  });

  it('shares the open story with the team, and a teammate opens it as their own and plays it', async () => {
    const [author, teammate] = people;
    if (!author || !teammate) throw new Error('accounts not made');
    const page = await app.open('/', { width: 1440, height: 900 });
    await signInAs(page, author.name, author.password);
    await page.click('#tab-story');
    await page.getByRole('button', { name: 'Open story Example: the licences’ chain' }).click();
    await page.getByLabel('Team story name').fill('Team e2e licences');
    await page.getByRole('button', { name: 'Share this story' }).click();
    const item = page.locator('.team-stories .team-item', { hasText: 'Team e2e licences' });
    await item.waitFor();
    expect(await item.locator('.team-by').textContent()).toContain(`by ${author.name}`);

    const other = await app.open('/', { width: 1440, height: 900 });
    await signInAs(other, teammate.name, teammate.password);
    await other.click('#tab-story');
    const shared = other.locator('.team-stories .team-item', { hasText: 'Team e2e licences' });
    await shared.waitFor();
    expect(await shared.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await shared.getByRole('button', { name: 'Team e2e licences' }).click();
    await other.getByRole('button', { name: 'Open story Team e2e licences' }).waitFor();
    await other.getByRole('button', { name: 'Preview' }).click();
    await other.waitForSelector('.story-player[data-shown="controls"]', { timeout: 30_000 });
    expect(await other.locator('.story-player .quote').count()).toBeGreaterThan(0);
    await other.screenshot({ path: 'test-results/team-story-1440.png' });
  }, 180_000);
});
