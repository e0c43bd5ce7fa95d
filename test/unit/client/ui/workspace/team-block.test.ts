// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { TeamItem } from '../../../../../client/src/ui/workspace/team-list.js';
import {
  teamBlock,
  type TeamBlockSpec,
} from '../../../../../client/src/ui/workspace/team-block.js';
import { ana, button, fakeWorkspace, settle } from './fakes.js';

/** A block over an in-memory list, its share refusing the name "taken". */
function setup(signedIn = true) {
  const w = fakeWorkspace(signedIn ? ana : null);
  const items: TeamItem[] = [];
  const shared: string[] = [];
  const spec: TeamBlockSpec<TeamItem> = {
    title: 'Team things',
    className: 'team-things',
    nameLabel: 'Name of the thing',
    placeholder: 'Name',
    shareText: 'Share',
    signedOut: 'Sign in to share things.',
    empty: 'Nothing shared yet.',
    user: w.user,
    onUser: (fn) => w.onUser(fn),
    items: () => Promise.resolve([...items]),
    share: (typed) => {
      if (typed === 'taken') return Promise.reject(new Error('The team has one named "taken".'));
      shared.push(typed);
      items.push({
        id: `t${items.length}`,
        name: typed,
        description: '',
        author: { id: ana.id, name: ana.name },
        createdAt: '2026-12-06T10:00:00.000Z',
      });
      return Promise.resolve(`Shared “${typed}”.`);
    },
    open: () => undefined,
    remove: () => Promise.resolve('Deleted.'),
    notice: w.notice,
  };
  const root = teamBlock(spec);
  document.body.replaceChildren(root);
  const name = root.querySelector<HTMLInputElement>('input');
  return { w, root, name, shared };
}

describe('teamBlock', () => {
  it('signed out, says what signing in gives and offers no share', () => {
    const { root, name } = setup(false);
    expect(root.textContent).toContain('Sign in to share things.');
    expect(name).toBeNull();
  });

  it('shares under the typed name, says so, empties the box and lists the new item', async () => {
    const { w, root, name, shared } = setup();
    name!.value = '  Licences  ';
    button(root, 'Share')!.click();
    await settle();
    await settle();
    expect(shared).toEqual(['Licences']);
    expect(w.notices).toEqual(['Shared “Licences”.']);
    expect(name!.value).toBe('');
    expect(root.querySelector('ul')?.textContent).toContain('Licences');
  });

  it('shows a refused share in its alert line and keeps the name typed', async () => {
    const { root, name } = setup();
    name!.value = 'taken';
    button(root, 'Share')!.click();
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'The team has one named "taken".',
    );
    expect(name!.value).toBe('taken');
  });

  it('signing in turns the signed-out line into the share form', () => {
    const { w, root } = setup(false);
    w.setUser(ana);
    expect(root.querySelector('input')).not.toBeNull();
  });
});
