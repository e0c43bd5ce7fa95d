// The account menu in the header: "Sign in" opens a small form (name,
// password; a refusal shown as the server words it); once signed in, the
// button names the person and their role, and the menu offers the drafts
// (editors: to follow theirs; reviewers: to publish or reject) and Sign out.
// The server sets the session cookie (HttpOnly) and returns the CSRF token;
// every write asks GET /api/session for it again (api/reports.ts).
import type { User } from '../../../../contract/index.js';
import { accountApi } from '../../api/curation.js';
import { openReview } from '../curation/review.js';
import { openImport } from '../import/dialog.js';
import { errorText, h } from '../dom.js';
import type { Explorer } from '../explorer.js';
import { account } from './session.js';
import './account.css';

const who = (u: User) => `${u.name} · ${u.role}`;

/** The sign-in form; `done` runs once signed in, with the server's refusal shown in the form. */
export function signInForm(
  done: (user: User | null) => void,
  api: Pick<typeof accountApi, 'login'> = accountApi,
): HTMLFormElement {
  const error = h('p', { class: 'account-error', role: 'alert' });
  const name = h('input', { name: 'name', autocomplete: 'username', required: true });
  const password = h('input', {
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const form = h(
    'form',
    { 'aria-label': 'Sign in' },
    h('label', {}, 'Name', name),
    h('label', {}, 'Password', password),
    h('button', { type: 'submit', text: 'Sign in' }),
    error,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.textContent = '';
    api.login({ name: name.value.trim(), password: password.value }).then(
      (s) => {
        password.value = '';
        done(s.user);
      },
      (e: unknown) => {
        password.value = '';
        error.textContent = errorText(e);
      },
    );
  });
  return form;
}

/** Who is signed in, the drafts (editors: theirs; reviewers: to review) and Sign out. */
export function signedInActions(
  user: User,
  act: { drafts(): void; importData(): void; signOut(): Promise<unknown> },
): HTMLElement {
  const error = h('p', { class: 'account-error', role: 'alert' });
  const reviewer = account.can('reviewer');
  return h(
    'div',
    { class: 'account-actions' },
    h('p', {}, 'Signed in as ', h('strong', { text: user.name }), ` (${user.role})`),
    account.can('editor')
      ? h('button', {
          type: 'button',
          text: reviewer ? 'Review drafts' : 'My drafts',
          onclick: () => act.drafts(),
        })
      : null,
    account.can('admin')
      ? h('button', { type: 'button', text: 'Import a dataset', onclick: () => act.importData() })
      : null,
    h('button', {
      type: 'button',
      text: 'Sign out',
      onclick: () => void act.signOut().catch((e: unknown) => (error.textContent = errorText(e))),
    }),
    error,
  );
}

export function setupAccountMenu(host: HTMLElement, ctx: Explorer): void {
  const button = h('button', {
    type: 'button',
    id: 'account-button',
    'aria-haspopup': 'true',
    'aria-expanded': 'false',
    text: 'Sign in',
  });
  const panel = h('div', { class: 'account-panel', id: 'account-panel', hidden: true });
  const wrap = h('div', { class: 'account' }, button, panel);
  // In the header's first row, beside the search, not at the end of the tools: there the
  // tools' one row at 1024 px had no room left, and a phone folds the tools away.
  if (host.parentElement?.classList.contains('topbar')) host.before(wrap);
  else host.append(wrap);
  const notice = (text: string) => ctx.bus.emit('notice', { text });

  const close = () => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  const open = () => {
    render(account.current());
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    panel.querySelector<HTMLInputElement>('input')?.focus();
  };
  button.addEventListener('click', () => (panel.hidden ? open() : close()));
  wrap.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !panel.hidden) {
      ev.stopPropagation();
      close();
      button.focus();
    }
  });

  const signedIn = (user: User) =>
    signedInActions(user, {
      drafts: () => (close(), openReview(ctx)),
      importData: () => (close(), openImport()),
      signOut: () =>
        accountApi.logout().then(() => {
          account.set(null);
          close();
          notice('Signed out.');
        }),
    });
  const signIn = () =>
    signInForm((user) => {
      account.set(user);
      close();
      notice(user ? `Signed in as ${who(user)}.` : 'Signed in.');
    });

  function render(user: User | null): void {
    // Name and role apart, so a narrow header can shorten the name and drop the role.
    button.replaceChildren(
      ...(user
        ? [
            h('span', { class: 'account-name', text: user.name }),
            h('span', { class: 'account-role', text: ` · ${user.role}` }),
          ]
        : ['Sign in']),
    );
    button.title = user
      ? `${who(user)}: your drafts and sign out`
      : 'Sign in to add reports and claims';
    panel.replaceChildren(user ? signedIn(user) : signIn());
  }

  account.subscribe(render);
  render(null);
  void account.refresh();
}
