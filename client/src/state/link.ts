// The view as a link: the query string of url-state.ts while it is short
// enough for every browser, mail client and chat to carry whole; past that,
// the same string compressed into the fragment (`#z=…`), which never reaches
// a server and so has no length limit of one. Both read back to the same view.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { encodeState, readState, type Decoded, type ViewState } from './url-state.js';

/** Longest query string written as is (a conservative limit for links carried by hand). */
export const MAX_QUERY = 2000;
const FRAGMENT = '#z=';

/** The part of the address after the path: `?…`, `#z=…` or nothing. */
export function writeLink(v: ViewState, max = MAX_QUERY): string {
  const query = encodeState(v);
  if (query.length <= max) return query;
  return FRAGMENT + compressToEncodedURIComponent(query.slice(1));
}

/** Reads an address's query and fragment; a compressed fragment wins over the query. */
export function readLink(search: string, hash = ''): Decoded {
  if (!hash.startsWith(FRAGMENT)) return readState(search);
  const query = decompressFromEncodedURIComponent(hash.slice(FRAGMENT.length));
  if (query) return readState(query);
  const read = readState(search);
  return { ...read, problems: ['a shortened link that could not be read', ...read.problems] };
}
