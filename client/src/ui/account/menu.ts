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
  host.append(wrap);

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

  function signInForm(): HTMLFormElement {
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
      accountApi.login({ name: name.value.trim(), password: password.value }).then(
        (s) => {
          password.value = '';
          account.set(s.user);
          close();
          ctx.bus.emit('notice', { text: s.user ? `Signed in as ${who(s.user)}.` : 'Signed in.' });
        },
        (e: unknown) => {
          password.value = '';
          error.textContent = errorText(e);
        },
      );
    });
    return form;
  }

  function signedIn(user: User): HTMLElement {
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
            onclick: () => {
              close();
              openReview(ctx);
            },
          })
        : null,
      account.can('admin')
        ? h('button', {
            type: 'button',
            text: 'Import a dataset',
            onclick: () => (close(), openImport()),
          })
        : null,
      h('button', {
        type: 'button',
        text: 'Sign out',
        onclick: () => {
          accountApi.logout().then(
            () => {
              account.set(null);
              close();
              ctx.bus.emit('notice', { text: 'Signed out.' });
            },
            (e: unknown) => (error.textContent = errorText(e)),
          );
        },
      }),
      error,
    );
  }

  function render(user: User | null): void {
    button.textContent = user ? who(user) : 'Sign in';
    button.title = user ? 'Your account: drafts and sign out' : 'Sign in to add reports and claims';
    panel.replaceChildren(user ? signedIn(user) : signInForm());
  }

  account.subscribe(render);
  render(null);
  void account.refresh();
}
