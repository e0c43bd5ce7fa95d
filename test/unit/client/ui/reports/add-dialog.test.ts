// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ReportPreview } from '../../../../../contract/index.js';
import {
  detailsFields,
  paragraphRows,
  previewMessage,
  saveRequest,
} from '../../../../../client/src/ui/reports/add-dialog.js';

const preview: ReportPreview = {
  format: 'text',
  paragraphs: [
    { n: 1, text: 'Harbour board buys separators' },
    { n: 2, text: 'Advertisement' },
    { n: 3, text: 'The board bought 12 separators on Friday.' },
  ],
  furniture: [{ paragraph: 2, kind: 'advertisement', reason: 'an advertisement' }],
  suggested: {
    headline: 'Harbour board buys separators',
    outlet: 'Coast Weekly',
    datePrinted: { wording: 'March 6, 2026', date: '2026-03-06', paragraph: 1 },
  },
  duplicateOf: null,
};

function review() {
  const el = document.createElement('div');
  el.append(paragraphRows(preview), detailsFields(preview));
  return el;
}

describe('adding a report', () => {
  it('ticks what looks like page furniture to be dropped, with the reason', () => {
    const el = review();
    const ticked = [...el.querySelectorAll<HTMLInputElement>('input[name="drop"]:checked')];
    expect(ticked.map((b) => b.value)).toEqual(['2']);
    expect(el.querySelector('.furniture-why')?.textContent).toContain('an advertisement');
  });

  it('sends the dropped paragraphs and the details as the editor left them', () => {
    const el = review();
    const url = el.querySelector<HTMLInputElement>('[name="url"]');
    if (url) url.value = 'https://coast.example/board';
    const req = saveRequest(el, { content: 'x', fileName: null });
    expect(req).toMatchObject({
      drop: [2],
      headline: 'Harbour board buys separators',
      outlet: 'Coast Weekly',
      url: 'https://coast.example/board',
      date: '2026-03-06',
      datePrecision: 'day',
      dateInferred: false,
    });
  });

  it('names the stored report when the same text is added twice', () => {
    const dup = { ...preview, duplicateOf: { id: 'source:001', name: 'src:001' } };
    expect(previewMessage(dup as ReportPreview)).toBe(
      'This text is stored already as src:001 (source:001).',
    );
    expect(previewMessage(preview)).toContain('3 paragraphs; 1 look like page furniture');
  });
});
