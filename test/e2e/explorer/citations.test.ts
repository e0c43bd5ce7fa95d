// The citations of the visible graph, downloaded from the export panel in
// every file format it offers, each read back with citation-js's own input
// plugins: the same reports, field by field, in CSL-JSON, RIS and BibLaTeX.
import { readFileSync } from 'node:fs';
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../../support/browser.js';
import { eventually, useExplorer } from './harness.js';

/** Every citation file the export panel offers, by its button. */
const FORMATS = ['CSL-JSON', 'RIS', 'BibTeX'] as const;

async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
  const panel = page.locator('#panel-export');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name, exact: true }).click(),
  ]);
  return { file: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** What citation-js reads back, by citation key, without its bookkeeping. */
function readBack(text: string): Map<string, CslItem> {
  const data = new Cite(text).data as (CslItem & { _graph?: unknown })[];
  return new Map(data.map(({ _graph, ...d }) => [String(d['citation-key'] ?? d.id), d]));
}

describe.runIf(browserAvailable())('citation files of the visible graph in Chromium', () => {
  const app = useExplorer();

  it('downloads every citation format and reads each back to the same reports, field by field', async () => {
    const page = await app.open();
    await page.click('#tab-export');
    const panel = page.locator('#panel-export');
    // The formatted list (one line a report) says how many reports the visible graph cites.
    await panel.getByRole('button', { name: 'List sources', exact: true }).click();
    const box = panel.getByRole('textbox', { name: 'Citations' });
    // citation-js loads on first use: allow for it on a busy machine.
    await eventually(() => box.inputValue(), 30_000).not.toMatch(/^(Collecting sources…)?$/);
    const listed = (await box.inputValue()).split('\n').filter(Boolean).length;
    expect(listed).toBeGreaterThan(1);

    const files = new Map<string, { file: string; text: string }>();
    for (const f of FORMATS) files.set(f, await download(page, f));
    expect([...files.values()].map((f) => f.file.split('.').pop())).toEqual(['json', 'ris', 'bib']);

    const csl = JSON.parse(files.get('CSL-JSON')?.text ?? '[]') as CslItem[];
    expect(csl).toHaveLength(listed);
    const reference = readBack(files.get('CSL-JSON')?.text ?? '');
    expect(reference.size).toBe(listed);
    const ris = readBack(files.get('RIS')?.text ?? '');
    const bib = readBack(files.get('BibTeX')?.text ?? '');
    expect([...ris.keys()].sort()).toEqual([...reference.keys()].sort());
    expect([...bib.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, item] of reference) {
      for (const back of [ris.get(key), bib.get(key)]) {
        expect(back?.title).toBe(item.title);
        expect(back?.['container-title']).toBe(item['container-title']);
        expect(back?.note).toBe(item.note);
        // RIS carries the year in PY (citation-js reads no more of a NEWS record); BibLaTeX the whole date.
        expect(back?.issued?.['date-parts']?.[0]?.[0]).toBe(item.issued?.['date-parts']?.[0]?.[0]);
      }
      // BibLaTeX keeps the date at its precision (an inferred date's circa mark goes in the note).
      expect(bib.get(key)?.issued?.['date-parts']).toEqual(item.issued?.['date-parts']);
    }
    // No wrapped RIS line, no placeholder BibTeX field.
    for (const line of (files.get('RIS')?.text ?? '').split('\n'))
      expect(line).toMatch(/^([A-Z][A-Z0-9] {2}- .*|ER {2}- |)$/);
    // No BibTeX month or type field, and no placeholder in a field meant for data (the note may say so).
    const bibtex = files.get('BibTeX')?.text ?? '';
    expect(bibtex).not.toMatch(/^\s*(month|type)\s*=/im);
    expect(bibtex).not.toMatch(/^\s*(title|journaltitle|author|date)\s*=.*no headline printed/im);
  });
});
