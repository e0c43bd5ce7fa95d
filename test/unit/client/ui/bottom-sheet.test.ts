// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupBottomSheet } from '../../../../client/src/ui/bottom-sheet.js';
import type { Drawers } from '../../../../client/src/ui/drawers.js';

/** A bottom bar with two tabs; `narrow` says whether the page is phone-sized. */
function setup(narrow: boolean) {
  vi.stubGlobal('matchMedia', () => ({ matches: narrow }));
  const bottom = document.createElement('div');
  bottom.innerHTML =
    '<div role="tablist"><button role="tab" id="tab-a">A</button><button role="tab" id="tab-b">B</button></div>';
  document.body.replaceChildren(bottom);
  delete document.body.dataset['bottom'];
  delete document.body.dataset['right'];
  const closed: string[] = [];
  const drawers = { close: (s: string) => void closed.push(s) } as unknown as Drawers;
  let resized = 0;
  setupBottomSheet(bottom, drawers, () => void resized++);
  const tab = (id: string) => bottom.querySelector<HTMLElement>(`#${id}`)!.click();
  return { tab, closed, resized: () => resized, state: () => document.body.dataset['bottom'] };
}

describe('setupBottomSheet', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('on a phone, a tab opens the sheet and closes the details, and the canvas is refitted', async () => {
    const s = setup(true);
    s.tab('tab-a');
    await new Promise((r) => requestAnimationFrame(r));
    expect(s.state()).toBe('open');
    expect(s.closed).toEqual(['right']);
    expect(s.resized()).toBe(1);
  });

  it('on a phone, the open tab picked again closes the sheet; another tab keeps it open', () => {
    const s = setup(true);
    s.tab('tab-a');
    s.tab('tab-b');
    expect(s.state()).toBe('open');
    s.tab('tab-b');
    expect(s.state()).toBe('closed');
  });

  it('on a wider screen, tabs leave the sheet closed', () => {
    const s = setup(false);
    s.tab('tab-a');
    expect(s.state()).toBe('closed');
  });

  it('on a phone, the details sheet rising closes this one', async () => {
    const s = setup(true);
    s.tab('tab-a');
    document.body.dataset['right'] = 'open';
    await new Promise((r) => setTimeout(r, 0));
    expect(s.state()).toBe('closed');
  });
});
