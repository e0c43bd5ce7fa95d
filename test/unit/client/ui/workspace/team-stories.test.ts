// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../../../contract/index.js';
import { teamStoriesBlock } from '../../../../../client/src/ui/workspace/team-stories.js';
import { boss, button, fakeWorkspace, raj, settle } from './fakes.js';

const chain: Story = {
  version: 1,
  name: 'Licences chain',
  savedAt: '2026-12-06T09:00:00.000Z',
  steps: [{ id: 's1', title: 'April', caption: 'Controls begin.', view: '?v=2', claims: [] }],
};

function block(w = fakeWorkspace(), current: () => Story | undefined = () => chain) {
  const opened: Story[] = [];
  const el = teamStoriesBlock({ ...w, current, open: (s) => void opened.push(s) });
  document.body.replaceChildren(el);
  return { el, w, opened };
}

async function share(el: HTMLElement, name = '') {
  const input = el.querySelector<HTMLInputElement>('input[aria-label="Team story name"]');
  if (input) input.value = name;
  button(el, 'Share this story')?.click();
  await settle();
  await settle();
}

describe('the Team stories block', () => {
  it('shares the open story, every step, under its own name when none is typed', async () => {
    const { el, w } = block();
    await share(el);
    expect(w.stories.map((t) => [t.name, t.story.steps.length])).toEqual([['Licences chain', 1]]);
    expect(el.querySelector('.team-item .team-by')?.textContent).toContain('by ana');
  });

  it("opens a teammate's story by handing the whole story, under the team's name for it, to the Story tab", async () => {
    const { el, opened } = block();
    await share(el, 'For the desk');
    button(el, 'For the desk')?.click();
    expect(opened).toEqual([{ ...chain, name: 'For the desk' }]);
  });

  it('says to open a story first when none is open, sharing nothing', async () => {
    const { el, w } = block(fakeWorkspace(), () => undefined);
    await share(el, 'Empty');
    expect(w.stories).toEqual([]);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Open or make a story first');
  });

  it("offers Delete on a teammate's story to an admin but not to another reader", async () => {
    const w = fakeWorkspace();
    const { el } = block(w);
    await share(el);
    w.setUser(raj);
    await settle();
    expect(button(el, 'Delete')).toBeUndefined();
    w.setUser(boss);
    await settle();
    expect(button(el, 'Delete')).toBeDefined();
  });

  it('tells a person without an account that their stories stay in this browser', () => {
    const { el } = block(fakeWorkspace(null));
    expect(el.textContent).toContain('Sign in to share stories');
    expect(el.querySelector('input')).toBeNull();
  });
});
