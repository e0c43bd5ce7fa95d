// The Cypher workbench: run, results, errors, refusals, history, library.
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { canvasNodeIds, eventually, shot, typeQuery, useExplorer } from './harness.js';

describe.runIf(browserAvailable())('the Cypher workbench in Chromium', () => {
  const app = useExplorer();

  it('runs a query with Ctrl+Enter and shows graph, table and JSON; adds the result to the canvas', async () => {
    const page = await app.open();
    await typeQuery(
      page,
      "MATCH (p:Person {id: 'person:randhir-jaiswal'})-[r]->(x) RETURN p, r, x LIMIT 5",
    );
    await page.keyboard.press('Control+Enter');
    const summary = page.locator('#panel-workbench [role="status"]');
    await eventually(() => summary.textContent()).toMatch(/\d+ rows? in \d+ ms/);
    // The colours come from the language worker, asynchronously.
    await eventually(() =>
      page
        .locator('#panel-workbench .cm-content .tok-keyword, #panel-workbench .cm-content span')
        .count(),
    ).toBeGreaterThan(1);
    await page.click('#tab-res-table');
    expect(
      await page.locator('#panel-res-table td', { hasText: 'Randhir Jaiswal' }).count(),
    ).toBeGreaterThan(0);
    await page.click('#tab-res-json');
    expect(await page.locator('#panel-res-json pre').textContent()).toContain(
      'person:randhir-jaiswal',
    );
    await page.getByRole('button', { name: 'Add to canvas' }).click();
    await eventually(() => canvasNodeIds(page)).toContain('person:randhir-jaiswal');
    await shot(page, 'explorer-workbench');
  });

  it('completes labels from the schema', async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n:Pers');
    await page.keyboard.press('Control+Space');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: 'Person' }).first().waitFor();
  });

  it('loads the language service only once the workbench is opened', async () => {
    const page = await app.open();
    const workerLoads = () =>
      page.evaluate(
        () =>
          performance.getEntriesByType('resource').filter((e) => e.name.includes('language-worker'))
            .length,
      );
    await page.waitForTimeout(1500);
    expect(await workerLoads()).toBe(0);
    await typeQuery(page, 'MATCH (n:Person) RETURN n');
    await eventually(workerLoads, 30_000).toBeGreaterThan(0);
  });

  it("flags an unknown label before running, with the language service's message", async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n:Persn) RETURN n');
    const squiggle = page.locator('#panel-workbench .cm-lintRange-warning');
    await squiggle.first().waitFor({ timeout: 45_000 });
    expect(await squiggle.first().textContent()).toBe('Persn');
    // Nothing was run: the summary still says where a result will show, and no rows are shown.
    expect(await page.locator('#panel-workbench [role="status"]').textContent()).toBe(
      'Run the query: its result shows below as a drawing, a table and JSON.',
    );
    expect(await page.locator('#panel-workbench .results').isHidden()).toBe(true);
    await squiggle.first().hover();
    await eventually(() => page.locator('.cm-tooltip-lint').textContent()).toMatch(
      /Label Persn is not present in the database/,
    );
    await shot(page, 'explorer-workbench-lint');
  });

  it("shows the guard's refusal as a diagnostic before running", async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n:Person) SET n.x = 1 RETURN n');
    await page.locator('#panel-workbench .cm-lintRange-error').first().waitFor({ timeout: 45_000 });
    await page.locator('#panel-workbench .cm-lintRange-error').first().hover();
    await eventually(() => page.locator('.cm-tooltip-lint').textContent()).toMatch(
      /Refused: the query would change the graph/,
    );
  });

  it('accepts a clause-aware completion: relationship types inside a relationship pattern', async () => {
    const page = await app.open();
    const content = page.locator('#panel-workbench .cm-content');
    const items = page.locator('.cm-tooltip-autocomplete li');
    let accepted = '';
    let expected = '';
    // The service answers asynchronously; a person whose pick did not take
    // tries again, and so does this test (at most three times).
    for (let attempt = 0; attempt < 3; attempt++) {
      await typeQuery(page, 'MATCH (a:Person)-[r:');
      await page.keyboard.press('Control+Space');
      await items.first().waitFor({ timeout: 45_000 });
      const offered = await items.allTextContents();
      // Types, not labels: the service knows it is inside -[ ]-.
      expect(offered.some((o) => o.startsWith('Person'))).toBe(false);
      const first = (await items.first().locator('.cm-completionLabel').textContent()) ?? '';
      expect(first).toMatch(/^[A-Z_]+$/);
      expected = `MATCH (a:Person)-[r:${first}]`;
      await items.first().click();
      await page.waitForTimeout(500);
      accepted = (await content.textContent()) ?? '';
      if (accepted === expected) break;
    }
    expect(accepted).toBe(expected);
  });

  it('completes a function name from the functions the server lists', async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n:Person) RETURN toUpp');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'toUpper' }).first();
    await option.waitFor({ timeout: 45_000 });
  });

  it('shows signature help for the function being called, at the caret', async () => {
    const page = await app.open();
    // The editor closes the bracket itself: the caret stays between the parentheses.
    await typeQuery(page, 'MATCH (n:Person) RETURN toUpper(');
    const help = page.locator('.cm-signature-help');
    await help.waitFor({ timeout: 45_000 });
    expect(await help.locator('code').textContent()).toMatch(/^toUpper\(\w+ :: STRING\)/);
    expect(await help.locator('strong').count()).toBe(1);
    await shot(page, 'explorer-workbench-signature');
  });

  it("colours keywords and labels with the language service's own tokens", async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n:Person) RETURN n');
    const content = page.locator('#panel-workbench .cm-content');
    await content.locator('.cm-cy-label', { hasText: 'Person' }).waitFor({ timeout: 45_000 });
    expect(await content.locator('.cm-cy-keyword').allTextContents()).toEqual(['MATCH', 'RETURN']);
  });

  it('formats the query with the language service', async () => {
    const page = await app.open();
    await typeQuery(page, 'match (n:Person) return n limit 3');
    await page.getByRole('button', { name: /Format/ }).click();
    await eventually(() => page.locator('#panel-workbench .cm-content').innerText()).toBe(
      'MATCH (n:Person)\nRETURN n\nLIMIT 3',
    );
  });

  it("shows Neo4j's syntax error and marks its position in the editor", async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (n RETURN n');
    await page.getByRole('button', { name: /Run/ }).click();
    const alert = page.locator('#panel-workbench [role="alert"]');
    await eventually(() => alert.textContent()).toMatch(/line 1, column 10/);
    expect(await page.locator('.cm-error-mark').textContent()).toBe('RETURN');
    await shot(page, 'explorer-workbench-error');
  });

  it('explains a refusal when the query would write', async () => {
    const page = await app.open();
    await typeQuery(page, 'CREATE (n:Test) RETURN n');
    await page.getByRole('button', { name: /Run/ }).click();
    await eventually(() => page.locator('#panel-workbench [role="alert"]').textContent()).toMatch(
      /read-only/,
    );
  });

  it('keeps the history across reloads and loads queries from the library', async () => {
    const page = await app.open();
    await typeQuery(page, 'MATCH (c:Country) RETURN c.name AS name');
    await page.keyboard.press('Control+Enter');
    await eventually(() => page.locator('#panel-workbench [role="status"]').textContent()).toMatch(
      /rows?/,
    );
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('#tab-workbench');
    const options = await page
      .locator('select[aria-label="Query history"] option')
      .allTextContents();
    expect(options.some((o) => o.includes('MATCH (c:Country) RETURN c.name AS name'))).toBe(true);
    const library = page.locator('#panel-workbench .library li');
    await eventually(() => library.count()).toBeGreaterThan(0);
    expect(await library.first().locator('.muted').textContent()).not.toBe('');
    await library.first().locator('button').click();
    expect(await page.locator('#panel-workbench .cm-content').textContent()).toMatch(/MATCH/);
  });
});
