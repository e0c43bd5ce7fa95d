import { describe, expect, it } from 'vitest';
import { capNotice } from '../../../../client/src/ui/cap-notice.js';

describe('the notice of the view-wide cap', () => {
  it('says nothing when everything is drawn within the cap', () => {
    expect(capNotice({ left: 0, drawn: 40, cap: 5_000 }, false).text).toBeUndefined();
    expect(capNotice({ left: 0, drawn: 40, cap: 5_000 }, true).text).toBeUndefined();
  });

  it('counts what is not drawn and offers to draw it', () => {
    const n = capNotice({ left: 15_000, drawn: 4_998, cap: 5_000 }, false);
    expect(n.text).toMatch(/^15,000 more not drawn: the 4,998 most relevant/);
    expect(n.action).toBe('Draw them all');
  });

  it('offers the way back once everything is drawn past the cap', () => {
    const n = capNotice({ left: 0, drawn: 20_000, cap: 5_000 }, true);
    expect(n.text).toMatch(/^All 20,000 elements drawn/);
    expect(n.action).toBe('Draw 5,000 only');
  });
});
