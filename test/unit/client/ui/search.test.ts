// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_MAX, type SearchHit } from '../../../../contract/index.js';
import { ApiClient, ApiClientError } from '../../../../client/src/api/client.js';
import { createSuggest } from '../../../../client/src/ui/search.js';

const hit = (id: string, name: string, group: SearchHit['group'] = 'entity'): SearchHit => ({
  id,
  name,
  labels: [group === 'source' ? 'Source' : 'Country'],
  score: 1,
  aliases: [],
  description: null,
  match: 'prefix',
  group,
});

/** An API whose search answers with these hits, or fails with this error. */
function api(answer: SearchHit[] | Error): ApiClient {
  const a = new ApiClient();
  a.search = () =>
    answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ query: '', hits: answer });
  return a;
}

async function typed(words: string, answer: SearchHit[] | Error) {
  const picked: string[] = [];
  const s = createSuggest(api(answer), {
    label: 'Search',
    placeholder: '',
    onPick: (h) => picked.push(h.id),
  });
  document.body.replaceChildren(s.element);
  s.input.value = words;
  s.input.dispatchEvent(new Event('input'));
  await vi.advanceTimersByTimeAsync(200);
  const options = () => [...s.element.querySelectorAll('li')].map((li) => li.textContent);
  return { s, picked, options };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSuggest', () => {
  it('lists the hits as options once the typing pauses', async () => {
    const { options } = await typed('ind', [hit('c:in', 'India')]);
    expect(options()).toEqual(['IndiaCountry']);
  });

  it('puts the reports under their own heading after the entities', async () => {
    const { options } = await typed('ind', [
      hit('c:in', 'India'),
      hit('s:1', 'A report', 'source'),
    ]);
    expect(options()).toEqual(['IndiaCountry', 'Reports', 'A reportSource']);
  });

  it('Enter picks the first hit', async () => {
    const { s, picked } = await typed('ind', [hit('c:in', 'India')]);
    s.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picked).toEqual(['c:in']);
  });

  it('ArrowDown moves to the next option', async () => {
    const { s, picked } = await typed('ind', [hit('c:in', 'India'), hit('c:id', 'Indonesia')]);
    s.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    s.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picked).toEqual(['c:id']);
  });

  it('says "No match" when nothing is found', async () => {
    const { options } = await typed('zz', []);
    expect(options()).toEqual(['No match']);
  });

  it('tells words the server refuses plainly, not as a failure', async () => {
    const refused = new ApiClientError(400, 'INVALID_INPUT', 'Type a word with letters or digits.');
    const { s } = await typed('🧲', refused);
    const li = s.element.querySelector('li');
    expect([li?.className, li?.textContent]).toEqual([
      'muted',
      'Type a word with letters or digits.',
    ]);
  });

  it('searches a 3,000-character paste by its first words and says only those were searched', async () => {
    const sent: string[] = [];
    const a = api([hit('c:in', 'India')]);
    const search = a.search.bind(a);
    a.search = (q, n) => (sent.push(q), search(q, n));
    const s = createSuggest(a, { label: 'Search', placeholder: '', onPick: () => undefined });
    document.body.replaceChildren(s.element);
    s.input.value = 'India '.repeat(500);
    s.input.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(200);
    expect(sent.map((q) => q.length <= SEARCH_MAX)).toEqual([true]);
    expect(s.element.querySelector('li:last-child')?.textContent).toBe(
      `Only the first ${SEARCH_MAX} characters were searched.`,
    );
  });

  it('asks a busy server again while the words stand', async () => {
    const { s } = await typed('ind', new ApiClientError(503, 'BUSY', 'busy'));
    expect(s.element.querySelector('li')?.textContent).toBe('Search failed: busy (trying again…)');
  });

  it('Escape empties the box and closes the list', async () => {
    const { s } = await typed('ind', [hit('c:in', 'India')]);
    s.input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect([s.input.value, s.element.querySelector('ul')?.hidden]).toEqual(['', true]);
  });
});
