// @vitest-environment happy-dom
// The import endpoints as the dialog calls them: a chosen file becomes its
// name and base64 bytes (a large one too), and a load is a write that names
// its staged upload, says replace, and carries the session's CSRF token.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileToUpload, importApi } from '../../../../../client/src/ui/import/api.js';

afterEach(() => vi.unstubAllGlobals());

/** A server that answers the session and records every other request. */
function fakeServer(answer: unknown) {
  const sent: { url: string; init?: RequestInit }[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    if (url === '/api/session')
      return Promise.resolve(Response.json({ user: null, csrfToken: 'tok-1', readAccess: 'open' }));
    sent.push({ url, init });
    return Promise.resolve(Response.json(answer));
  });
  return sent;
}

describe('the import API', () => {
  it('turns a file of 100,000 bytes into its name and the same bytes in base64', async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    const file = Object.assign(new Blob([bytes]), { name: 'edges.csv' });
    const upload = await fileToUpload(file);
    expect(upload.name).toBe('edges.csv');
    expect(Uint8Array.from(atob(upload.base64), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  it('posts a load with its token, replace and the CSRF token', async () => {
    const loaded = {
      dataset: 'upload-x',
      title: 'X',
      nodes: 3,
      relationships: 1,
      millis: 20,
      checks: [],
      backup: 'backup-1',
    };
    const sent = fakeServer(loaded);
    expect(await importApi.load('staged-7')).toEqual(loaded);
    expect(sent[0]?.url).toBe('/api/import/load');
    expect(JSON.parse(sent[0]?.init?.body as string)).toEqual({ token: 'staged-7', replace: true });
    expect(new Headers(sent[0]?.init?.headers).get('X-CSRF-Token')).toBe('tok-1');
  });

  it('refuses a status answer that is not the contract’s shape', async () => {
    fakeServer({ phase: 'sleeping' });
    await expect(importApi.status()).rejects.toThrow();
  });
});
