import { describe, expect, it } from 'vitest';
import {
  addStep,
  duplicateStory,
  missingIds,
  moveStep,
  newStory,
  readStoryFile,
  removeStep,
  retitle,
  setCaption,
  setReplay,
  stepIndex,
  toggleClaim,
  uniqueName,
} from '../../../../client/src/story/story.js';

const NOW = '2026-12-06T12:00:00.000Z';
const three = () =>
  ['?sel=a&v=2', '?sel=b&v=2', '?sel=c&v=2'].reduce(
    (s, view) => addStep(s, { view }),
    newStory('Licences', NOW),
  );

describe('a story made step by step', () => {
  it('adds the current view as a step with a fresh id and a default title', () => {
    const s = three();
    expect(s.steps.map((x) => [x.id, x.title, x.view])).toEqual([
      ['s1', 'Step 1', '?sel=a&v=2'],
      ['s2', 'Step 2', '?sel=b&v=2'],
      ['s3', 'Step 3', '?sel=c&v=2'],
    ]);
  });

  it('inserts a step after the one named, not at the end', () => {
    const s = addStep(three(), { view: '?sel=x&v=2' }, 's1');
    expect(s.steps.map((x) => x.id)).toEqual(['s1', 's4', 's2', 's3']);
  });

  it('moves a step up and down, staying inside the list', () => {
    const s = three();
    expect(moveStep(s, 's3', -1).steps.map((x) => x.id)).toEqual(['s1', 's3', 's2']);
    expect(moveStep(s, 's1', -1)).toBe(s);
    expect(moveStep(s, 's1', 5).steps.map((x) => x.id)).toEqual(['s2', 's3', 's1']);
  });

  it('retitles and captions one step, returning the same story when nothing changes', () => {
    const s = setCaption(retitle(three(), 's2', 'The controls'), 's2', 'In April…');
    expect(s.steps[1]).toMatchObject({ title: 'The controls', caption: 'In April…' });
    expect(retitle(s, 's2', 'The controls')).toBe(s);
  });

  it('keeps a caption with markup as the text it is', () => {
    const s = setCaption(three(), 's1', '<script>alert(1)</script>');
    expect(s.steps[0]?.caption).toBe('<script>alert(1)</script>');
  });

  it('cites a relationship once and stops citing it on a second toggle', () => {
    const on = toggleClaim(three(), 's1', 'a|LED_TO|b');
    expect(on.steps[0]?.claims).toEqual(['a|LED_TO|b']);
    expect(toggleClaim(on, 's1', 'a|LED_TO|b').steps[0]?.claims).toEqual([]);
  });

  it('sets and clears a replay', () => {
    const r = { clock: 'reported' as const, from: '2025-04-01', to: '2025-10-31', speed: 30 };
    const s = setReplay(three(), 's3', r);
    expect(s.steps[2]?.replay).toEqual(r);
    expect(setReplay(s, 's3', undefined).steps[2]).not.toHaveProperty('replay');
  });

  it('removes a step by id', () => {
    expect(removeStep(three(), 's2').steps.map((x) => x.id)).toEqual(['s1', 's3']);
  });
});

describe('story names', () => {
  it('gives a second story of the same name a number instead of replacing the first', () => {
    expect(uniqueName('Licences', ['Licences'])).toBe('Licences (2)');
    expect(uniqueName('licences', ['Licences', 'Licences (2)'])).toBe('licences (3)');
    expect(uniqueName('New', ['Licences'])).toBe('New');
  });

  it('duplicates under a "(copy)" name with the same steps', () => {
    const s = three();
    const copy = duplicateStory(s, ['Licences', 'Licences (copy)'], NOW);
    expect(copy.name).toBe('Licences (copy) (2)');
    expect(copy.steps).toEqual(s.steps);
  });
});

describe('a story file edited by hand', () => {
  it('reads a good file', () => {
    const r = readStoryFile(JSON.stringify(three()));
    expect(r.ok && r.story.steps).toHaveLength(3);
  });

  it('refuses a bad field, naming its place', () => {
    const bad = JSON.parse(JSON.stringify(three()));
    bad.steps[1].caption = 42;
    const r = readStoryFile(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(/^steps\[1\]\.caption: /);
  });

  it('refuses a replay running backwards, at its "to"', () => {
    const bad = JSON.parse(JSON.stringify(three()));
    bad.steps[0].replay = { clock: 'happened', from: '2025-10-01', to: '2025-04-01', speed: 10 };
    const r = readStoryFile(JSON.stringify(bad));
    expect(!r.ok && r.problem).toMatch(/^steps\[0\]\.replay\.to: /);
  });

  it('refuses text that is not JSON, and a step id used twice', () => {
    expect(readStoryFile('{nope').ok).toBe(false);
    const dup = JSON.parse(JSON.stringify(three()));
    dup.steps[2].id = 's1';
    const r = readStoryFile(JSON.stringify(dup));
    expect(!r.ok && r.problem).toMatch(/"s1" is used twice/);
  });
});

describe('steps naming nodes no longer in the graph', () => {
  it('names the ids the view holds that the graph lacks', () => {
    const step = { id: 's1', title: '', caption: '', claims: [], view: '?sel=a,gone&exp=b&v=2' };
    expect(missingIds(step, (id) => id !== 'gone')).toEqual(['gone']);
  });
});

describe('a step permalink', () => {
  it('finds a step by id or number, and falls back to the first', () => {
    const s = three();
    expect(stepIndex(s, 's3')).toBe(2);
    expect(stepIndex(s, '2')).toBe(1);
    expect(stepIndex(s, 'nope')).toBe(0);
  });
});
