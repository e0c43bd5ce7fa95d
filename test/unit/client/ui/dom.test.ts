// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { errorText, h, valueText } from '../../../../client/src/ui/dom.js';

describe('h', () => {
  it('turns on* attributes into listeners and leaves false ones out', () => {
    let clicks = 0;
    const b = h('button', { onclick: () => clicks++, disabled: false, title: 'Go' });
    b.click();
    expect([clicks, b.hasAttribute('disabled'), b.title]).toEqual([1, false, 'Go']);
  });

  it('sets text as the content, not as an attribute', () => {
    expect(h('p', { text: '<b>x</b>' }).innerHTML).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('valueText', () => {
  it('shows a missing value or an empty list as a dash', () => {
    expect([valueText(null), valueText([])]).toEqual(['—', '—']);
  });

  it('joins a list with commas', () => {
    expect(valueText(['MEA', 'Ministry'])).toBe('MEA, Ministry');
  });
});

describe('errorText', () => {
  it('is an error’s message, or the thing thrown as text', () => {
    expect([errorText(new Error('busy')), errorText('down')]).toEqual(['busy', 'down']);
  });
});
