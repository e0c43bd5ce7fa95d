// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  describe as words,
  offsetOf,
  renderParagraph,
} from '../../../../../client/src/ui/reports/marks.js';
import { reading } from './fixtures.js';

const p = reading.paragraphs[1];
if (!p) throw new Error('fixture');

describe('a paragraph with its marks', () => {
  it('cuts the text where marks begin and end, keeping it whole', () => {
    const el = renderParagraph(p.n, p.text, p.spans);
    const segs = [...el.querySelectorAll('.seg')].map((s) => s.textContent).join('');
    expect(segs).toBe(p.text);
    expect(el.querySelector('.mark-name')?.textContent).toBe('Kakinada');
  });

  it('says on hover what a date resolves to and that it is inferred', () => {
    const el = renderParagraph(p.n, p.text, p.spans);
    expect(el.querySelector<HTMLElement>('.mark-date')?.title).toBe(
      'on Friday → 2026-03-06 (day, inferred)',
    );
  });

  it('sets markup in the text as text, never as elements', () => {
    const el = renderParagraph(3, '<img src=x onerror=alert(1)>', []);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img');
  });

  it('finds a position in the paragraph from a text node and its offset', () => {
    const el = renderParagraph(p.n, p.text, p.spans);
    const seg = el.querySelector<HTMLElement>('.mark-name');
    const text = seg?.firstChild;
    if (!text) throw new Error('no text');
    expect(offsetOf(text, 3)).toEqual({ n: 2, at: 7 });
  });

  it('names a close spelling as close, not as the graph’s own name', () => {
    const span = { ...p.spans[0], exact: false } as Parameters<typeof words>[0];
    expect(words(span)).toBe('Close to: Kakinada (Place)');
  });
});
