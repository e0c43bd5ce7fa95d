// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { teamCommentsBlock } from '../../../../../client/src/ui/workspace/team-comments.js';
import { button, fakeWorkspace, raj, settle } from './fakes.js';

function block(w = fakeWorkspace()) {
  const shown: string[] = [];
  const el = teamCommentsBlock({
    ...w,
    comments: w.api.comments,
    show: (on) => void shown.push(on),
  });
  return { el, w, shown };
}

describe('the Team comments block', () => {
  it('lists the comments with their author and what they are on, for an editor', async () => {
    const { el } = block();
    await settle();
    expect(el.hidden).toBe(false);
    expect(el.querySelector('li')?.textContent).toContain('ana');
    expect(el.textContent).toContain('Check the date');
  });

  it('shows what a comment is on when it is clicked', async () => {
    const { el, shown } = block();
    await settle();
    button(el, 'country:india')?.click();
    expect(shown).toEqual(['country:india']);
  });

  it('is hidden from a reader', async () => {
    const { el } = block(fakeWorkspace(raj));
    await settle();
    expect(el.hidden).toBe(true);
    expect(el.textContent).toBe('');
  });
});
