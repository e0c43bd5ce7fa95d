// One list of the team's shared items (views or queries): each with its
// name (a button that opens it), its author and date, and Delete for its
// author or an admin (the server checks again). Shown only when signed in;
// a person without an account keeps the browser's own list beside it.
import type { User } from '../../../../contract/index.js';
import { errorText, h } from '../dom.js';

export interface TeamItem {
  id: string;
  name: string;
  description: string;
  author: { id: string; name: string };
  createdAt: string;
}

export interface TeamListActions<T extends TeamItem> {
  open(item: T): void;
  remove(item: T): Promise<unknown>;
  /** Extra buttons for an item (a view's Copy link). */
  extra?(item: T): HTMLElement[];
}

/** May this person delete this item? Its author may, and an admin. */
export const mayDelete = (user: User | null, item: TeamItem) =>
  user !== null && (user.id === item.author.id || user.role === 'admin');

const day = (iso: string) => iso.slice(0, 10);

export function teamItem<T extends TeamItem>(
  item: T,
  user: User | null,
  actions: TeamListActions<T>,
  onError: (text: string) => void,
): HTMLLIElement {
  return h(
    'li',
    { class: 'team-item', 'data-team-item': item.id },
    h('button', {
      class: 'link',
      type: 'button',
      text: item.name,
      onclick: () => actions.open(item),
    }),
    h('span', { class: 'muted team-by', text: ` by ${item.author.name} · ${day(item.createdAt)}` }),
    item.description ? h('div', { class: 'muted', text: item.description }) : null,
    ...(actions.extra?.(item) ?? []),
    mayDelete(user, item)
      ? h('button', {
          type: 'button',
          text: 'Delete',
          'aria-label': `Delete ${item.name} from the team's list`,
          onclick: () => void actions.remove(item).catch((e: unknown) => onError(errorText(e))),
        })
      : null,
  );
}

/** The list's items, or a word when there are none. */
export function renderTeamList<T extends TeamItem>(
  list: HTMLElement,
  items: readonly T[],
  user: User | null,
  actions: TeamListActions<T>,
  onError: (text: string) => void,
  empty: string,
): void {
  list.replaceChildren(
    ...(items.length
      ? items.map((i) => teamItem(i, user, actions, onError))
      : [h('li', { class: 'muted', text: empty })]),
  );
}
