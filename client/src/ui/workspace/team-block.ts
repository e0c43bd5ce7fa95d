// One block of the team's workspace (views, queries or stories): a heading,
// a name box with its share button, a line for refusals, and the list, all
// shown only when signed in; signed out, a line saying what signing in
// gives. What differs per kind (what is shared, what opening does) comes in
// the spec; a share that cannot be made throws, and its message is shown.
import type { User } from '../../../../contract/index.js';
import { errorText, h } from '../dom.js';
import { renderTeamList, type TeamItem } from './team-list.js';

export interface TeamBlockSpec<T extends TeamItem> {
  title: string;
  className: string;
  listClass?: string;
  nameLabel: string;
  placeholder: string;
  shareText: string;
  signedOut: string;
  empty: string;
  user(): User | null;
  /** Subscribes to sign-in and sign-out; returns the unsubscribe. */
  onUser(fn: () => void): () => void;
  items(): Promise<readonly T[]>;
  /** Shares under the name typed ('' when none); resolves with what to tell the person. */
  share(typed: string): Promise<string>;
  open(item: T): void;
  /** Deletes an item; resolves with what to tell the person. */
  remove(item: T): Promise<string>;
  extra?(item: T): HTMLElement[];
  notice(text: string): void;
}

export function teamBlock<T extends TeamItem>(spec: TeamBlockSpec<T>): HTMLElement {
  const list = h('ul', { class: spec.listClass ?? 'plain team-list', 'aria-label': spec.title });
  const status = h('p', { class: 'curation-error', role: 'alert' });
  const name = h('input', {
    type: 'text',
    'aria-label': spec.nameLabel,
    placeholder: spec.placeholder,
  });
  const fail = (text: string) => {
    status.textContent = text;
  };
  // Runs a step, telling what it resolves with and showing what refuses it.
  const attempt = async (step: () => Promise<string>, after?: () => void) => {
    status.textContent = '';
    try {
      spec.notice(await step());
      after?.();
      await load();
    } catch (e) {
      fail(errorText(e));
    }
  };
  const actions = {
    open: (item: T) => spec.open(item),
    remove: (item: T) => attempt(() => spec.remove(item)),
    extra: (item: T) => spec.extra?.(item) ?? [],
  };

  async function load(): Promise<void> {
    try {
      renderTeamList(list, await spec.items(), spec.user(), actions, fail, spec.empty);
    } catch (e) {
      fail(errorText(e));
    }
  }

  const share = () =>
    attempt(
      () => spec.share(name.value.trim()),
      () => (name.value = ''),
    );
  const form = h(
    'div',
    { class: 'row' },
    name,
    h('button', { type: 'button', text: spec.shareText, onclick: () => void share() }),
  );
  const root = h('section', { class: spec.className, 'aria-label': spec.title });
  const render = () => {
    const signedIn = spec.user() !== null;
    root.replaceChildren(
      h('h3', { text: spec.title }),
      ...(signedIn ? [form, status, list] : [h('p', { class: 'muted', text: spec.signedOut })]),
    );
    if (signedIn) {
      status.textContent = '';
      void load();
    }
  };
  spec.onUser(render);
  render();
  return root;
}
