// What the Story panel draws, read from the session and the canvas: the list
// of stories (the example first), the open story, the links the selection
// offers to cite and the names of the links already cited.
import type { Graph } from '../../../../contract/index.js';
import { citable, claimEnds } from '../../story/claims.js';
import { clockSpan, type Dated } from '../../story/replay.js';
import { EXAMPLE_STORY, EXAMPLE_STORY_NAME } from '../../story/seed-story.js';
import type { Story } from '../../story/story.js';
import type { StoryPanelState } from './panel.js';

export interface SessionView {
  stories: readonly Story[];
  current: Story | undefined;
  selectedStep: string | undefined;
  message: StoryPanelState['message'];
  events: readonly Dated[] | undefined;
}

/** "China grants licences prompted India's talks": a link in words, by its ends' names. */
export function linkWords(graph: Graph, source: string, type: string, target: string): string {
  const name = (id: string) => graph.nodes.find((n) => n.id === id)?.name ?? id;
  return `${name(source)} ${type.toLowerCase().replaceAll('_', ' ')} ${name(target)}`;
}

export function panelState(
  s: SessionView,
  graph: Graph,
  selected: readonly string[],
): StoryPanelState {
  const claimNames: Record<string, string> = {};
  for (const id of s.current?.steps.flatMap((st) => st.claims) ?? []) {
    const c = claimEnds(id);
    if (c) claimNames[id] = linkWords(graph, c.source, c.type, c.target);
  }
  return {
    stories: [
      { name: EXAMPLE_STORY_NAME, steps: EXAMPLE_STORY.steps.length, example: true },
      ...s.stories.map((st) => ({ name: st.name, steps: st.steps.length })),
    ],
    current: s.current,
    selectedStep: s.selectedStep,
    citable: citable(graph, selected).map((e) => {
      const q = e.properties['quote'];
      return {
        id: e.id,
        sentence: linkWords(graph, e.source, e.type, e.target),
        quote: typeof q === 'string' ? q : null,
      };
    }),
    claimNames,
    span: (clock) => (s.events ? clockSpan(s.events, clock) : undefined),
    message: s.message,
  };
}
