// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { RulesOutcome } from '../../../../client/src/ui/canvas.js';
import { setupStyleRules } from '../../../../client/src/ui/style-rules.js';
import { fakeCanvas, fakeExplorer } from './fake-explorer.js';

/** The Style section over a canvas that records the rules it is given. */
function setup() {
  const applied: unknown[] = [];
  let answer: ((o: RulesOutcome) => void) | undefined;
  const canvas = fakeCanvas(
    { nodes: [], edges: [] },
    {
      setStyleRules: (r) => void applied.push(r),
      onStyleRulesApplied: (fn) => void (answer = fn),
      refreshStyleRules: () => undefined,
    },
  );
  const ctx = fakeExplorer({ canvas });
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  setupStyleRules(host, ctx);
  const select = (id: string) => host.querySelector<HTMLSelectElement>(`#${id}`)!;
  return { ctx, host, applied, answer: (o: RulesOutcome) => answer?.(o), select };
}

const outcome = (o: Partial<RulesOutcome> = {}): RulesOutcome => ({
  legend: undefined,
  notes: [],
  properties: { numeric: ['tonnes'], text: ['place'], all: ['place', 'tonnes'] },
  ...o,
});

describe('setupStyleRules', () => {
  it('gives the canvas the store’s rules at once', () => {
    const { applied } = setup();
    expect(applied).toEqual([{ sizeBy: 'none', colourBy: 'kind', caption: undefined }]);
  });

  it('a picker writes its rule to the store, which the canvas then gets', () => {
    const { ctx, applied, answer, select } = setup();
    answer(outcome());
    const size = select('style-size');
    size.value = 'degree';
    size.dispatchEvent(new Event('change'));
    expect(ctx.store.get().sizeBy).toBe('degree');
    expect(applied.at(-1)).toMatchObject({ sizeBy: 'degree' });
  });

  it('offers the numeric properties the canvas found for size, and text ones for the caption', () => {
    const { answer, select } = setup();
    answer(outcome());
    const values = (id: string) => [...select(id).options].map((o) => o.value);
    expect(values('style-size')).toContain('prop:tonnes');
    expect(values('style-size')).not.toContain('prop:place');
    expect(values('style-caption')).toEqual(['', 'place']);
  });

  it('keeps a rule on a property no visible node has, marked as not on the canvas', () => {
    const { ctx, answer, select } = setup();
    ctx.store.update({ colourBy: 'prop:year' });
    answer(outcome());
    expect(select('style-colour').value).toBe('prop:year');
    expect(select('style-colour').selectedOptions[0]?.textContent).toBe('year (not on the canvas)');
  });

  it('draws a ramp legend with its low and high and shows the canvas’s notes', () => {
    const { host, answer } = setup();
    answer(
      outcome({
        legend: { kind: 'ramp', title: 'Degree', stops: ['#fff', '#000'], low: 1, high: 12 },
        notes: ['3 nodes have no tonnes.'],
      }),
    );
    expect(host.querySelector('.rule-legend p')?.textContent).toBe('Colour: Degree, low to high');
    expect(host.querySelector('.rule-range')?.textContent).toBe('112');
    expect(host.querySelector('[role="status"]')?.textContent).toBe('3 nodes have no tonnes.');
  });
});
