// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account, roleAtLeast } from '../../../../../client/src/ui/account/session.js';
import { tableFetch } from '../reports/fixtures.js';

afterEach(() => {
  vi.unstubAllGlobals();
  account.set(null);
});

describe('who is signed in', () => {
  it('ranks roles: a reviewer may edit, a reader may not, no one signed in may nothing', () => {
    expect(roleAtLeast({ id: 'a', name: 'a', role: 'reviewer' }, 'editor')).toBe(true);
    expect(roleAtLeast({ id: 'a', name: 'a', role: 'reader' }, 'editor')).toBe(false);
    expect(roleAtLeast(null, 'reader')).toBe(false);
  });

  it('marks the page so CSS hides write controls from readers', () => {
    account.set({ id: 'a', name: 'a', role: 'editor' });
    expect(document.body.dataset['canEdit']).toBe('true');
    expect(document.body.dataset['canReview']).toBeUndefined();
    account.set(null);
    expect(document.body.dataset['canEdit']).toBeUndefined();
  });

  it('asks the server who is signed in, and takes a failure as no one', async () => {
    const user = { id: 'u1', name: 'ana', role: 'editor' };
    vi.stubGlobal(
      'fetch',
      tableFetch({ '/api/session': { user, csrfToken: 't', readAccess: 'open' } }).fetch,
    );
    expect(await account.refresh()).toEqual(user);
    vi.stubGlobal('fetch', () => Promise.reject(new Error('down')));
    expect(await account.refresh()).toBeNull();
  });
});
