// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  MIN_CANVAS,
  MIN_PANEL,
  SPLIT_KEY,
  clampSplit,
  setupSplit,
  storedSplit,
} from '../../../../client/src/ui/split.js';

describe('clampSplit', () => {
  it('keeps the panels at least MIN_PANEL and the canvas at least MIN_CANVAS high', () => {
    expect(clampSplit(10, 700)).toBe(MIN_PANEL);
    expect(clampSplit(900, 700)).toBe(700 - MIN_CANVAS);
    expect(clampSplit(300, 700)).toBe(300);
  });
});

describe('storedSplit', () => {
  it('reads a stored height and ignores what is not one', () => {
    expect(storedSplit({ getItem: () => '320' })).toBe(320);
    expect(storedSplit({ getItem: () => 'tall' })).toBeUndefined();
    expect(storedSplit({ getItem: () => null })).toBeUndefined();
  });
});

describe('setupSplit', () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML =
      '<section id="c"><div id="cy"></div><div id="bottom"></div></section>';
  });

  it('puts a keyboard-usable separator before the panels', () => {
    setupSplit(document.getElementById('c')!, document.getElementById('bottom')!);
    const handle = document.querySelector('.split-handle');
    expect(handle?.getAttribute('role')).toBe('separator');
    expect(handle?.nextElementSibling?.id).toBe('bottom');
  });

  it('remembers a height set by the person and applies it on the next start', () => {
    const centre = document.getElementById('c')!;
    const split = setupSplit(centre, document.getElementById('bottom')!);
    split.set(200, true);
    expect(localStorage.getItem(SPLIT_KEY)).toBe(String(split.height()));
    document.querySelector('.split-handle')?.remove();
    const again = setupSplit(centre, document.getElementById('bottom')!);
    expect(again.height()).toBe(split.height());
    expect(centre.style.getPropertyValue('--bottom-h')).toBe(`${split.height()}px`);
  });
});
