// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  readingView,
  reportItems,
  selectionOf,
  setupReports,
} from '../../../../../client/src/ui/reports/panel.js';
import { reading, settle, summary } from './fixtures.js';

describe('the Reports tab', () => {
  it('lists each report with its outlet, date and paragraphs, opening it on a click', () => {
    const open = vi.fn();
    const [li] = reportItems([summary], open);
    expect(li?.textContent).toContain('Coast Weekly · 2026-03-06 · 2 ¶');
    li?.querySelector('button')?.click();
    expect(open).toHaveBeenCalledWith('source:test-harbour');
  });

  it('reads a report with its headline, outlet and date as printed, paragraph by paragraph', () => {
    const els = readingView(reading);
    expect(els[0]?.textContent).toBe('Harbour board buys separators');
    expect(els[1]?.textContent).toBe('Coast Weekly · March 6, 2026');
    expect(els.filter((e) => e.classList.contains('report-paragraph'))).toHaveLength(2);
  });

  it('turns a selection within one paragraph into a span with its quote and marks', () => {
    const [, , , , p2] = readingView(reading);
    const seg = p2?.querySelector('.mark-name')?.firstChild;
    if (!seg) throw new Error('no segment');
    const sel = selectionOf(reading, {
      startContainer: seg,
      startOffset: 0,
      endContainer: seg,
      endOffset: 8,
    });
    expect(sel).toMatchObject({ paragraph: 2, start: 4, end: 12, quote: 'Kakinada' });
  });

  it('refuses a selection across two paragraphs, saying why', () => {
    const els = readingView(reading);
    const a = els[3]?.querySelector('.seg')?.firstChild;
    const b = els[4]?.querySelector('.seg')?.firstChild;
    if (!a || !b) throw new Error('no segments');
    expect(
      selectionOf(reading, { startContainer: a, startOffset: 0, endContainer: b, endOffset: 2 }),
    ).toBe('Select words within one paragraph to make a claim.');
  });

  it('says what the reading column is for until a report is chosen', async () => {
    const root = document.createElement('div');
    const api = {
      list: () => Promise.resolve({ reports: [summary] }),
      reading: () => Promise.resolve(reading),
      vocabulary: vi.fn(),
    };
    const panel = setupReports(
      root,
      { store: { update: vi.fn() } } as never,
      { reveal: vi.fn() },
      api,
    );
    await panel.refresh();
    expect(root.querySelector('.report-reading')?.textContent).toContain(
      'Choose a report to read it',
    );
  });

  it('opens the report asked for after listing them', async () => {
    const root = document.createElement('div');
    const api = {
      list: () => Promise.resolve({ reports: [summary] }),
      reading: () => Promise.resolve(reading),
      vocabulary: vi.fn(),
    };
    const panel = setupReports(
      root,
      { store: { update: vi.fn() } } as never,
      { reveal: vi.fn() },
      api,
    );
    await panel.refresh(summary.id);
    await settle();
    expect(root.querySelector('.report-reading h3')?.textContent).toBe(
      'Harbour board buys separators',
    );
    expect(root.querySelector('.report-phone-note')?.textContent).toContain(
      'needs a larger screen',
    );
  });
});
