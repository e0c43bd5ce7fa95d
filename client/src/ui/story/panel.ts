// The Story panel as a function of its state: the list of stories, the story
// being edited (its steps, each with title, caption, cited links and an
// optional replay) and what the selection offers to cite. Every user's word
// goes in as text (textContent, input values), never as markup. setup.ts
// holds the state and calls renderStoryPanel again on each change.
import type { Story, StoryReplay } from '../../story/story.js';
import { h } from '../dom.js';

export interface CitableLink {
  id: string;
  /** "China grants licences granted to India". */
  sentence: string;
  /** The verbatim words, when a report states it. */
  quote: string | null;
}

export interface StoryPanelState {
  stories: readonly { name: string; steps: number; example?: boolean }[];
  current: Story | undefined;
  /** The step the Cite list adds to. */
  selectedStep: string | undefined;
  citable: readonly CitableLink[];
  /** Names of the cited links, by id, when known. */
  claimNames: Readonly<Record<string, string>>;
  /** The first and last event on each clock, for a new replay. */
  span: (clock: StoryReplay['clock']) => { from: string; to: string } | undefined;
  message?: { text: string; kind: 'info' | 'error' } | undefined;
}

export interface StoryPanelActions {
  create: (name: string) => void;
  open: (name: string) => void;
  duplicate: (name: string) => void;
  remove: (name: string) => void;
  importFile: (text: string) => void;
  addStep: () => void;
  selectStep: (id: string) => void;
  showStep: (id: string) => void;
  move: (id: string, delta: number) => void;
  retitle: (id: string, title: string) => void;
  caption: (id: string, caption: string) => void;
  removeStep: (id: string) => void;
  toggleClaim: (step: string, claim: string) => void;
  setReplay: (step: string, replay: StoryReplay | undefined) => void;
  preview: () => void;
  publish: () => void;
  share: () => void;
  saveFile: () => void;
}

const button = (text: string, onclick: () => void, label?: string) =>
  h('button', { type: 'button', text, onclick, 'aria-label': label });

function storyList(s: StoryPanelState, a: StoryPanelActions): HTMLElement {
  const name = h('input', {
    type: 'text',
    'aria-label': 'New story name',
    placeholder: 'Name a new story',
  });
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    'aria-label': 'Open a story file',
  });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void f.text().then((t) => a.importFile(t));
  });
  const items = s.stories.map((st) =>
    h(
      'li',
      { class: 'row' },
      button(st.name, () => a.open(st.name), `Open story ${st.name}`),
      h('span', {
        class: 'muted',
        text: `${st.steps} step${st.steps === 1 ? '' : 's'}${st.example ? ' · example' : ''}`,
      }),
      button('Duplicate', () => a.duplicate(st.name), `Duplicate story ${st.name}`),
      st.example ? null : button('Delete', () => a.remove(st.name), `Delete story ${st.name}`),
    ),
  );
  return h(
    'div',
    { class: 'story-list' },
    h(
      'div',
      { class: 'row' },
      name,
      button('New story', () => a.create(name.value)),
    ),
    h('ul', { class: 'plain' }, ...items),
    h('label', { class: 'row' }, 'Open a story file ', file),
  );
}

function replayControls(
  step: Story['steps'][number],
  s: StoryPanelState,
  a: StoryPanelActions,
): HTMLElement {
  const r = step.replay;
  const on = h('input', { type: 'checkbox', 'aria-label': `Step “${step.title}” is a replay` });
  on.checked = r !== undefined;
  const clock = h(
    'select',
    { 'aria-label': 'Replay clock' },
    h('option', { value: 'happened', text: 'when it happened' }),
    h('option', { value: 'reported', text: 'when it was reported' }),
  );
  clock.value = r?.clock ?? 'reported';
  const speed = h('input', {
    type: 'number',
    min: 1,
    max: 3650,
    step: 1,
    'aria-label': 'Replay speed, days a second',
  });
  speed.value = String(r?.speed ?? 30);
  const write = () => {
    const c = clock.value === 'happened' ? 'happened' : 'reported';
    const span = s.span(c);
    if (!on.checked || !span) return a.setReplay(step.id, undefined);
    const v = Number(speed.value);
    a.setReplay(step.id, {
      clock: c,
      ...span,
      speed: Number.isFinite(v) && v > 0 ? Math.min(v, 3650) : 30,
    });
  };
  for (const el of [on, clock, speed]) el.addEventListener('change', write);
  return h(
    'div',
    { class: 'row story-replay' },
    h('label', {}, on, ' Replay'),
    clock,
    h('label', {}, speed, ' days/s'),
    r ? h('span', { class: 'muted', text: `${r.from} → ${r.to}` }) : null,
  );
}

