// @vitest-environment happy-dom
// The drawn line: quotation marks around the quote only, never around a note.
import { describe, expect, it } from 'vitest';
import { evidenceLineElement, linkEvidence } from '../../../../client/src/ui/evidence-line.js';

const base = { quoteSource: null, paragraph: 2, sources: ['src:004'], note: null };

describe('evidenceLineElement', () => {
  it('draws a stated link’s quote in quotation marks, then its basis and place plainly', () => {
    const el = evidenceLineElement(linkEvidence({ ...base, basis: 'stated', quote: 'the words' }));
    expect(el.querySelector('.quote')?.textContent).toBe('“the words”');
    expect(el.querySelector('.evidence-how')?.textContent).toBe('(stated · src:004, paragraph 2)');
    expect(el.className).toBe('evidence-line evidence-stated');
  });

  it('draws a background note with no quotation mark anywhere', () => {
    const el = evidenceLineElement(
      linkEvidence({ ...base, basis: 'background', quote: null, note: 'a map of the region' }),
    );
    expect(el.textContent).toBe('background: a map of the region · src:004');
    expect(el.textContent).not.toMatch(/[“”"]/);
    expect(el.querySelector('.quote')).toBeNull();
  });

  it('draws an inferred reading as "inferred: <note>", apart from any quote', () => {
    const el = evidenceLineElement(
      linkEvidence({ ...base, basis: 'inferred', quote: null, note: 'order from dates' }),
    );
    expect(el.textContent).toBe('inferred: order from dates · src:004');
    expect(el.className).toContain('evidence-inferred');
  });
});
