// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { account } from '../../../../../client/src/ui/account/session.js';
import { curationSection, typedValue } from '../../../../../client/src/ui/curation/section.js';
import { settle, tableFetch } from '../reports/fixtures.js';
import { draft } from './fixtures.js';

const bus = { emit: vi.fn() } as never;
afterEach(() => {
  vi.unstubAllGlobals();
  // Off the page, the section stops following the account (other files sign in and out).
  document.body.replaceChildren();
  account.set(null);
});

describe("a claim's curation section", () => {
  it('reads a typed value: numbers, true/false and JSON as such, else text', () => {
    expect(typedValue('12')).toBe(12);
    expect(typedValue('true')).toBe(true);
    expect(typedValue('["a"]')).toEqual(['a']);
    expect(typedValue('persistent delays')).toBe('persistent delays');
  });

  it('shows a reader History only', () => {
    vi.stubGlobal('fetch', tableFetch({}).fetch);
    const el = curationSection({ bus }, 'company:harbour-board', 'Harbour', { name: 'Harbour' });
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['History']);
    expect(el.querySelector('form')).toBeNull();
  });

  it('shows an editor the drafts that would change it, marked as drafts, and follows sign-out', async () => {
    vi.stubGlobal(
      'fetch',
      tableFetch({
        '/api/curation/drafts': { drafts: [draft()] },
        '/api/curation/comments': { comments: [] },
      }).fetch,
    );
    account.set({ id: 'u1', name: 'ana', role: 'editor' });
    const el = curationSection({ bus }, 'company:harbour-board', 'Harbour', { name: 'Harbour' });
    document.body.replaceChildren(el);
    await settle();
    expect(el.querySelector('.drafts-here .draft-chip')?.textContent).toBe('Draft');
    expect(el.querySelector('form[aria-label="Correct this claim"]')).not.toBeNull();
    account.set(null);
    expect(el.querySelector('.drafts-here')).toBeNull();
  });
});
