// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addStep, newStory, setCaption, setReplay } from '../../../../../client/src/story/story.js';
import type { ResolvedClaim } from '../../../../../client/src/story/claims.js';
import {
  claimElement,
  replayCutText,
  StoryPlayer,
} from '../../../../../client/src/ui/story/player.js';
import { fakeDataExplorer } from '../fake-explorer.js';

const graph = {
  nodes: [
    { id: 'a', labels: ['Event'], name: 'A', properties: {} },
    { id: 'b', labels: ['Event'], name: 'B', properties: {} },
  ],
  edges: [],
};
const EVIL = '<img src=x onerror="window.__hit=1">';
let story = addStep(addStep(newStory('S', 'now'), { view: '?sel=a&v=2' }), {
  view: '?sel=a,gone&v=2',
  title: 'Second',
});
story = setCaption(story, 's1', `Shown as text: ${EVIL}`);

const claim: ResolvedClaim = {
  id: 'a|LED_TO|b',
  sentence: 'A led to B',
  line: { kind: 'stated', quote: 'the words', label: 'stated', where: 'src:1, paragraph 2' },
  reports: [
    { id: 'src:1', outlet: 'Outlet', headline: 'Headline', date: '2025-06-12', file: null },
  ],
  paragraph: 2,
};

function player(
  loaded: { events: { date: string; firstReported: string | null }[]; complete: boolean } = {
    events: [],
    complete: true,
  },
  shown = story,
) {
  const f = fakeDataExplorer({ graph });
  const canvasEl = document.createElement('div');
  document.body.replaceChildren(canvasEl);
  const closed = vi.fn();
  const p = new StoryPlayer(shown, {
    ctx: f.ctx,
    // The page's loader: the view is loaded at once.
    actions: {
      loadView: () => {
        document.body.dataset['ready'] = 'true';
        return Promise.resolve();
      },
    },
    canvasEl,
    claims: (ids) => Promise.resolve({ found: ids.length ? [claim] : [], gone: [] }),
    events: () => Promise.resolve(loaded),
    onClose: closed,
  });
  return { p, closed, f };
}

describe('the story player', () => {
  beforeEach(() => vi.stubGlobal('matchMedia', () => ({ matches: true })));
  afterEach(() => vi.unstubAllGlobals());

  it('shows a caption with markup as the text typed, running nothing', async () => {
    const { p } = player();
    await p.start();
    const bar = document.querySelector('.story-player');
    expect(bar?.querySelector('p')?.textContent).toBe(`Shown as text: ${EVIL}`);
    expect(bar?.querySelector('img')).toBeNull();
    p.close();
  });

  it('names what a step’s view holds that the graph lacks', async () => {
    const { p } = player();
    await p.start('s2');
    expect(document.querySelector('.story-missing')?.textContent).toContain('gone');
    p.close();
  });

  it('moves on with the right arrow, back with the left, and closes on Escape', async () => {
    const { p, closed } = player();
    await p.start();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    await vi.waitFor(() =>
      expect(document.querySelector('.story-player')?.getAttribute('data-shown')).toBe('s2'),
    );
    expect(document.querySelector('progress')?.value).toBe(2);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('.story-player')).toBeNull();
    expect(closed).toHaveBeenCalledOnce();
  });

  it('links each step by its id', async () => {
    const { p } = player();
    await p.start('s2');
    expect(document.querySelector('.story-player a')?.getAttribute('href')).toMatch(/&step=s2$/);
    p.close();
  });
});

describe('a cited claim in the player', () => {
  it('gives the sentence, the quote in quotation marks and the report', () => {
    const el = claimElement(claim);
    expect(el.querySelector('.story-sentence')?.textContent).toBe('A led to B');
    expect(el.textContent).toContain('“the words”');
    expect(el.textContent).toContain('Outlet, Headline, 2025-06-12');
  });
});

describe('a replay step', () => {
  beforeEach(() => vi.stubGlobal('matchMedia', () => ({ matches: true })));
  afterEach(() => vi.unstubAllGlobals());
  const replaying = setReplay(story, 's1', {
    clock: 'happened',
    from: '2025-04-01',
    to: '2025-07-01',
    speed: 30,
  });
  const events = [{ date: '2025-04-04', firstReported: null }];

  it('says the replay leaves out events when their pages were cut', async () => {
    const { p } = player({ events, complete: false }, replaying);
    await p.start();
    expect(document.querySelector('.story-replay-cut')?.textContent).toBe(replayCutText(events));
    p.close();
  });

  it('says nothing of a cut when every event was loaded', async () => {
    const { p } = player({ events, complete: true }, replaying);
    await p.start();
    expect(document.querySelector('.story-replay-now')).not.toBeNull();
    expect(document.querySelector('.story-replay-cut')).toBeNull();
    p.close();
  });
});

describe('replayCutText', () => {
  it('says how many events were loaded and the last date a replay reaches', () => {
    const events = [
      { date: '2025-04-04', firstReported: null },
      { date: '2025-06-12', firstReported: '2025-06-13' },
    ];
    expect(replayCutText(events)).toBe(
      'Only the first 2 events were loaded, up to 2025-06-12: the replay shows nothing of the later ones.',
    );
  });
});
