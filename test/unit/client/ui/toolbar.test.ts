// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupAsOf, setupToolbar } from '../../../../client/src/ui/toolbar.js';
import { fakeCanvas, fakeExpander, fakeExplorer } from './fake-explorer.js';

function page(...ids: string[]) {
  document.body.replaceChildren(
    ...ids.map((id) => Object.assign(document.createElement('div'), { id })),
  );
}

describe('setupAsOf', () => {
  it('a date and the "reported" clock go into the store', () => {
    page('asof');
    const ctx = fakeExplorer();
    setupAsOf(ctx);
    const date = document.querySelector<HTMLInputElement>('#asof-date')!;
    const clock = document.querySelector<HTMLSelectElement>('#asof-clock')!;
    date.value = '2025-05-01';
    clock.value = 'reported';
    clock.dispatchEvent(new Event('change'));
    expect(ctx.store.get()).toMatchObject({ asOf: '2025-05-01', clock: 'reported' });
  });

  it('"Now" clears the as-of date', () => {
    page('asof');
    const ctx = fakeExplorer({ state: { asOf: '2025-05-01' } });
    setupAsOf(ctx);
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Now')?.click();
    expect(ctx.store.get().asOf).toBeUndefined();
  });
});

describe('setupToolbar', () => {
  // The account menu beside the toolbar asks who is signed in: nobody here.
  beforeEach(() => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 401 })));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function toolbar() {
    page('toolbar', 'tools');
    const themes: string[] = [];
    const canvas = fakeCanvas(
      { nodes: [], edges: [] },
      {
        setTheme: (t: string) => themes.push(t),
        fit: () => undefined,
        zoomBy: () => undefined,
      },
    );
    const ctx = fakeExplorer({ canvas });
    let resets = 0;
    setupToolbar(ctx, fakeExpander(), { reset: () => resets++ });
    const button = (name: string) =>
      [...document.querySelectorAll<HTMLButtonElement>('#toolbar button')].find(
        (b) => b.textContent === name || b.getAttribute('aria-label') === name,
      );
    return { ctx, button, themes, resets: () => resets };
  }

  it('"Select area" switches the mode in the store and shows it pressed', () => {
    const t = toolbar();
    t.button('Select area')?.click();
    expect(t.ctx.store.get().selectArea).toBe(true);
    expect(t.button('Select area')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('a layout picked from the menu goes into the store', () => {
    const t = toolbar();
    const layout = document.querySelector<HTMLSelectElement>('#layout')!;
    layout.value = 'time';
    layout.dispatchEvent(new Event('change'));
    expect(t.ctx.store.get().layout).toBe('time');
  });

  it('Reset asks for the overview', () => {
    const t = toolbar();
    t.button('Reset')?.click();
    expect(t.resets()).toBe(1);
  });

  it('undo and redo start disabled', () => {
    const t = toolbar();
    expect([t.button('Undo')?.disabled, t.button('Redo')?.disabled]).toEqual([true, true]);
  });
});
