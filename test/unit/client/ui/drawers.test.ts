// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setupDrawers } from '../../../../client/src/ui/drawers.js';

function drawers() {
  const host = document.createElement('div');
  const left = Object.assign(document.createElement('div'), { id: 'left' });
  document.body.replaceChildren(host, left);
  return { d: setupDrawers(host), host, left };
}

describe('setupDrawers', () => {
  it('starts with the legend closed', () => {
    const { d } = drawers();
    expect(d.isOpen('left')).toBe(false);
  });

  it('a toggle opens its drawer and says so', () => {
    const { d } = drawers();
    const b = document.querySelector<HTMLButtonElement>('#toggle-left')!;
    b.click();
    expect([d.isOpen('left'), b.getAttribute('aria-expanded')]).toEqual([true, 'true']);
  });

  it('the close button inside the legend shuts it', () => {
    const { d, left } = drawers();
    d.open('left');
    left.querySelector<HTMLButtonElement>('.drawer-close')?.click();
    expect(document.body.dataset['left']).toBe('closed');
  });
});