function stepItem(
  step: Story['steps'][number],
  n: number,
  s: StoryPanelState,
  a: StoryPanelActions,
): HTMLElement {
  const title = h('input', {
    type: 'text',
    class: 'story-title',
    'aria-label': `Title of step ${n}`,
  });
  title.value = step.title;
  title.addEventListener('change', () => a.retitle(step.id, title.value));
  const caption = h('textarea', {
    rows: 3,
    class: 'story-caption',
    'aria-label': `Caption of step ${n}`,
  });
  caption.value = step.caption;
  caption.addEventListener('change', () => a.caption(step.id, caption.value));
  const claims = step.claims.map((c) =>
    h(
      'li',
      {},
      h('span', { text: s.claimNames[c] ?? c }),
      ' ',
      button('×', () => a.toggleClaim(step.id, c), `Stop citing ${s.claimNames[c] ?? c}`),
    ),
  );
  const selected = s.selectedStep === step.id;
  return h(
    'li',
    { class: selected ? 'story-step selected' : 'story-step', 'data-step': step.id },
    h(
      'div',
      { class: 'row' },
      h('strong', { text: `${n}.` }),
      title,
      button('↑', () => a.move(step.id, -1), `Move step ${n} up`),
      button('↓', () => a.move(step.id, 1), `Move step ${n} down`),
      button('Show', () => a.showStep(step.id), `Show step ${n}`),
      button(
        selected ? 'Citing here' : 'Cite here',
        () => a.selectStep(step.id),
        `Cite in step ${n}`,
      ),
      button('Remove', () => a.removeStep(step.id), `Remove step ${n}`),
    ),
    caption,
    replayControls(step, s, a),
    claims.length
      ? h('ul', { class: 'plain story-claims', 'aria-label': `Cited in step ${n}` }, ...claims)
      : null,
  );
}

function citeList(s: StoryPanelState, a: StoryPanelActions, story: Story): HTMLElement | null {
  const step = story.steps.find((x) => x.id === s.selectedStep);
  if (!step) return null;
  if (!s.citable.length)
    return h('p', {
      class: 'muted',
      text: 'Select a node or a link on the canvas to cite its evidence in this step.',
    });
  return h(
    'fieldset',
    { class: 'story-cite' },
    h('legend', { text: `Cite in “${step.title}”` }),
    ...s.citable.map((c) => {
      const box = h('input', { type: 'checkbox', 'data-claim': c.id });
      box.checked = step.claims.includes(c.id);
      box.addEventListener('change', () => a.toggleClaim(step.id, c.id));
      return h(
        'label',
        { class: 'story-citable' },
        box,
        ` ${c.sentence}`,
        c.quote ? h('span', { class: 'quote', text: ` “${c.quote}”` }) : null,
      );
    }),
  );
}

export function renderStoryPanel(s: StoryPanelState, a: StoryPanelActions): HTMLElement {
  const story = s.current;
  return h(
    'div',
    { class: 'story-panel' },
    h('h2', { text: 'Stories' }),
    s.message
      ? h('p', {
          class: s.message.kind === 'error' ? 'story-error' : 'muted',
          role: 'status',
          text: s.message.text,
        })
      : null,
    storyList(s, a),
    story
      ? h(
          'section',
          { class: 'story-edit', 'aria-label': `Story ${story.name}` },
          h('h3', { text: story.name }),
          h(
            'div',
            { class: 'row' },
            button('Add this view as a step', () => a.addStep()),
            button('Preview', () => a.preview()),
            button('Publish', () => a.publish()),
            button('Copy link', () => a.share()),
            button('Save as file', () => a.saveFile()),
          ),
          story.steps.length
            ? h(
                'ol',
                { class: 'plain story-steps' },
                ...story.steps.map((st, i) => stepItem(st, i + 1, s, a)),
              )
            : h('p', {
                class: 'muted',
                text: 'No steps yet: arrange the canvas, then “Add this view as a step”.',
              }),
          citeList(s, a, story),
        )
      : h('p', { class: 'muted', text: 'Open a story, or name a new one.' }),
  );
}
