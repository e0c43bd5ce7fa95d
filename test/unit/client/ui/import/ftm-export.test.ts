// @vitest-environment happy-dom
// The selection as FollowTheMoney: nodes only (links are the server's to
// add), one request naming them, a JSON-lines file downloaded, and a notice
// that names the kinds no schema fits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { selectionAsFtm } from '../../../../../client/src/ui/import/ftm-export.js';

const urlFunctions = {
  createObjectURL: URL.createObjectURL.bind(URL),
  revokeObjectURL: URL.revokeObjectURL.bind(URL),
};
afterEach(() => {
  vi.unstubAllGlobals();
  Object.assign(URL, urlFunctions);
});

/** The page's downloads, kept: the blobs the download link was made for. */
function fakeDownloads() {
  const files: Blob[] = [];
  Object.assign(URL, {
    createObjectURL: (b: Blob) => (files.push(b), 'blob:1'),
    revokeObjectURL: () => undefined,
  });
  return files;
}

describe('selectionAsFtm', () => {
  it('says to select a node when only links are selected, and asks nothing', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => (asked.push(url), Promise.reject(new Error('no'))));
    expect(await selectionAsFtm(['a|b|REL'])).toBe('Select one or more nodes first.');
    expect(asked).toEqual([]);
  });

  it('asks for the selected nodes once and downloads one entity a line', async () => {
    const asked: string[] = [];
    const files = fakeDownloads();
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(
        Response.json({
          entities: [
            { id: 'p1', schema: 'Person' },
            { id: 'o1', schema: 'Organization' },
          ],
          unmapped: ['Mineral', 'Figure'],
        }),
      );
    });
    const said = await selectionAsFtm(['person:1', 'org:1', 'person:1|org:1|WORKS_FOR']);
    expect(asked).toEqual([`/api/export/ftm?ids=${encodeURIComponent('person:1,org:1')}`]);
    expect((await files[0]?.text())?.split('\n')).toEqual([
      '{"id":"p1","schema":"Person"}',
      '{"id":"o1","schema":"Organization"}',
      '',
    ]);
    expect(said).toBe('Wrote 2 FollowTheMoney entities; no FtM schema for Mineral, Figure.');
  });
});
