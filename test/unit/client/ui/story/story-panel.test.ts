// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { addStep, newStory, setCaption } from '../../../../../client/src/story/story.js';
import {
  renderStoryPanel,
  type StoryPanelActions,
  type StoryPanelState,
} from '../../../../../client/src/ui/story/panel.js';

const NOW = '2026-12-06T12:00:00.000Z';
const actions = (): StoryPanelActions => ({
  create: vi.fn(),
  open: vi.fn(),
  duplicate: vi.fn(),
  remove: vi.fn(),
  importFile: vi.fn(),
  addStep: vi.fn(),
  selectStep: vi.fn(),
  showStep: vi.fn(),
  move: vi.fn(),
  retitle: vi.fn(),
  caption: vi.fn(),
  removeStep: vi.fn(),
  toggleClaim: vi.fn(),
  setReplay: vi.fn(),
  preview: vi.fn(),
  publish: vi.fn(),
  share: vi.fn(),
  saveFile: vi.fn(),
});
const story = addStep(addStep(newStory('Licences', NOW), { view: '?sel=a&v=2' }), {
  view: '?sel=b&v=2',
});
const state = (over: Partial<StoryPanelState> = {}): StoryPanelState => ({
  stories: [{ name: 'Licences', steps: 2 }],
  current: story,
  selectedStep: 's1',
  citable: [{ id: 'a|LED_TO|b', sentence: 'A led to B', quote: 'the words' }],
  claimNames: {},
  span: () => ({ from: '2025-06-12', to: '2025-10-31' }),
  ...over,
});

describe('the Story panel', () => {
  it('lists the steps in order, each with its title to edit', () => {
    const el = renderStoryPanel(state(), actions());
    const titles = [...el.querySelectorAll<HTMLInputElement>('.story-title')].map((i) => i.value);
    expect(titles).toEqual(['Step 1', 'Step 2']);
  });

  it('asks to add the current view as a step', () => {
    const a = actions();
    const el = renderStoryPanel(state(), a);
    [...el.querySelectorAll('button')]
      .find((b) => b.textContent === 'Add this view as a step')
      ?.click();
    expect(a.addStep).toHaveBeenCalledOnce();
  });

  it('moves a step down when its ↓ is pressed', () => {
    const a = actions();
    const el = renderStoryPanel(state(), a);
    el.querySelector<HTMLButtonElement>('[aria-label="Move step 1 down"]')?.click();
    expect(a.move).toHaveBeenCalledWith('s1', 1);
  });

  it('retitles a step when its title is changed', () => {
    const a = actions();
    const el = renderStoryPanel(state(), a);
    const input = el.querySelector<HTMLInputElement>('[aria-label="Title of step 2"]')!;
    input.value = 'The controls';
    input.dispatchEvent(new Event('change'));
    expect(a.retitle).toHaveBeenCalledWith('s2', 'The controls');
  });

  it('shows a caption holding markup as text, running nothing', () => {
    const evil = '<img src=x onerror="window.__hit=1"><script>window.__hit=1</script>';
    const el = renderStoryPanel(state({ current: setCaption(story, 's1', evil) }), actions());
    const caption = el.querySelector<HTMLTextAreaElement>('[aria-label="Caption of step 1"]')!;
    expect(caption.value).toBe(evil);
    expect(el.querySelector('img, script')).toBeNull();
  });

  it('offers the selection’s links to cite in the chosen step, with their quote', () => {
    const a = actions();
    const el = renderStoryPanel(state(), a);
    const box = el.querySelector<HTMLInputElement>('[data-claim="a|LED_TO|b"]')!;
    expect(box.closest('label')?.textContent).toContain('“the words”');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(a.toggleClaim).toHaveBeenCalledWith('s1', 'a|LED_TO|b');
  });

  it('turns a step into a replay over the span of the chosen clock', () => {
    const a = actions();
    const el = renderStoryPanel(state(), a);
    const on = el.querySelector<HTMLInputElement>('[aria-label="Step “Step 2” is a replay"]')!;
    on.checked = true;
    on.dispatchEvent(new Event('change'));
    expect(a.setReplay).toHaveBeenCalledWith('s2', {
      clock: 'reported',
      from: '2025-06-12',
      to: '2025-10-31',
      speed: 30,
    });
  });

  it('says what to do when no story is open', () => {
    const el = renderStoryPanel(state({ current: undefined }), actions());
    expect(el.textContent).toContain('Open a story, or name a new one.');
  });
});
