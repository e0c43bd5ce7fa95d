// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../../../client/src/ui/account/session.js';
import {
  setupAccountMenu,
  signedInActions,
  signInForm,
} from '../../../../../client/src/ui/account/menu.js';
import { settle, tableFetch } from '../reports/fixtures.js';

afterEach(() => {
  vi.unstubAllGlobals();
  account.set(null);
});
const ana = { id: 'u1', name: 'ana', role: 'editor' as const };

describe('the account menu', () => {
  it('signs in with the name and password typed, and clears the password', async () => {
    const login = vi.fn(() =>
      Promise.resolve({ user: ana, csrfToken: 't', readAccess: 'open' as const }),
    );
    const done = vi.fn();
    const form = signInForm(done, { login });
    const [name, password] = [...form.querySelectorAll('input')];
    if (!name || !password) throw new Error('no inputs');
    name.value = ' ana ';
    password.value = 'a long password';
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(login).toHaveBeenCalledWith({ name: 'ana', password: 'a long password' });
    expect(done).toHaveBeenCalledWith(ana);
    expect(password.value).toBe('');
  });

  it('shows a refusal as the server words it', async () => {
    const login = vi.fn(() => Promise.reject(new Error('Wrong user name or password')));
    const form = signInForm(vi.fn(), { login });
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Wrong user name or password');
  });

  it('offers an editor their drafts and Sign out', () => {
    account.set(ana);
    const el = signedInActions(ana, { drafts: vi.fn(), importData: vi.fn(), signOut: vi.fn() });
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'My drafts',
      'Sign out',
    ]);
  });

  it('offers an admin the dataset import, and opens it on click', () => {
    const admin = { ...ana, name: 'root', role: 'admin' as const };
    account.set(admin);
    const importData = vi.fn();
    const el = signedInActions(admin, { drafts: vi.fn(), importData, signOut: vi.fn() });
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Review drafts',
      'Import a dataset',
      'Sign out',
    ]);
    buttons[1]?.click();
    expect(importData).toHaveBeenCalledOnce();
  });

  it('names the person and their role on the button once the session says who', async () => {
    vi.stubGlobal(
      'fetch',
      tableFetch({ '/api/session': { user: ana, csrfToken: 't', readAccess: 'open' } }).fetch,
    );
    const host = document.createElement('div');
    setupAccountMenu(host, { bus: { emit: vi.fn() } } as never);
    await settle();
    expect(host.querySelector('#account-button')?.textContent).toBe('ana · editor');
  });
});
