// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import {
  claimForm,
  claimRequest,
  kindFields,
  type Selection,
} from '../../../../../client/src/ui/reports/claim-form.js';
import { reading, settle } from './fixtures.js';

const vocabulary = {
  labels: ['Place', 'Company'],
  eventKinds: ['Meeting', 'Purchase'],
  relationshipTypes: ['LOCATED_IN', 'BOUGHT'],
  causalTypes: ['LED_TO'],
};
const text = reading.paragraphs[1]?.text ?? '';
const sel: Selection = {
  reportId: 'source:test-harbour',
  paragraph: 2,
  start: 0,
  end: 58,
  quote: text.slice(0, 58),
  marks: reading.paragraphs[1]?.spans ?? [],
};
const valueOf = (root: ParentNode, name: string) =>
  root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value;

describe('the claim form', () => {
  it('prefills an event with the resolved date, its wording and the names in the selection', () => {
    const box = document.createElement('div');
    box.append(...kindFields('event', sel, vocabulary));
    expect(valueOf(box, 'date')).toBe('2026-03-06');
    expect(valueOf(box, 'dateInferredFrom')).toBe('on Friday');
    expect(valueOf(box, 'participants')).toBe('place:kakinada');
  });

  it('prefills a figure with the number in the words', () => {
    const box = document.createElement('div');
    box.append(...kindFields('figure', sel, vocabulary));
    expect(valueOf(box, 'value')).toBe('12');
  });

  it('offers only the ontology’s relationship types', () => {
    const box = document.createElement('div');
    box.append(...kindFields('relationship', sel, vocabulary));
    const types = [...box.querySelectorAll('select[name="type"] option')].map((o) => o.textContent);
    expect(types).toEqual(['LOCATED_IN', 'BOUGHT']);
  });

  it('sends the selection as the quote, stated unless told otherwise, and a new end as new', () => {
    const form = claimForm(sel, vocabulary, { claim: vi.fn() });
    const kind = form.querySelector<HTMLSelectElement>('[name="kind"]');
    if (!kind) throw new Error('no kind');
    kind.value = 'relationship';
    kind.dispatchEvent(new Event('change'));
    const to = form.querySelector<HTMLInputElement>('[name="to"]');
    if (to) to.value = 'new:Company:Harbour Board';
    const req = claimRequest(form, sel, 'relationship');
    expect(req).toMatchObject({ quote: sel.quote, basis: 'stated', paragraph: 2 });
    expect(req.fields).toMatchObject({
      kind: 'relationship',
      from: 'place:kakinada',
      to: { new: { label: 'Company', name: 'Harbour Board' } },
    });
  });

  it('says how many drafts were made for a reviewer, and asks the canvas to draw them', async () => {
    const claim = vi.fn(() => Promise.resolve({ drafts: [{}, {}] }));
    const form = claimForm(sel, vocabulary, { claim } as never);
    const redraw = vi.fn();
    document.addEventListener('reg:drafts-changed', redraw);
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(form.querySelector('[role="status"]')?.textContent).toBe(
      '2 drafts made for a reviewer, to publish in order.',
    );
    expect(redraw).toHaveBeenCalledOnce();
  });
});
