// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../../../client/src/ui/account/session.js';
import { commentsBlock } from '../../../../../client/src/ui/curation/comments.js';
import { settle, tableFetch } from '../reports/fixtures.js';

const thread = {
  comments: [
    { id: 'k1', on: 'd1', text: 'Check the date', author: 'ana', at: '2026-12-06T09:00:00Z' },
  ],
};
afterEach(() => {
  vi.unstubAllGlobals();
  account.set(null);
});

describe('comments on a claim', () => {
  it('lists the thread with who and when, for an editor', async () => {
    vi.stubGlobal('fetch', tableFetch({ '/api/curation/comments': thread }).fetch);
    account.set({ id: 'u1', name: 'ana', role: 'editor' });
    const el = commentsBlock('d1');
    await settle();
    expect(el.querySelector('li')?.textContent).toBe('ana 2026-12-06 09:00 UTC: Check the date');
  });

  it('asks nothing of the server for a reader', async () => {
    const t = tableFetch({ '/api/curation/comments': thread });
    vi.stubGlobal('fetch', t.fetch);
    commentsBlock('d1');
    await settle();
    expect(t.calls).toEqual([]);
  });

  it('posts a comment with the session’s CSRF token', async () => {
    const t = tableFetch({
      '/api/curation/comments': (init?: RequestInit) =>
        init?.method === 'POST' ? thread.comments[0] : thread,
      '/api/session': { user: null, csrfToken: 'tok', readAccess: 'open' },
    });
    vi.stubGlobal('fetch', t.fetch);
    account.set({ id: 'u1', name: 'ana', role: 'editor' });
    const el = commentsBlock('d1');
    const box = el.querySelector('textarea');
    if (box) box.value = 'The report says "persistent delays"';
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(6);
    const post = t.calls.find((c) => c.init?.method === 'POST');
    expect((post?.init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(JSON.parse(post?.init?.body as string)).toEqual({
      on: 'd1',
      text: 'The report says "persistent delays"',
    });
  });
});
