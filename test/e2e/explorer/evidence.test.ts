// Evidence on screen: quotation marks only around verbatim quotes, reports and
// notes on every relationship, and sequence links apart from causes.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import type { ElementInfo } from '../../support/canvas-hook.js';
import {
  callHook,
  canvasElement,
  canvasElements,
  eventually,
  shot,
  useExplorer,
} from './harness.js';

const QUOTE_MARKS = /[“”"]/;

/** Selects the first edge on the canvas that matches (an edge is hard to hit); '' when none does. */
async function selectEdge(page: Page, match: (e: ElementInfo) => boolean): Promise<string> {
  const edge = (await canvasElements(page, { group: 'edges' })).find(match);
  if (!edge) return '';
  await callHook(page, 'select', [edge.id]);
  return edge.id;
}

describe.runIf(browserAvailable())('evidence in Chromium', () => {
  const app = useExplorer();

  it("shows a note's source card as a plain note, without quotation marks", async () => {
    const page = await app.open('/?exp=place%3Abusan&sel=place%3Abusan');
    const card = page.locator('#panel-details .source').first();
    await card.waitFor();
    const note = card.locator('.note');
    expect(await note.textContent()).toMatch(/^Note: .*background knowledge/);
    expect(await card.locator('blockquote').count()).toBe(0);
    expect(await note.textContent()).not.toMatch(QUOTE_MARKS);
  });

  it('marks a neighbour whose link no report states, and leaves a stated one plain', async () => {
    const page = await app.open('/?exp=place%3Aeastern-ladakh&sel=place%3Aeastern-ladakh');
    const item = (group: string, name: string) =>
      page
        .locator(`#panel-details ul.neighbours[aria-label="${group} LOCATED_IN"] li`)
        .filter({ has: page.getByRole('button', { name, exact: true }) });
    await item('←', 'Galwan Valley').waitFor();
    expect(await item('←', 'Galwan Valley').locator('.basis-inferred').count()).toBe(1);
    expect(await item('←', 'Demchok').locator('.basis').count()).toBe(0);
    await item('→', 'India').waitFor();
    expect(await item('→', 'India').locator('.basis-background').count()).toBe(1);
  });

  it('cites one source card on its own, in the styles and files of the export panel', async () => {
    const page = await app.open('/?exp=place%3Abusan&sel=place%3Abusan');
    const cards = page.locator('#panel-details .source');
    await cards.first().waitFor();
    const card = cards.first();
    const report = (await card.locator(':scope > div').first().textContent()) ?? '';
    await card.locator('summary', { hasText: 'Cite' }).click();
    const box = card.getByRole('textbox', { name: 'Citation of this report' });
    // citation-js loads on first use: allow for it on a busy machine.
    await eventually(() => box.inputValue(), 30_000).not.toMatch(/^(Collecting sources…)?$/);
    const apa = await box.inputValue();
    expect(apa.split('\n')).toHaveLength(1);
    expect(apa).toContain(report);
    await card.getByLabel('Citation style').selectOption('chicago');
    await eventually(() => box.inputValue()).not.toBe(apa);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'RIS', exact: true }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    const ris = readFileSync(await file.path(), 'utf8');
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
  });

  it("shows a relationship's reports and its note in its details", async () => {
    const page = await app.open();
    await eventually(() =>
      selectEdge(page, (e) => {
        const p = e.data['properties'] as Record<string, unknown>;
        return Array.isArray(p['sources']) && typeof (p['note'] ?? p['description']) === 'string';
      }),
    ).not.toBe('');
    const details = page.locator('#panel-details');
    await eventually(() => details.locator('.source').count()).toBeGreaterThan(0);
    expect(await details.locator('.note').first().textContent()).toMatch(/^Note: /);
    expect(await details.textContent()).toContain('Reports (');
  });

  it('draws links no report states dotted, and says how each report supports a link in its details', async () => {
    const page = await app.open('/?exp=event%3A2025-10-trump-xi-meeting');
    // Select one edge of each basis in turn and read its details.
    const pick = async (basis: string) => {
      const id = await selectEdge(page, (e) => e.data['basis'] === basis);
      return id ? ((await canvasElement(page, id))?.style.lineStyle ?? null) : null;
    };
    const details = page.locator('#panel-details');
    await eventually(() => pick('stated')).toBe('solid');
    await eventually(() => details.locator('.source .basis-stated').count()).toBeGreaterThan(0);
    expect(await details.locator('.source blockquote').first().textContent()).toMatch(/^“.+”$/);
    await shot(page, 'explorer-stated-link');
    await eventually(() => pick('inferred')).toBe('dotted');
    await eventually(() => details.locator('.source .basis-inferred').count()).toBeGreaterThan(0);
    expect(await details.locator('.source .basis-inferred').first().textContent()).toBe(
      "The analyst's reading of the report",
    );
    await shot(page, 'explorer-inferred-link');
    await eventually(() => pick('background')).toBe('dotted');
    await eventually(() => details.locator('.source .basis-background').count()).toBeGreaterThan(0);
    expect(await details.locator('.source .basis-background blockquote').count()).toBe(0);
    await shot(page, 'explorer-background-link');

    // The switch leaves out every link no report states, and the link keeps it.
    await page.locator('label[for="filter-stated"]').click();
    const shown = async () => {
      const visible = (await canvasElements(page, { group: 'edges' })).filter(
        (e) => !e.classes.includes('filtered'),
      );
      return {
        unstated: visible.filter((e) => e.data['basis'] !== 'stated').length,
        stated: visible.filter((e) => e.data['basis'] === 'stated').length,
      };
    };
    await eventually(async () => (await shown()).unstated).toBe(0);
    expect((await shown()).stated).toBeGreaterThan(0);
    expect(page.url()).toContain('stated=1');
    await shot(page, 'explorer-stated-only');
  });

  it('draws sequence links dashed and words them "came before" in the chain', async () => {
    const page = await app.open(
      '/?exp=event%3A2025-10-china-licences-indian-firms&sel=event%3A2025-10-china-licences-indian-firms',
    );
    await page.click('#tab-chain');
    await page.locator('#panel-chain').getByRole('button', { name: 'Show for selected' }).click();
    const sequence = page.locator('#panel-chain .chain-link.sequence');
    await eventually(() => sequence.count()).toBeGreaterThan(0);
    expect(await sequence.first().textContent()).toContain('came before this');
    // In the list each link is marked by its kind: a dashed bar for a sequence.
    const steps = page.locator('#panel-chain .chain-step.sequence');
    expect(await steps.count()).toBeGreaterThan(0);
    expect(await steps.first().evaluate((e) => getComputedStyle(e).borderLeftStyle)).toBe('dashed');
    // Each link says how it rests on the reports: a quote in quotation marks, or a plain note.
    const lines = await page.locator('#panel-chain .chain-link .evidence-line').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.className.replace('evidence-line evidence-', ''),
        quote: e.querySelector('.quote')?.textContent ?? null,
        how: e.querySelector('.evidence-how')?.textContent ?? '',
      })),
    );
    expect(lines.length).toBe(await page.locator('#panel-chain .chain-link').count());
    expect(lines.some((l) => l.kind !== 'stated')).toBe(true);
    for (const l of lines) {
      if (l.kind === 'stated') expect(l.quote).toMatch(/^“.+”$/);
      else expect(l.how).toMatch(new RegExp(`^\\(?${l.kind}: [^“”]`));
      if (l.kind === 'background') expect(l.quote).toBeNull();
    }
    await page.locator('#panel-chain').getByLabel('Causal links only').check();
    await eventually(() => sequence.count()).toBe(0);
    await shot(page, 'explorer-chain-kinds');
  });
  it("shows each figure's own disagreement and the sentence it comes from, with basis, report and paragraph", async () => {
    const page = await app.open();
    await page.click('#tab-claims');
    const panel = page.locator('#panel-claims');
    await panel.locator('.claim').first().waitFor();
    // Only the figures another figure of their quantity contradicts carry the flag.
    const flagged = panel.locator('.claim.disagrees');
    expect(await flagged.count()).toBeGreaterThan(1);
    expect(await flagged.first().locator('.claim-flag').textContent()).toBe('disagrees');
    const claims = await panel.locator('.claim').count();
    expect(await flagged.count()).toBeLessThanOrEqual(claims);
    const line = flagged.first().locator('.figure-source .evidence-line.evidence-stated').first();
    expect(await line.locator('.quote').textContent()).toMatch(/^“.+”$/);
    expect(await line.locator('.evidence-how').textContent()).toMatch(
      /^\(stated · .+, src:\d+, paragraph \d+\)$/,
    );
    await shot(page, 'explorer-figures');
  });

  it('shows under each path step its quote, or its plainly marked basis and note', async () => {
    const page = await app.open();
    await page.click('#tab-paths');
    const panel = page.locator('#panel-paths');
    // Kolkata is in India by background knowledge only: the step must say so, plainly.
    await panel.getByRole('combobox', { name: 'Path from' }).fill('Kolkata');
    await panel
      .locator('[role="listbox"]:visible [role="option"]', { hasText: 'Kolkata' })
      .first()
      .click();
    await panel.getByRole('combobox', { name: 'Path to' }).fill('India');
    await panel
      .locator('[role="listbox"]:visible [role="option"]', { hasText: /^India/ })
      .first()
      .click();
    await panel.getByRole('button', { name: 'Find paths' }).click();
    await panel.locator('.path-text').first().waitFor();
    const steps = panel.locator('.path-text li');
    const n = await steps.count();
    expect(n).toBeGreaterThan(0);
    expect(await panel.locator('.path-text li .evidence-line').count()).toBe(n);
    const kinds = await panel
      .locator('.path-text li .evidence-line')
      .evaluateAll((els) =>
        els.map((e) => [e.className, e.querySelector('.evidence-how')?.textContent ?? '']),
      );
    for (const [cls, how] of kinds) {
      if (cls.includes('evidence-inferred')) expect(how).toMatch(/^\(?inferred: [^“”]/);
      if (cls.includes('evidence-background')) expect(how).toMatch(/^background: [^“”]/);
    }
    expect(kinds.some(([cls]) => cls.includes('evidence-background'))).toBe(true);
    await shot(page, 'explorer-path-evidence');
  });
});
