// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkAddress, teamViewsBlock } from '../../../../../client/src/ui/workspace/team-views.js';
import { ana, boss, button, fakeWorkspace, raj, settle } from './fakes.js';

function block(w = fakeWorkspace()) {
  const opened: string[] = [];
  const copied: string[] = [];
  const el = teamViewsBlock(
    {
      ...w,
      currentLink: () => '?sel=country%3Aindia&v=2',
      openLink: (l) => void opened.push(l),
      copy: (t) => Promise.resolve(void copied.push(t)),
    },
    'http://127.0.0.1:3000/',
  );
  document.body.replaceChildren(el);
  return { el, w, opened, copied };
}

async function share(el: HTMLElement, name: string) {
  const input = el.querySelector<HTMLInputElement>('input[aria-label="Team view name"]');
  if (input) input.value = name;
  button(el, 'Share with the team')?.click();
  await settle();
  await settle();
}

describe('the Team views block', () => {
  it('shares the current view under a name and lists it with its author', async () => {
    const { el } = block();
    await settle();
    await share(el, 'India');
    const item = el.querySelector('.team-item');
    expect(item?.textContent).toContain('India');
    expect(item?.querySelector('.team-by')?.textContent).toContain('by ana');
  });

  it("opens a teammate's view by its link", async () => {
    const { el, opened } = block();
    await share(el, 'India');
    button(el, 'India')?.click();
    expect(opened).toEqual(['?sel=country%3Aindia&v=2']);
  });

  it('copies the absolute address of a view', async () => {
    const { el, copied } = block();
    await share(el, 'India');
    button(el, 'Copy link')?.click();
    await settle();
    expect(copied).toEqual(['http://127.0.0.1:3000/?sel=country%3Aindia&v=2']);
  });

  it('shows the refusal of a name the team uses, as the server words it', async () => {
    const { el } = block();
    await share(el, 'India');
    await share(el, 'india');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('already');
  });

  it('offers Delete to the author and an admin, not to a teammate', async () => {
    const { el, w } = block();
    await share(el, 'India');
    expect(button(el, 'Delete')).toBeDefined();
    w.setUser(raj);
    await settle();
    expect(button(el, 'Delete')).toBeUndefined();
    w.setUser(boss);
    await settle();
    expect(button(el, 'Delete')).toBeDefined();
  });

  it('asks someone not signed in to sign in, and lists nothing', async () => {
    const { el } = block(fakeWorkspace(null));
    await settle();
    expect(el.textContent).toContain('Sign in to share views');
    expect(el.querySelector('.team-list')).toBeNull();
  });

  it('builds a view address from the base and the link', () => {
    expect(linkAddress('?v=2', 'http://h/')).toBe('http://h/?v=2');
    expect(ana.role).toBe('editor');
  });
});
