// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTabs } from '../../../../client/src/ui/tabs.js';

function tabs() {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const panel = () => document.createElement('section');
  const t = createTabs(host, 'Panels', [
    { id: 'details', title: 'Details', panel: panel() },
    { id: 'paths', title: 'Paths', panel: panel() },
  ]);
  return { t, host };
}

describe('createTabs', () => {
  it('shows the first tab’s panel only', () => {
    const { host } = tabs();
    const hidden = [...host.querySelectorAll('section')].map((s) => s.hidden);
    expect(hidden).toEqual([false, true]);
  });

  it('ArrowRight moves to the next tab and shows its panel', () => {
    const { t } = tabs();
    document
      .getElementById('tab-details')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(t.current()).toBe('paths');
    expect(document.getElementById('tab-paths')?.getAttribute('aria-selected')).toBe('true');
  });

  it('tells its listeners which tab was shown', () => {
    const { t } = tabs();
    const shown: string[] = [];
    t.onShow((id) => shown.push(id));
    document.getElementById('tab-paths')?.click();
    expect(shown).toEqual(['paths']);
  });
});
